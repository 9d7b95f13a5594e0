/** The player for tests/e2e/pages/xr.html, loaded after the emulator is installed (see xr-page.ts). */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { PlayerScreen } from '../../../src/player/PlayerScreen.tsx';
import { urlMapSource, type AssetSource } from '../../../src/storage/asset-source.ts';
import { openStory } from '../../../src/app/stories.ts';
import { createIdbRepository } from '../../../src/storage/idb-repository.ts';
import { drawPanorama, infoFixture, keyboardFixture, type Fixture } from './player-fixtures.ts';
import { questionFixture } from './question-fixture.ts';
import { videoFixture } from './video-fixture.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import type { Scene, Story } from '../../../src/story/schema/index.ts';
import { TEMPLATES, loadTemplateStory, templateMediaUrl } from '../../../src/app/templates/catalogue.ts';

declare global {
  interface Window {
    __pageReady?: boolean;
  }
}

const q = new URLSearchParams(location.search);

/** `?story=big`: one place with a 12000 x 6000 picture (tiled: bench/suites/photo-sizes.bench.ts). */
async function bigFixture(): Promise<Fixture> {
  const asset = fakeImageAsset(1, { width: 12000, height: 6000, mime: 'image/jpeg', bytes: 20_000_000, alt: { en: 'A very big photo' } });
  const story = fakeStory({ scenes: 1, panoramas: [asset] });
  story.scenes[0]!.panorama = asset.id;
  return { story, urls: { [asset.id]: await drawPanorama(12000, 30, 'Big') } };
}

/** Like the built-in sample: three places with 4096 x 2048 pictures, go, info and an ending. */
async function benchFixture(): Promise<Fixture> {
  const assets = [1, 2, 3].map((n) => fakeImageAsset(n, { width: 4096, height: 2048, mime: 'image/jpeg', bytes: 1_500_000, alt: { en: `Photo ${n}` } }));
  const base = fakeStory({ scenes: 1, panoramas: assets });
  const scene = (id: string, pano: number, hotspots: Scene['hotspots'], extra: Partial<Scene> = {}): Scene => ({
    ...base.scenes[0]!,
    id,
    title: { en: id[0]!.toUpperCase() + id.slice(1) },
    panorama: assets[pano]!.id,
    hotspots,
    ending: undefined,
    ...extra,
  });
  const story: Story = {
    ...base,
    startSceneId: 'reading-room',
    scenes: [
      scene('reading-room', 0, [
        { id: 'to-stacks', yaw: 35, pitch: -5, label: { en: 'Walk into the stacks' }, action: { type: 'goto', sceneId: 'stacks' } },
        { id: 'to-garden', yaw: -70, pitch: 0, label: { en: 'Out to the garden' }, action: { type: 'goto', sceneId: 'garden' } },
        { id: 'about', yaw: 150, pitch: 10, label: { en: 'About this room' }, action: { type: 'info', title: { en: 'The reading room' }, text: { en: 'Built in 1913, restored in 2019. The lamps are original.' } } },
      ]),
      scene('stacks', 1, [{ id: 'back-room', yaw: 180, pitch: 0, label: { en: 'Back to the reading room' }, action: { type: 'goto', sceneId: 'reading-room' } }]),
      scene('garden', 2, [], { ending: { text: { en: 'Thank you for visiting.' } } }),
    ],
  };
  const urls: Record<string, string> = {};
  for (let i = 0; i < assets.length; i++) urls[assets[i]!.id] = await drawPanorama(4096, [30, 200, 120][i]!, ['Reading room', 'Stacks', 'Garden'][i]!);
  return { story, urls };
}

/** A workshop template as it ships (e.g. the bilingual language café), its media served by Vite. */
async function templateFixture(id: string): Promise<Fixture> {
  const entry = TEMPLATES.find((t) => t.id === id);
  if (!entry) throw new Error(`no template ${id}`);
  const story = await loadTemplateStory(entry);
  const urls: Record<string, string> = {};
  for (const a of story.assets) {
    const url = templateMediaUrl(entry, a.id);
    if (url) urls[a.id] = url;
  }
  return { story, urls };
}

