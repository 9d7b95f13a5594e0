// The page side of a panorama script: window.renderPlace(name, opts), which the Node side calls
// through scripts/panoramas/browser.mjs, builds a place, renders it and hands the picture back.
import { disposeScene, downscaleToCanvas, quartersScene, renderEquirect } from './equirect.js';
import { renderer } from './renderer.js';

/**
 * Serves `places` (name -> (opts) => a built 3D place { scene, exposure?, raw?, camera? }, or
 * { canvas } for a picture drawn in 2D) and the orientation check sphere ('__quarters').
 * `prepare` is awaited before each picture (e.g. to load fonts).
 *
 * renderPlace(name, { width, height, cube, quality, thumb?: [w, h], raw?, debug? }) returns
 * { jpeg, thumb? } as base64, or { rgb } (top row first) when raw, with timings in ms.
 */
export function servePlaces(places, { prepare = async () => {} } = {}) {
  const all = { ...places, __quarters: quartersScene };
  window.renderPlace = async function (name, opts) {
    await prepare();
    const t0 = performance.now();
    const built = all[name](opts);
    if (opts.debug) window.applyDebug(built, opts.debug);
    const t1 = performance.now();
    const times = built.canvas ? { cubeMs: 0, equirectMs: 0 } : renderEquirect(built, opts);
    const canvas = built.canvas ?? renderer.domElement;
    const out = { buildMs: t1 - t0, ...times };
    if (opts.raw) {
      const gl = renderer.getContext();
      const px = new Uint8Array(opts.width * opts.height * 4);
      gl.readPixels(0, 0, opts.width, opts.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
      // flip to top-row-first RGB, base64
      const rgb = new Uint8Array(opts.width * opts.height * 3);
      for (let y = 0; y < opts.height; y++) {
        const sy = opts.height - 1 - y;
        for (let x = 0; x < opts.width; x++) {
          const s = (sy * opts.width + x) * 4;
          const d = (y * opts.width + x) * 3;
          rgb[d] = px[s];
          rgb[d + 1] = px[s + 1];
          rgb[d + 2] = px[s + 2];
        }
      }
      let bin = '';
      for (let i = 0; i < rgb.length; i += 0x8000) bin += String.fromCharCode.apply(null, rgb.subarray(i, i + 0x8000));
      out.rgb = btoa(bin);
    } else {
      out.jpeg = canvas.toDataURL('image/jpeg', opts.quality).split(',')[1];
      if (opts.thumb) {
        const small = downscaleToCanvas(canvas, opts.thumb[0], opts.thumb[1]);
        out.thumb = small.toDataURL('image/jpeg', opts.quality).split(',')[1];
      }
    }
    out.encodeMs = performance.now() - t1 - times.cubeMs - times.equirectMs;
    if (built.scene) {
      disposeScene(built.scene);
      renderer.renderLists.dispose();
    }
    return out;
  };
  window.applyDebug = function (built, dbg) {
    if (dbg.includes('noshadow')) renderer.shadowMap.enabled = false;
    else renderer.shadowMap.enabled = true;
    built.scene.traverse((o) => {
      if (dbg.includes('nocards') && o.material && o.material.alphaTest > 0) o.visible = false;
      if (dbg.includes('noinst') && o.isInstancedMesh) o.visible = false;
      if (dbg.includes('nograss') && o.name === 'grass') o.visible = false;
    });
  };
  window.pageReady = true;
}
