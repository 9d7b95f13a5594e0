import { t } from '../i18n/index.ts';

/** The names the hub gives devices (src/hub/rooms.ts, src/hub/auth.ts): "Laptop 2", "Hub laptop", … */
const NUMBERED = /^(Laptop|Phone|Headset) (\d{1,6})$/;
const KEYS = { Laptop: 'room.device.laptop', Phone: 'room.device.phone', Headset: 'room.device.headset' } as const;

/**
 * A device's name in the reader's language. The hub names devices in English ("Laptop 2", "Hub
 * laptop"); those names are shown translated ("حاسوب 2"), while a name someone chose stays as it is.
 */
export function deviceName(name: string): string {
  if (name === 'Hub laptop') return t('room.device.hubLaptop');
  if (name === 'Facilitator') return t('room.device.facilitator');
  const m = NUMBERED.exec(name);
  return m ? t(KEYS[m[1] as keyof typeof KEYS], { n: m[2]! }) : name;
}
