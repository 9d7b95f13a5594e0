import type { Story } from '../schema/story.ts';
import type { Scene } from '../schema/scene.ts';
import type { Asset } from '../schema/asset.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { AssetId, HotspotId, SceneId } from '../schema/common.ts';

/**
 * Where media are used, and swapping or removing every use (pure, immutable). The places an
 * asset id can appear: a scene's panorama, its ambient beds, placed sounds, narration recordings,
 * and hotspots (a sound action's asset, an info action's picture).
 */
export type Usage =
  | { kind: 'panorama'; sceneId: SceneId }
  | { kind: 'video'; sceneId: SceneId }
  | { kind: 'bed'; sceneId: SceneId; id: string }
  | { kind: 'source'; sceneId: SceneId; id: string }
  | { kind: 'narration'; sceneId: SceneId; language: string }
  | { kind: 'hotspot'; sceneId: SceneId; hotspotId: HotspotId };

export function assetUsages(story: Story, assetId: AssetId): Usage[] {
  const out: Usage[] = [];
  for (const s of story.scenes) {
    if (s.panorama === assetId) out.push({ kind: 'panorama', sceneId: s.id });
    if (s.video?.asset === assetId) out.push({ kind: 'video', sceneId: s.id });
    for (const b of s.soundscape.beds) if (b.asset === assetId) out.push({ kind: 'bed', sceneId: s.id, id: b.id });
    for (const p of s.soundscape.sources) if (p.asset === assetId) out.push({ kind: 'source', sceneId: s.id, id: p.id });
    for (const [language, id] of Object.entries(s.soundscape.narration?.recordings ?? {})) {
      if (id === assetId) out.push({ kind: 'narration', sceneId: s.id, language });
    }
    for (const h of s.hotspots) {
      const a = h.action;
      if ((a.type === 'sound' && a.asset === assetId) || (a.type === 'info' && a.image === assetId)) {
        out.push({ kind: 'hotspot', sceneId: s.id, hotspotId: h.id });
      }
    }
  }
  return out;
}

function mapRefs(story: Story, from: AssetId, to: AssetId | null): Story {
  let changed = false;
  const swap = <T,>(v: T, next: T): T => {
    changed = true;
    return next;
  };
  const scenes = story.scenes.map((s): Scene => {
    const before = changed;
    changed = false;
    const panorama = s.panorama === from ? swap(s.panorama, to) : s.panorama;
    const video = s.video?.asset === from ? swap(s.video, to ? { ...s.video, asset: to } : undefined) : s.video;
    const beds = to ? s.soundscape.beds.map((b) => (b.asset === from ? swap(b, { ...b, asset: to }) : b)) : s.soundscape.beds.filter((b) => b.asset !== from || !swap(0, 1));
    const sources = to ? s.soundscape.sources.map((p) => (p.asset === from ? swap(p, { ...p, asset: to }) : p)) : s.soundscape.sources.filter((p) => p.asset !== from || !swap(0, 1));
    let narration = s.soundscape.narration;
    if (narration && Object.values(narration.recordings).includes(from)) {
      const recordings = Object.fromEntries(
        Object.entries(narration.recordings).flatMap(([l, id]) => (id !== from ? [[l, id]] : to ? [[l, to]] : [])),
      );
      const empty = Object.keys(recordings).length === 0 && Object.keys(narration.captions).length === 0;
      narration = swap(narration, empty ? undefined : { ...narration, recordings });
    }
    const hotspots = s.hotspots.flatMap((h): Hotspot[] => {
      const a = h.action;
      if (a.type === 'sound' && a.asset === from) return to ? [swap(h, { ...h, action: { ...a, asset: to } })] : swap([], []);
      if (a.type === 'info' && a.image === from) {
        const { image: _gone, ...rest } = a;
        return [swap(h, { ...h, action: to ? { ...a, image: to } : rest })];
      }
      return [h];
    });
    const mine = changed;
    changed = before || mine;
    if (!mine) return s;
    const { narration: _old, ...rest } = s.soundscape;
    const soundscape = narration ? { ...rest, beds, sources, narration } : { ...rest, beds, sources };
    const { video: _video, ...scene } = s;
    return { ...scene, panorama, hotspots, soundscape, ...(video ? { video } : {}) };
  });
  return changed ? { ...story, scenes } : story;
}

/** Points every use of `from` at `to` (and lists `to` if needed); `from` leaves the media list. */
export function replaceAsset(story: Story, from: AssetId, to: Asset): Story {
  if (from === to.id) return story;
  const swapped = mapRefs(story, from, to.id);
  const old = story.assets.find((a) => a.id === from);
  const kept = swapped.assets.filter((a) => a.id !== from && a.id !== to.id);
  // The new file keeps what people wrote about the old one unless it has its own.
  const merged = old && old.kind === to.kind ? ({ ...to, credit: { ...old.credit, ...to.credit }, consent: old.consent, ...(old.kind === 'image' && to.kind === 'image' && Object.keys(to.alt).length === 0 ? { alt: old.alt } : {}), ...(old.kind === 'audio' && to.kind === 'audio' && Object.keys(to.transcript).length === 0 ? { transcript: old.transcript } : {}) } as Asset) : to;
  const at = story.assets.findIndex((a) => a.id === from);
  const assets = [...kept];
  assets.splice(at < 0 ? assets.length : Math.min(at, assets.length), 0, merged);
  return { ...swapped, assets };
}

/** Removes an asset and every use of it (scenes lose the picture; sounds and sound hotspots go). */
export function removeAsset(story: Story, assetId: AssetId): Story {
  if (!story.assets.some((a) => a.id === assetId)) return story;
  const cleared = mapRefs(story, assetId, null);
  return { ...cleared, assets: cleared.assets.filter((a) => a.id !== assetId) };
}

export function updateAsset(story: Story, assetId: AssetId, change: (a: Asset) => Asset): Story {
  const i = story.assets.findIndex((a) => a.id === assetId);
  if (i < 0) return story;
  const next = change(story.assets[i]!);
  if (next === story.assets[i]) return story;
  return { ...story, assets: story.assets.map((a, k) => (k === i ? { ...next, id: a.id, kind: a.kind } as Asset : a)) };
}
