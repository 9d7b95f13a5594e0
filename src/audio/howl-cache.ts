/**
 * The Howls an engine holds, one per key (see plan.ts for the keys): resolves an asset's URL,
 * checks the browser can play its format, makes the Howl (streamed for narration, positional for
 * sources) and reports what goes wrong in words an author can act on. A Howl is unloaded when
 * neither the scene plan wants it nor anything plays it.
 */
import { formatFromUrl, howlerFormat, parseFormat, playability, type FormatProbe } from './formats.ts';
import { PANNER } from './geometry.ts';
import { Howl, Howler } from './howlerAccess.ts';
import type { SoundscapeEngineOptions } from './engine-api.ts';
import { planRetention, type SoundNeed, type SoundRole } from './plan.ts';
import {
  formatProblem,
  loadProblem,
  missingAssetProblem,
  unavailableAssetProblem,
  type AudioProblem,
  type SoundLabel,
} from './problems.ts';

export interface HowlEntry {
  key: string;
  role: SoundRole;
  assetId: string;
  label: SoundLabel;
  howl: Howl | null;
  status: 'resolving' | 'loading' | 'loaded' | 'failed' | 'unloaded';
  /** Settles with the loaded Howl, or null when it could not be loaded (the problem is reported). */
  ready: Promise<Howl | null>;
  /** Voices, one-shots and narration currently using it: it is not unloaded while > 0. */
  users: number;
  loop: boolean;
  /** Position applied to a positional Howl (to update in place when an author moves the source). */
  pos?: [number, number, number];
}

/** Something starts using the entry's Howl. */
export function hold(entry: HowlEntry): void {
  entry.users += 1;
}

/** Something stopped using it (then sweep, so an unwanted Howl is unloaded). */
export function letGo(entry: HowlEntry): void {
  entry.users = Math.max(0, entry.users - 1);
}

export type HowlSources = Pick<SoundscapeEngineOptions, 'resolveUrl' | 'formatOf' | 'nameOf' | 'release'>;

export interface HowlCacheHost {
  alive(): boolean;
  /** The audio context (built if needed), or null without Web Audio. */
  context(): AudioContext | null;
  report(problem: AudioProblem): void;
}

export class HowlCache {
  private readonly entries = new Map<string, HowlEntry>();
  private probeEl: HTMLAudioElement | null = null;

  constructor(
    private readonly sources: HowlSources,
    private readonly host: HowlCacheHost,
  ) {}

  /** The entry for a need, starting to load it if there is none yet. */
  get(need: SoundNeed, position?: [number, number, number]): HowlEntry {
    const existing = this.entries.get(need.key);
    if (existing) return existing;
    let settle: (h: Howl | null) => void = () => undefined;
    const entry: HowlEntry = {
      key: need.key,
      role: need.role,
      assetId: need.assetId,
      label: this.labelFor(need),
      howl: null,
      status: 'resolving',
      ready: new Promise<Howl | null>((ok) => (settle = ok)),
      users: 0,
      loop: need.loop,
      pos: position,
    };
    this.entries.set(need.key, entry);
    void this.load(entry, settle);
    return entry;
  }

  /**
   * Unloads what is neither `wanted` nor in use; loads what is wanted and not held yet
   * (`positionFor` places a positional source's Howl).
   */
  retain(wanted: ReadonlyMap<string, SoundNeed>, positionFor: (need: SoundNeed) => [number, number, number] | undefined): void {
    const busy = new Set<string>();
    for (const e of this.entries.values()) if (e.users > 0) busy.add(e.key);
    const { unload, load } = planRetention(this.entries.keys(), wanted, busy);
    for (const key of unload) {
      const e = this.entries.get(key);
      if (e) this.unload(e);
    }
    for (const key of load) {
      const need = wanted.get(key)!;
      this.get(need, need.role === 'source' ? positionFor(need) : undefined);
    }
  }

  /** Moves a positional source (the author dragged it): in place, without reloading. */
  place(entry: HowlEntry, pos: [number, number, number]): void {
    const p = entry.pos;
    if (p && p[0] === pos[0] && p[1] === pos[1] && p[2] === pos[2]) return;
    entry.pos = pos;
    if (entry.howl && entry.status === 'loaded') entry.howl.pos(pos[0], pos[1], pos[2]);
  }

