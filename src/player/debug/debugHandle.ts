import type { Mesh, PerspectiveCamera } from 'three';
import type { CrossfadeMaterial } from '../view/panoramaMaterial.ts';
import type { PlayerEngine } from '../engine/index.ts';
import { cameraEuler } from '../../story/angles.ts';
import type { ShownEvent } from '../view/Panorama.tsx';
import type { ViewHandle } from '../view/PanoramaView.tsx';
import type { ViewAngles, ViewController } from '../view/viewController.ts';
import { liveBandedTextures } from '../view/textures/bandUpload.ts';

/**
 * `window.__story`: a small handle for browser tests and benchmarks (installed with `debug`).
 * Angles are degrees (document convention) except setYaw, which takes radians (bench contract).
 */
export interface StoryDebugHandle {
  setYaw(rad: number): void;
  setView(view: Partial<ViewAngles>): void;
  getView(): ViewAngles;
  /** Goes straight to a scene (as a choice would, without effects). */
  goTo(sceneId: string): boolean;
  choose(hotspotId: string): boolean;
  back(): boolean;
  restart(): void;
  state(): { sceneId: string | null; arrival: number; visibleHotspots: string[]; ending: boolean; language: string; variables: Record<string, unknown>; panel: string | null };
  /** Bytes of panorama textures on the GPU (w*h*4*4/3 each). */
  textureBytes(): number;
  textureStats(): { ready: number; loading: number; bytes: number; budget: number; maxSize: number };
  /** The current scene's full-resolution tiles (null when its picture is shown as one texture). */
  tileStats(): { onGpu: number; bytes: number; loading: number; loaded: number; max: number; keys: string[] } | null;
  /** `programs`: shader programs made so far (each one made costs a moment: see Panorama's warmFade). */
  rendererInfo(): { textures: number; geometries: number; calls: number; maxTextureSize: number; programs: number };
  /** Renders now and reads one pixel at a fraction of the canvas (0..1, from the top left). */
  sample(x: number, y: number): [number, number, number, number] | null;
  /** How much the old picture still shows through the new one during a crossfade (0 when none). */
  fading(): number;
  /** Every scene shown so far, in order (first frame included). */
  shown: ShownEvent[];
  /** The scene's video as it plays (null in a scene without one). */
  video(): { time: number; paused: boolean; volume: number; muted: boolean } | null;
}

declare global {
  interface Window {
    __story?: StoryDebugHandle;
  }
}

export function installDebugHandle(
  engine: PlayerEngine,
  controller: ViewController,
  view: () => ViewHandle | null,
  shown: ShownEvent[],
  onJump: (sceneId: string) => boolean,
  video: () => HTMLVideoElement | null = () => null,
): () => void {
  const handle: StoryDebugHandle = {
    setYaw: (rad) => controller.set({ yaw: (rad * 180) / Math.PI, pitch: 0 }),
    setView: (v) => controller.set(v),
    getView: () => controller.get(),
    goTo: onJump,
    video: () => {
      const el = video();
      return el ? { time: el.currentTime, paused: el.paused, volume: el.volume, muted: el.muted } : null;
    },
    choose: (id) => engine.choose(id),
    back: () => engine.back(),
    restart: () => engine.restart(),
    state: () => {
      const s = engine.getState();
      return {
        sceneId: s.sceneId,
        arrival: s.arrival,
        visibleHotspots: s.visibleHotspots.map((h) => h.id),
        ending: !!s.ending,
        language: s.language,
        variables: { ...s.variables },
        panel: s.panel?.kind ?? null,
      };
    },
    textureBytes: () => view()?.textures.liveBytes() ?? 0,
    textureStats: () => view()?.textures.stats() ?? { ready: 0, loading: 0, bytes: 0, budget: 0, maxSize: 0 },
    tileStats: () => view()?.tiles()?.stats() ?? null,
    rendererInfo: () => {
      const v = view();
      if (!v) return { textures: 0, geometries: 0, calls: 0, maxTextureSize: 0, programs: 0 };
      return {
        textures: v.gl.info.memory.textures + liveBandedTextures(), // panoramas are our own WebGL textures
        geometries: v.gl.info.memory.geometries,
        calls: v.gl.info.render.calls,
        maxTextureSize: v.gl.capabilities.maxTextureSize,
        programs: v.gl.info.programs?.length ?? 0,
      };
    },
    sample: (x, y) => {
      const v = view();
      if (!v) return null;
      const cam = v.camera as PerspectiveCamera;
      const e = cameraEuler(controller.yaw, controller.pitch);
      cam.rotation.set(e.x, e.y, e.z, 'YXZ');
      cam.fov = controller.fov;
      cam.updateProjectionMatrix();
      v.gl.render(v.scene, cam);
      const ctx = v.gl.getContext();
      const px = Math.min(ctx.drawingBufferWidth - 1, Math.floor(x * ctx.drawingBufferWidth));
      const py = Math.min(ctx.drawingBufferHeight - 1, Math.floor((1 - y) * ctx.drawingBufferHeight));
      const out = new Uint8Array(4);
      ctx.readPixels(px, py, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, out);
      return [out[0]!, out[1]!, out[2]!, out[3]!];
    },
    fading: () => {
      // How much of the old picture still shows through the new one (mixed in one pass, see panoramaMaterial.ts).
      const m = view()?.scene.getObjectByName('panorama') as Mesh | undefined;
      const mix = (m?.material as Partial<CrossfadeMaterial> | undefined)?.userData?.mix;
      return mix ? 1 - mix.value : 0;
    },
    shown,
  };
  window.__story = handle;
  return () => {
    if (window.__story === handle) delete window.__story;
  };
}
