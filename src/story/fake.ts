import { SCHEMA_VERSION, type Story } from './schema/story.ts';
import type { Scene } from './schema/scene.ts';
import type { ImageAsset, VideoAsset } from './schema/asset.ts';
import type { Hotspot } from './schema/hotspot.ts';

/**
 * Test-data factory: a valid, deterministic story of `scenes` scenes, each linked to the next
 * (and every third one back to the start), the last one an ending. Used by unit tests, browser
 * tests and the bench. Panorama asset ids are fake hashes; pass `panoramas` to reuse real ones.
 */
export interface FakeStoryOptions {
  scenes?: number;
  id?: string;
  languages?: string[];
  /** Asset ids to cycle through as panoramas (their assets are added to the story). */
  panoramas?: ImageAsset[];
  hotspotsPerScene?: number;
}

export function fakeHash(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0').repeat(8);
}

export function fakeImageAsset(n: number, overrides: Partial<ImageAsset> = {}): ImageAsset {
  return {
    id: fakeHash(n),
    kind: 'image',
    mime: 'image/jpeg',
    bytes: 1_000_000 + n,
    name: `pano-${n}.jpg`,
    width: 4096,
    height: 2048,
    alt: { en: `Panorama number ${n}` },
    credit: { author: 'Test', licence: 'CC0-1.0' },
    consent: { peopleRecognisable: 'no', consentRecorded: false },
    ...overrides,
  };
}

export function fakeVideoAsset(n: number, overrides: Partial<VideoAsset> = {}): VideoAsset {
  return {
    id: fakeHash(0x7000 + n),
    kind: 'video',
    mime: 'video/mp4',
    bytes: 20_000_000 + n,
    name: `walk-${n}.mp4`,
    width: 3840,
    height: 1920,
    duration: 30,
    sound: 'sounds',
    transcript: {},
    captions: {},
    credit: { author: 'Test', licence: 'CC0-1.0' },
    consent: { peopleRecognisable: 'no', consentRecorded: false },
    ...overrides,
  };
}

export function fakeStory(options: FakeStoryOptions = {}): Story {
  const count = Math.max(1, options.scenes ?? 3);
  const languages = options.languages ?? ['en'];
  const text = (s: string) => Object.fromEntries(languages.map((l) => [l, l === languages[0] ? s : `${s} (${l})`]));
  const assets = options.panoramas ?? Array.from({ length: Math.min(count, 8) }, (_, i) => fakeImageAsset(i + 1));
  const extra = Math.max(0, (options.hotspotsPerScene ?? 1) - 1);
  const scenes: Scene[] = Array.from({ length: count }, (_, i) => {
    const id = `scene-${i + 1}`;
    const last = i === count - 1;
    const hotspots: Scene['hotspots'] = [];
    if (!last) {
      hotspots.push({ id: `${id}-next`, yaw: 30, pitch: 0, label: text(`Go to scene ${i + 2}`), action: { type: 'goto', sceneId: `scene-${i + 2}` } });
    }
    if (i > 0 && i % 3 === 0 && !last) {
      hotspots.push({ id: `${id}-home`, yaw: -60, pitch: -5, label: text('Back to the start'), action: { type: 'goto', sceneId: 'scene-1' } });
    }
    for (let k = 0; k < extra; k++) {
      hotspots.push({ id: `${id}-info-${k + 1}`, yaw: -150 + ((k * 37) % 300), pitch: 10, label: text(`Info ${k + 1}`), action: { type: 'info', text: text(`Something to know, number ${k + 1}.`) } });
    }
    return {
      id,
      title: text(`Scene ${i + 1}`),
      description: text(`A generated place, number ${i + 1}.`),
      panorama: assets[i % assets.length]!.id,
      view: { yaw: 0, pitch: 0, fov: 75 },
      northOffset: 0,
      soundscape: { beds: [], sources: [] },
      hotspots,
      ...(last ? { ending: { text: text('The end.') } } : {}),
      map: { x: (i % 20) * 220, y: Math.floor(i / 20) * 160 },
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'fake-story',
    meta: {
      title: text('A generated story'),
      languages,
      defaultLanguage: languages[0]!,
      authors: [{ name: 'Test' }],
      licence: 'CC-BY-4.0',
    },
    startSceneId: 'scene-1',
    scenes,
    assets,
    variables: [],
  };
}

/** Test-data factory: a question hotspot with English words; answers get ids a, b, c… in order. */
export function fakeQuestion(id: string, prompt: string, answers: ReadonlyArray<readonly [text: string, right: boolean]>): Hotspot {
  return {
    id,
    yaw: 100,
    pitch: 0,
    label: {},
    action: {
      type: 'question',
      prompt: { en: prompt },
      chances: 'retry',
      answers: answers.map(([text, right], i) => ({ id: String.fromCharCode(97 + i), text: { en: text }, right, feedback: {} })),
    },
  };
}
