/**
 * A scene's narration: the recording in the reader's language (streamed through HTML5 audio, not
 * spatial), its captions timed to it, and the beds ducked while it speaks. Autoplays unless the
 * author turned that off; waits for the reader's first gesture when the browser holds sound back.
 */
import { captionChanged, CaptionTiming } from './caption-timing.ts';
import { pickCaptionTrack, pickRecording, type ActiveCaption } from './captions.ts';
import type { NarrationStatus } from './engine-api.ts';
import { QUICK_FADE_SECONDS } from './fades.ts';
import { hold, letGo, type HowlCache, type HowlEntry } from './howl-cache.ts';
import type { Howl } from './howlerAccess.ts';
import { narrationKey, type AudioScene } from './plan.ts';
import { playProblem, type AudioProblem } from './problems.ts';

const CAPTION_TICK_MS = 50;

interface Narration {
  sceneId: string;
  assetId: string;
  language: string;
  entry: HowlEntry;
  /** The caption track shown with this recording, followed through time. */
  captions: CaptionTiming;
  soundId: number | null;
  playing: boolean;
  ended: boolean;
  /** Should be playing (autoplay or play()) but is waiting for load or unlock. */
  wanted: boolean;
  ticker: ReturnType<typeof setInterval> | null;
}

export interface NarrationHost {
  alive(): boolean;
  /** Runs fn after ms unless the engine is disposed by then. */
  later(fn: () => void, ms: number): void;
  sweep(): void;
  report(problem: AudioProblem): void;
  /** Lowers the beds while narration speaks. */
  duck(on: boolean): void;
  /** Brings the engine's state up to date; true while the browser holds sound back. */
  locked(): boolean;
  /** The caption on screen changed (null: none shows). */
  showCaption(caption: ActiveCaption | null): void;
}

export class NarrationPlayer {
  private n: Narration | null = null;
  private shown: ActiveCaption | null = null;

  constructor(
    private readonly cache: HowlCache,
    private readonly host: NarrationHost,
  ) {}

  /** The caption showing now. */
  get caption(): ActiveCaption | null {
    return this.shown;
  }

  get playing(): boolean {
    return !!this.n?.playing;
  }

  /** Takes up `scene`'s narration (null: none). The same recording again keeps playing. */
  setScene(scene: AudioScene | null, language: string, fallbackLanguage: string | null): void {
    const spec = scene?.soundscape?.narration;
    const rec = spec ? pickRecording(spec.recordings, language, fallbackLanguage) : null;
    const track = spec ? pickCaptionTrack(spec, language, fallbackLanguage) : null;
    const current = this.n;
    if (current && scene && current.sceneId === scene.id && rec && current.assetId === rec.assetId) {
      // Same recording: keep playing; captions may have been edited or the language changed.
      current.captions.retime(track?.cues ?? [], track?.language ?? rec.language);
      if (current.playing) this.updateCaption(current);
      return;
    }
    const wasPlaying = !!current && current.sceneId === scene?.id && current.playing;
    this.end(true);
    if (!scene || !spec || !rec) return;
    const entry = this.cache.get({ key: narrationKey(rec.assetId), role: 'narration', assetId: rec.assetId, sceneId: scene.id, itemId: rec.language, loop: false });
    hold(entry);
    const n: Narration = {
      sceneId: scene.id,
      assetId: rec.assetId,
      language: rec.language,
      entry,
      captions: new CaptionTiming(track?.cues ?? [], track?.language ?? rec.language),
      soundId: null,
      playing: false,
      ended: false,
      wanted: false,
      ticker: null,
    };
    this.n = n;
    void entry.ready.then((howl) => {
      if (howl && this.n === n) this.attach(n, howl);
    });
    if (spec.autoplay !== false || wasPlaying) this.start(n);
  }

  /** Starts (or resumes, or restarts when ended) the narration. */
  play(): void {
    if (this.n && this.host.alive()) this.start(this.n);
  }

  pause(): void {
    const n = this.n;
    if (!n) return;
    n.wanted = false;
    if (n.entry.howl && n.soundId !== null && n.playing) n.entry.howl.pause(n.soundId);
  }

  /** Sound runs (again): start a narration that was waiting for it. */
  resume(): void {
    if (this.n?.wanted && !this.n.playing) this.start(this.n);
  }

