import { urlMapSource, type AssetSource } from '../../storage/asset-source.ts';
import { SCHEMA_VERSION, type ImageAsset, type Scene, type Story } from '../../story/schema/index.ts';
import { BENCH_IDS, BENCH_SIZE, type BenchQuery } from './benchQuery.ts';

export interface BenchSetup {
  story: Story;
  assets: AssetSource;
  preload: boolean;
}

/** The bench's one- or two-scene story (see benchQuery.ts for the page contract). */
export function benchStory(query: BenchQuery): BenchSetup {
  const { a, b, fov } = query;
  const ids = BENCH_IDS;
  const asset = (id: string, name: string): ImageAsset => ({
    id,
    kind: 'image',
    mime: 'image/jpeg',
    bytes: 0,
    name,
    ...BENCH_SIZE,
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
  return { story, assets: urlMapSource(urls), preload: query.preload };
}