/** `?stored=<id>`: a story from this browser's library (IndexedDB), e.g. one the VR editor bench made busy. */
async function storedFixture(id: string): Promise<{ story: Story; assets: AssetSource }> {
  const opened = await openStory(createIdbRepository(), id);
  if (!opened.ok) throw new Error(`no stored story ${id}: ${opened.reason}`);
  return opened;
}

/**
 * Three places in a row, each with one link straight ahead of its starting view (square -> park ->
 * forest): a reader who keeps their head still must stay where they are.
 */
async function chainFixture(): Promise<Fixture> {
  const f = await keyboardFixture();
  const names = ['square', 'park', 'forest'];
  const base = f.story.scenes[0]!;
  f.story.scenes = names.map((id, i) => ({
    ...base,
    id,
    title: { en: id[0]!.toUpperCase() + id.slice(1) },
    panorama: f.story.scenes[i]!.panorama,
    view: { yaw: 0, pitch: 0, fov: 75 },
    hotspots: i < names.length - 1 ? [{ id: `to-${names[i + 1]}`, yaw: 0, pitch: 0, label: { en: `Walk to the ${names[i + 1]}` }, action: { type: 'goto', sceneId: names[i + 1]! } }] : [],
  }));
  f.story.startSceneId = 'square';
  f.story.variables = [];
  return f;
}

/**
 * The video scene (its starting view 40° right), with a link at yaw 0 to a photo scene ("yard")
 * that links back: for the media layer's placement and its removal when the reader moves on.
 */
async function videoPhotoFixture(): Promise<Fixture> {
  const f = await videoFixture();
  const tower = f.story.scenes[0]!;
  tower.view = { ...tower.view, yaw: 40 };
  tower.hotspots = [{ id: 'to-yard', yaw: 0, pitch: 0, label: { en: 'Go to the yard' }, action: { type: 'goto', sceneId: 'yard' } }];
  const { video: _video, ...photo } = tower;
  f.story.scenes.push({
    ...photo,
    id: 'yard',
    title: { en: 'Yard' },
    view: { ...tower.view, yaw: 0 },
    soundscape: { beds: [], sources: [] },
    hotspots: [{ id: 'to-tower', yaw: 0, pitch: 0, label: { en: 'Back to the tower' }, action: { type: 'goto', sceneId: tower.id } }],
  });
  return f;
}

const stored = q.get('stored');
const story = q.get('story');
const f = stored ? null : story === 'bench' ? await benchFixture() : story === 'big' ? await bigFixture() : story === 'info' ? await infoFixture() : story === 'question' ? await questionFixture() : story === 'chain' ? await chainFixture() : story === 'video' ? await videoFixture() : story === 'video-photo' ? await videoPhotoFixture() : story?.startsWith('template:') ? await templateFixture(story.slice(9)) : await keyboardFixture();
if (f && q.get('script') === 'mixed') {
  // Text the self-hosted font cannot draw (Northern Sámi ŋ ŧ, Arabic): drawn by the browser instead.
  const sign = f.story.scenes[0]!.hotspots.find((h) => h.id === 'sign');
  if (sign?.action.type === 'info') {
    sign.action.title = { en: 'Čállosat' };
    sign.action.text = { en: 'Sámegiella: Ŋuovdageaidnu, ŧ. العربية: مرحبا بكم في المكتبة.' };
  }
}
const played = stored ? await storedFixture(stored) : { story: f!.story, assets: urlMapSource(f!.urls) };
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlayerScreen story={played.story} assets={played.assets} debug transition={q.get('transition') === 'none' ? 'none' : 'fade'} />
  </StrictMode>,
);
window.__pageReady = true;
