import { urlMapSource, type AssetSource } from '../../storage/asset-source.ts';
import { SCHEMA_VERSION, type ImageAsset, type Scene, type Story } from '../../story/schema/index.ts';

export interface BenchSetup {
  story: Story;
  assets: AssetSource;
  preload: boolean;
}

/**
 * The side-by-side bench's page contract (/work/shared/bench, adapters/_story-r3f.example.mjs):
 * `?a=<picture url>&b=<picture url>&fov=75&preload=0|1` shows scene "a" at yaw 0, pitch 0 and the
 * given vertical fov; window.__story.goTo('b') switches. Only same-origin pictures are accepted,
 * so a published site cannot be made to show someone else's image.
 */
export function benchStory(search: string, origin: string): BenchSetup | null {
  const q = new URLSearchParams(search);
  const a = sameOrigin(q.get('a'), origin);
  if (!a) return null;
  const b = sameOrigin(q.get('b'), origin);
  const fov = Math.min(100, Math.max(30, Number(q.get('fov') ?? q.get('vfov') ?? 75) || 75));
  const ids = { a: 'a'.repeat(64), b: 'b'.repeat(64) };
  const asset = (id: string, name: string): ImageAsset => ({
    id,
    kind: 'image',
    mime: 'image/jpeg',
    bytes: 0,
    name,
    width: 4096,
    height: 2048,
    alt: { en: `Bench picture ${name}` },
    credit: {},
    consent: { peopleRecognisable: 'no', consentRecorded: false },
  });
  const scene = (id: 'a' | 'b', to: 'a' | 'b' | null): Scene => ({
    id,
    title: { en: `Scene ${id.toUpperCase()}` },
    panorama: ids[id],
    view: { yaw: 0, pitch: 0, fov },
    northOffset: 0,
    soundscape: { beds: [], sources: [] },
    // A link below the horizon, like the other players' tour arrows (outside the probe's rows).
    hotspots: to ? [{ id: `to-${to}`, yaw: 0, pitch: -35, label: { en: `Go to ${to.toUpperCase()}` }, action: { type: 'goto', sceneId: to } }] : [],
  });
  const story: Story = {
    schemaVersion: SCHEMA_VERSION,
    id: 'bench',
    meta: { title: { en: 'Bench' }, languages: ['en'], defaultLanguage: 'en', authors: [], licence: 'CC0-1.0' },
    startSceneId: 'a',
    scenes: b ? [scene('a', 'b'), scene('b', 'a')] : [scene('a', null)],
    assets: b ? [asset(ids.a, 'a'), asset(ids.b, 'b')] : [asset(ids.a, 'a')],
    variables: [],
  };
  const urls: Record<string, string> = { [ids.a]: a };
  if (b) urls[ids.b] = b;
  return { story, assets: urlMapSource(urls), preload: q.get('preload') === '1' };
}

function sameOrigin(url: string | null, origin: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, origin);
    return u.origin === new URL(origin).origin ? u.href : null;
  } catch {
    return null;
  }
}