  status(): NarrationStatus | null {
    const n = this.n;
    if (!n) return null;
    const d = n.entry.howl?.duration();
    return {
      sceneId: n.sceneId,
      language: n.language,
      assetId: n.assetId,
      playing: n.playing,
      ended: n.ended,
      time: this.time(n),
      duration: typeof d === 'number' && Number.isFinite(d) ? d : 0,
    };
  }

  /** Stops the narration (fading it quickly when `fade`) and lets go of its Howl. */
  end(fade: boolean): void {
    const n = this.n;
    if (!n) return;
    this.n = null;
    this.stopTicker(n);
    this.setCaption(null);
    this.host.duck(false);
    const howl = n.entry.howl;
    const release = () => {
      if (n.soundId !== null && howl && howl.state() !== 'unloaded') {
        try {
          howl.stop(n.soundId);
        } catch {
          // unloaded
        }
      }
      letGo(n.entry);
      this.host.sweep();
    };
    if (fade && howl && n.playing && n.soundId !== null) {
      howl.fade(howl.volume(n.soundId) as unknown as number, 0, QUICK_FADE_SECONDS * 1000, n.soundId);
      this.host.later(release, QUICK_FADE_SECONDS * 1000 + 50);
    } else release();
  }

  /** Drops the narration without a sound (its Howl is gone, or the engine is disposed). */
  forget(): void {
    if (this.n) this.stopTicker(this.n);
    this.n = null;
  }

  /** Clears the caption for good (dispose). */
  clearCaption(): void {
    if (this.shown) this.host.showCaption(null);
    this.shown = null;
  }

  private setCaption(next: ActiveCaption | null): void {
    if (!captionChanged(this.shown, next)) return;
    this.shown = next;
    this.host.showCaption(next);
  }

  private time(n: Narration): number {
    const howl = n.entry.howl;
    if (!howl || n.entry.status !== 'loaded') return 0;
    const t = n.soundId !== null ? howl.seek(n.soundId) : howl.seek();
    return typeof t === 'number' && Number.isFinite(t) ? t : 0;
  }

  private updateCaption(n: Narration): void {
    if (this.n !== n) return;
    const next = n.captions.at(this.time(n), this.shown);
    if (next !== undefined) this.setCaption(next);
  }

  private startTicker(n: Narration): void {
    if (n.ticker !== null) return;
    n.ticker = setInterval(() => this.updateCaption(n), CAPTION_TICK_MS);
  }

  private stopTicker(n: Narration): void {
    if (n.ticker !== null) clearInterval(n.ticker);
    n.ticker = null;
  }

  private attach(n: Narration, howl: Howl): void {
    const mine = (id: number) => this.n === n && n.soundId === id;
    howl.on('play', (id) => {
      if (!mine(id)) return;
      n.playing = true;
      n.ended = false;
      this.host.duck(true);
      this.updateCaption(n);
      this.startTicker(n);
    });
    const halt = (id: number, ended: boolean) => {
      if (!mine(id)) return;
      n.playing = false;
      if (ended) {
        n.ended = true;
        n.wanted = false;
        n.captions.rewind();
        this.setCaption(null);
      }
      this.stopTicker(n);
      this.host.duck(false);
    };
    howl.on('end', (id) => halt(id, true));
    howl.on('stop', (id) => halt(id, true));
    howl.on('pause', (id) => halt(id, false));
    howl.on('playerror', (id, error) => {
      if (!mine(id)) return;
      n.playing = false;
      this.stopTicker(n);
      this.host.duck(false);
      if (this.host.locked()) return; // plays on unlock (resume())
      n.wanted = false;
      this.host.report(playProblem(n.entry.label, n.assetId, error));
    });
  }

  private start(n: Narration): void {
    n.wanted = true;
    void n.entry.ready.then((howl) => {
      if (!howl || this.n !== n || !n.wanted || n.playing || !this.host.alive()) return;
      if (this.host.locked()) return; // resume() starts it after unlock
      if (n.ended) {
        n.ended = false;
        n.captions.rewind();
        if (n.soundId !== null) howl.seek(0, n.soundId);
      }
      if (n.soundId !== null) {
        howl.volume(1, n.soundId);
        howl.play(n.soundId);
      } else {
        const id = howl.play();
        n.soundId = typeof id === 'number' ? id : null;
      }
    });
  }
}
