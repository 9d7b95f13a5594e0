import type { PlayerEngine } from '../engine/index.ts';
import type { ViewController } from '../view/viewController.ts';
import type { Story } from '../../story/schema/index.ts';
import type { SceneVideoState } from '../video/useSceneVideo.ts';

/** Where captions come from (the soundscape engine in src/audio fits). */
export interface CaptionSource {
  readonly caption: { text: string } | null;
  onCaption(listener: (caption: { text: string } | null) => void): () => void;
}

/** The scene's 360° video as the headset's menu drives it: pause/play and its position. */
export type XRVideo = Pick<SceneVideoState, 'element' | 'hasFrame' | 'phase' | 'knownLength' | 'toggle' | 'seek'>;

/** What the in-scene XR layer needs from the player: the same engine and view as every mode. */
export interface XRSceneProps {
  story: Story;
  engine: PlayerEngine;
  /** The desktop view: paused while a headset drives the camera, and set to where the head looked on exit. */
  controller: ViewController;
  /** The player's own choose (the same path as a click on a marker). */
  onChoose(hotspotId: string): void;
  /** Lights a marker while it is looked at (as hovering it does). */
  onHover?(hotspotId: string | null): void;
  /** The hotspot a controller ray (or the mouse) is over, for its label in the headset. */
  hoveredId?: string | null;
  /** The reader's text size (1 = standard). */
  textScale?: number;
  /** The soundscape: its current caption is shown under the view in the headset. */
  audio?: CaptionSource | null;
  /** The scene's video (null in a scene without one): paused, played and moved through from the menu. */
  video?: XRVideo | null;
  /** The video's caption showing now: shown under the view while the narration shows none. */
  videoCaption?: { text: string } | null;
  /** Every XR frame with the head's world yaw/pitch (degrees), e.g. for the sound listener. */
  onViewFrame?(yaw: number, pitch: number): void;
  /** Installs `window.__storyXR` for tests and benchmarks. */
  debug?: boolean;
  /** The guide paused this headset (#16): a calm message fills the view; null plays on. */
  pauseMessage?: string | null;
  /** Told when a headset session starts (true) and ends (false). */
  onPresenting?(presenting: boolean): void;
  /**
   * Told when the headset's compositor starts (true) or stops (false) showing the scene's video as
   * a media layer: the video's own sphere is then not drawn (its frames are not uploaded either).
   */
  onVideoLayer?(shown: boolean): void;
}
