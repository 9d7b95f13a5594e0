// Our published story with one video scene, for bench/suites/video-compare.bench.ts, in the shared
// harness's adapter contract (../shared/bench/lib/adapter.mjs). The suite publishes one site per
// size into bench/.video-cache/site-<size> (storyscape pack + publish); `story.size` picks it.
import { join } from 'node:path';

const cache = join(import.meta.dirname, '../../.video-cache');
export default {
  id: 'story',
  label: 'Storyscape, published story with a video scene',
  preload: false,
  mounts: ['4k', '5.7k'].map((size) => ({ prefix: `/story-${size}/`, dir: join(cache, `site-${size}`) })),
  url: ({ size }) => `/story-${size}/?debug`,
  inPage: {
    setYaw: (rad) => window.__story.setYaw(rad),
    switchTo: (id) => window.__story.goTo(id),
  },
  marks: { firstFrame: 'story:first-frame' },
};
