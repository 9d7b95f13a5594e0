// Photo Sphere Viewer's video plugin, for bench/suites/video-compare.bench.ts, in the shared
// harness's adapter contract (../shared/bench/lib/adapter.mjs). Its page (../psv-video.js) is built
// by the suite into bench/.video-cache/psv-dist; `story.video` is the URL of the video to play.
import { join } from 'node:path';

const cache = join(import.meta.dirname, '../../.video-cache');
export default {
  id: 'psv',
  label: '@photo-sphere-viewer/core + equirectangular-video-adapter + video-plugin 5.15.1',
  preload: false,
  mounts: [{ prefix: '/psv/', dir: join(cache, 'psv-dist') }],
  url: ({ video, vfovDeg }) => `/psv/psv-video.html?${new URLSearchParams({ video, vfov: String(vfovDeg) })}`,
  inPage: {
    setYaw: (rad) => window.__bench.setYaw(rad),
    switchTo: () => {},
  },
};
