import { assetWords, messages, type PackageProblem } from '../messages.ts';
import { asVideo, type SniffedMedia } from '../sniff.ts';
import { codecVerdict, TrackProbe } from '../tracks/index.ts';
import type { AssetRefs, Ref } from './refs.ts';

/**
 * A package's "video", checked from its bytes as they stream (never from what the story says): an
 * MP4 or WebM whose video track browsers play. H.265/HEVC (some phones and 360° cameras) and other
 * codecs are refused in words that say how to convert; tracks that cannot be found are let be
 * (the browser has the last word when it plays).
 */
export class VideoCheck {
  private readonly probe: TrackProbe | null;
  private done = false;

  constructor(
    sniffed: SniffedMedia | null,
    private readonly ref: Ref,
    private readonly entry: string,
    private readonly tag: AssetRefs['tag'],
  ) {
    const container = asVideo(sniffed);
    this.probe = container ? new TrackProbe(container.mime === 'video/mp4' ? 'mp4' : 'webm') : null;
  }

  /** Feeds the next bytes (from the first on); a problem once the tracks are known to be wrong. */
  feed(chunk: Uint8Array): PackageProblem | null {
    if (!this.probe || this.done) return null;
    this.probe.feed(chunk);
    return this.verdict(false);
  }

  /** After the last byte. */
  verdict(final: boolean): PackageProblem | null {
    if (!this.probe || this.done) return null;
    const t = this.probe.result(final);
    if (!t) return null;
    this.done = true;
    if (t.kind === 'sound') return this.problem((what, path) => messages.videoNoPicture(what, this.entry, path));
    if (t.kind !== 'video' || t.codec === 'unknown') return null;
    const v = codecVerdict(t.codec);
    if (v === 'hevc') return this.problem((what, path) => messages.videoHevc(what, this.entry, path));
    if (v === 'other') return this.problem((what, path) => messages.videoFormat(what, t.codec, this.entry, path));
    return null;
  }

  private problem(make: (what: ReturnType<typeof assetWords>, path: string) => PackageProblem): PackageProblem {
    return this.tag(this.ref, make(assetWords(this.ref.asset), `/assets/${this.ref.index}`));
  }
}