  /** Howls held now (loading or loaded). */
  count(): number {
    let howls = 0;
    for (const e of this.entries.values()) if (e.howl && e.howl.state() !== 'unloaded') howls++;
    return howls;
  }

  /** howler's context was replaced and took every Howl with it: drop the entries. */
  forget(): void {
    for (const e of this.entries.values()) e.status = 'unloaded';
    this.entries.clear();
  }

  /** Unloads everything (dispose). */
  clear(): void {
    for (const e of [...this.entries.values()]) this.unload(e);
  }

  private labelFor(need: SoundNeed): SoundLabel {
    const name = this.sources.nameOf?.(need.assetId) || need.itemId;
    return { role: need.role, name, sceneId: need.sceneId || undefined, itemId: need.itemId };
  }

  private probe(): FormatProbe {
    if (!this.probeEl && typeof document !== 'undefined') this.probeEl = document.createElement('audio');
    const el = this.probeEl;
    return {
      canPlayType: (mime) => (el ? el.canPlayType(mime) : ''),
      codecs: (ext) => !!Howler.codecs(ext),
    };
  }

  private async load(entry: HowlEntry, settle: (h: Howl | null) => void): Promise<void> {
    const fail = (problem: AudioProblem | null) => {
      if (problem) this.host.report(problem);
      if (entry.status !== 'unloaded') entry.status = 'failed';
      settle(null);
    };
    let url: string | null;
    try {
      url = await this.sources.resolveUrl(entry.assetId);
    } catch (e) {
      return fail(entry.status === 'unloaded' ? null : unavailableAssetProblem(entry.label, entry.assetId, e));
    }
    if (entry.status === 'unloaded' || !this.host.alive()) return fail(null);
    if (!url) return fail(missingAssetProblem(entry.label, entry.assetId));
    if (!this.host.context()) return fail(null);

    const p = this.probe();
    const declared = parseFormat(this.sources.formatOf?.(entry.assetId)) ?? formatFromUrl(url);
    if (playability(declared, p) === 'no' && declared) return fail(formatProblem(entry.label, entry.assetId, declared));

    const streamed = entry.role === 'narration';
    const spatial = entry.role === 'source' && entry.pos;
    let howl: Howl | null = null;
    // Load callbacks go in the constructor: when howler already has the decoded buffer (another Howl
    // for the same URL) it fires 'load' during construction, before howl.once() could be attached.
    const onload = () => {
      if (entry.status !== 'loading' || !howl) return;
      entry.status = 'loaded';
      settle(howl);
    };
    const onloaderror = (_id: number, error: unknown) => {
      if (entry.status === 'unloaded') return settle(null);
      try {
        howl?.unload();
      } catch {
        // already gone
      }
      entry.howl = null;
      fail(loadProblem(entry.label, entry.assetId, error));
    };
    try {
      howl = new Howl({
        src: [url],
        format: [howlerFormat(declared, p)],
        html5: streamed,
        preload: true,
        // howler fixes looping when it starts a buffer, so it is set per Howl, not per play.
        loop: entry.loop,
        volume: 1,
        onload,
        onloaderror,
        ...(spatial
          ? {
              pos: entry.pos,
              panningModel: PANNER.panningModel,
              distanceModel: PANNER.distanceModel,
              refDistance: PANNER.refDistance,
              rolloffFactor: PANNER.rolloffFactor,
              maxDistance: PANNER.maxDistance,
              coneInnerAngle: PANNER.coneInnerAngle,
              coneOuterAngle: PANNER.coneOuterAngle,
              coneOuterGain: PANNER.coneOuterGain,
            }
          : {}),
      } as ConstructorParameters<typeof Howl>[0]);
    } catch (e) {
      return fail(loadProblem(entry.label, entry.assetId, e));
    }
    entry.howl = howl;
    // (status stays 'loading' until onload, which howler always calls asynchronously)
    if (entry.status === 'resolving') entry.status = 'loading';
  }

  private unload(entry: HowlEntry): void {
    entry.status = 'unloaded';
    this.entries.delete(entry.key);
    if (entry.howl) {
      try {
        entry.howl.unload();
      } catch {
        // already unloaded
      }
      entry.howl = null;
    }
    let stillUsed = false;
    for (const e of this.entries.values()) if (e.assetId === entry.assetId) stillUsed = true;
    if (!stillUsed) this.sources.release?.(entry.assetId);
  }
}
