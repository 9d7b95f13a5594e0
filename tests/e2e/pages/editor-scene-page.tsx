/**
 * The editor's 360 view, or the player, on the same busy scene (bench/suites/editor-scene.bench.ts):
 * one 4096x2048 panorama, 20 hotspots, 8 positional sounds. Served by Vite dev (serveDev()).
 * Query: ?mode=editor|player
 */
import { createRoot } from 'react-dom/client';
import { PlayerScreen } from '../../../src/player/PlayerScreen.tsx';
import { urlMapSource } from '../../../src/storage/asset-source.ts';
import { fakeHash, fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import type { AudioAsset } from '../../../src/story/schema/index.ts';
import { createEditor } from '../../../src/editor/state/editor.ts';
import { EditorContext } from '../../../src/editor/context.ts';
import { SceneViewport } from '../../../src/editor/scene/SceneViewport.tsx';
import '../../../src/editor/scene/scene-view.css';
import { drawPanorama, toneUrl } from './player-fixtures.ts';

declare global {
  interface Window {
    __pageReady?: boolean;
  }
}

const mode = new URLSearchParams(location.search).get('mode') ?? 'editor';
const image = fakeImageAsset(1, { width: 4096, height: 2048, mime: 'image/jpeg', bytes: 1_000_000 });
const sound: AudioAsset = { id: fakeHash(900), kind: 'audio', mime: 'audio/wav', bytes: 10_000, name: 'tone.wav', duration: 1 } as AudioAsset;
const base = fakeStory({ scenes: 2, panoramas: [image] });
const story = { ...base, assets: [...base.assets, sound] };
const scene = story.scenes[0]!;
const target = story.scenes[1]!.id;
scene.hotspots = Array.from({ length: 20 }, (_, i) => ({
  id: `h${i}`,
  yaw: -171 + i * 18,
  pitch: i % 2 ? 12 : -8,
  label: { en: `Hotspot ${i + 1}` },
  action: { type: 'goto' as const, sceneId: target },
}));
scene.soundscape = {
  beds: [],
  sources: Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, asset: sound.id, yaw: -160 + i * 45, pitch: 25, distance: 5, volume: 1, loop: true })),
};
delete scene.ending;
story.startSceneId = scene.id;
const urls = { [image.id]: await drawPanorama(4096, 200, 'A'), [sound.id]: toneUrl(1, 440) };
const assets = urlMapSource(urls);
const root = createRoot(document.getElementById('root')!);
if (mode === 'player') {
  root.render(<PlayerScreen story={story} assets={assets} language="en" chrome={false} onExit={() => undefined} />);
} else {
  const editor = createEditor({ story, save: async () => undefined });
  editor.select({ sceneId: scene.id });
  root.render(
    <EditorContext.Provider value={{ editor, assets }}>
      <div style={{ width: 1000 }}>
        <SceneViewport story={story} scene={scene} />
      </div>
    </EditorContext.Provider>,
  );
}
window.__pageReady = true;
