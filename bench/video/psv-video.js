// Photo Sphere Viewer 5 playing an equirectangular video (its video adapter and video plugin), set
// up like the shared harness's PSV page (../shared/bench/pages/psv.js): yaw 0, pitch 0, vertical
// field of view = maxFov at zoom level 0, no navbar, no loading text. The adapter starts the video
// at once (autoplay, muted: what a browser allows without a tap). PSV has no poster option.
// Query: ?video=<url>&vfov=75
import { Viewer } from '@photo-sphere-viewer/core';
import { EquirectangularVideoAdapter } from '@photo-sphere-viewer/equirectangular-video-adapter';
import { VideoPlugin } from '@photo-sphere-viewer/video-plugin';
import '@photo-sphere-viewer/core/index.css';
import '@photo-sphere-viewer/video-plugin/index.css';

const q = new URLSearchParams(location.search);
const viewer = new Viewer({
  container: document.getElementById('viewer'),
  adapter: [EquirectangularVideoAdapter, { autoplay: true, muted: true }],
  panorama: { source: q.get('video') },
  plugins: [VideoPlugin],
  navbar: false,
  loadingTxt: '',
  minFov: 30,
  maxFov: Number(q.get('vfov') || 75),
  defaultZoomLvl: 0,
  defaultYaw: 0,
  defaultPitch: 0,
  mousewheel: false,
});
window.__bench = { player: 'psv-video', viewer, setYaw: (rad) => viewer.rotate({ yaw: rad, pitch: 0 }), switchTo: () => {} };
