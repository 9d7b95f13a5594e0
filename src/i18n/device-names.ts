import { roomAr } from './room/ar.ts';
import { roomEn } from './room/en.ts';
import { roomNb } from './room/nb.ts';

/** The names the hub gives devices (src/hub/rooms.ts, src/hub/auth.ts): "Laptop 2", "Hub laptop", … */
const NUMBERED = /^(Laptop|Phone|Headset) (\d{1,6})$/;
const KEYS = { Laptop: 'room.device.laptop', Phone: 'room.device.phone', Headset: 'room.device.headset' } as const;
const FIXED = { 'Hub laptop': 'room.device.hubLaptop', Facilitator: 'room.device.facilitator' } as const;

type RoomKey = keyof typeof roomEn;

/**
 * The key and number of a name the hub gave ("Laptop 2" → room.device.laptop, 2); null for a name
 * someone chose, which stays as it is in every language.
 */
export function hubDeviceName(name: string): { key: RoomKey; n?: string } | null {
  if (name in FIXED) return { key: FIXED[name as keyof typeof FIXED] };
  const m = NUMBERED.exec(name);
  return m ? { key: KEYS[m[1] as keyof typeof KEYS], n: m[2]! } : null;
}

const ROOM: Record<string, Record<RoomKey, string>> = { en: roomEn, nb: roomNb, no: roomNb, ar: roomAr };

/**
 * A device's name in a given language, without the UI's language state (the hub runs it in Node,
 * e.g. to name a kept copy of a story in each of the story's languages). English where the
 * language has no catalogue.
 */
export function deviceNameIn(name: string, language: string): string {
  const known = hubDeviceName(name);
  if (!known) return name;
  const messages = ROOM[language.toLowerCase().split('-')[0]!] ?? roomEn;
  return messages[known.key].replace('{n}', known.n ?? '');
}
