import type { Migration } from './types.ts';

/**
 * Version 0 is the early draft layout (before `schemaVersion` existed):
 *
 * ```json
 * { "title": "My story", "language": "en", "start": "s1",
 *   "scenes": { "s1": { "name": "Park", "image": "<sha256>", "yaw": 0, "pitch": 0,
 *                       "hotspots": [{ "yaw": 10, "pitch": 0, "text": "Go", "goto": "s2" },
 *                                    { "yaw": 50, "pitch": 5, "text": "Look", "info": "A bench" }],
 *                       "sounds": ["<sha256>"], "end": "The end" } },
 *   "assets": { "<sha256>": { "type": "image", "mime": "image/jpeg", "size": 123,
 *                             "width": 4096, "height": 2048, "alt": "...", "credit": "Ana" } } }
 * ```
 *
 * Version 1 puts scenes and assets in arrays with ids, makes every reader-facing text localizable,
 * groups sounds into a soundscape, and keeps story-wide facts in `meta`.
 */
type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

export const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description: 'Draft layout (scenes keyed by id, plain-text titles) to version 1 (arrays, localized text, soundscapes).',
  up(raw) {
    const lang = str(raw.language) ?? 'en';
    const text = (v: unknown): Record<string, string> | undefined =>
      typeof v === 'string' ? { [lang]: v } : undefined;
    const scenesIn = isObj(raw.scenes) ? raw.scenes : {};
    const assetsIn = isObj(raw.assets) ? raw.assets : {};

    const scenes = Object.entries(scenesIn).map(([id, s], i) => {
      const scene = isObj(s) ? s : {};
      const hotspots = (Array.isArray(scene.hotspots) ? scene.hotspots : []).map((h: unknown, j: number) => {
        const hs = isObj(h) ? h : {};
        const action =
          typeof hs.goto === 'string'
            ? { type: 'goto', sceneId: hs.goto }
            : { type: 'info', text: text(hs.info) ?? {} };
        return {
          id: str(hs.id) ?? `${id}-h${j + 1}`,
          yaw: num(hs.yaw, 0),
          pitch: num(hs.pitch, 0),
          label: text(hs.text) ?? {},
          action,
        };
      });
      const sounds = Array.isArray(scene.sounds) ? scene.sounds.filter((x) => typeof x === 'string') : [];
      return {
        id,
        title: text(scene.name) ?? { [lang]: `Scene ${i + 1}` },
        panorama: str(scene.image) ?? null,
        view: { yaw: num(scene.yaw, 0), pitch: num(scene.pitch, 0), fov: 75 },
        soundscape: {
          beds: sounds.map((asset, k) => ({ id: `${id}-bed${k + 1}`, asset, volume: 0.8 })),
          sources: [],
        },
        hotspots,
        ...(typeof scene.end === 'string' ? { ending: { text: { [lang]: scene.end } } } : {}),
      };
    });

    const assets = Object.entries(assetsIn).map(([id, a]) => {
      const asset = isObj(a) ? a : {};
      const base = {
        id,
        mime: str(asset.mime) ?? 'application/octet-stream',
        bytes: num(asset.size, 0),
        name: str(asset.name) ?? id.slice(0, 12),
        credit: typeof asset.credit === 'string' ? { author: asset.credit } : {},
      };
      return asset.type === 'audio'
        ? { ...base, kind: 'audio', duration: num(asset.duration, 0), transcript: text(asset.transcript) ?? {} }
        : {
            ...base,
            kind: 'image',
            width: num(asset.width, 2),
            height: num(asset.height, 1),
            alt: text(asset.alt) ?? {},
          };
    });

    return {
      schemaVersion: 1,
      id: str(raw.id) ?? 'story',
      meta: {
        title: text(raw.title) ?? { [lang]: 'Untitled story' },
        languages: [lang],
        defaultLanguage: lang,
        authors: typeof raw.author === 'string' ? [{ name: raw.author }] : [],
        licence: 'CC-BY-4.0',
      },
      startSceneId: str(raw.start) ?? scenes[0]?.id ?? null,
      scenes,
      assets,
      variables: [],
    };
  },
};
