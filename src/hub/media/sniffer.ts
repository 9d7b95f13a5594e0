import { DEFAULT_LIMITS, MiB } from '../../story/io/package/limits.ts';
import { probeImage } from '../../story/io/package/image-size.ts';
import { asVideo, SHOWABLE_IMAGES, PLAYABLE_AUDIO, PLAYABLE_VIDEO, SNIFF_BYTES, sniffMedia, type SniffedMedia } from '../../story/io/package/sniff.ts';
import { TrackProbe } from '../../story/io/package/tracks/index.ts';
import type { AcceptedMedia, MediaFacts } from './facts.ts';
import { videoVerdict } from './video-verdict.ts';

export type { AcceptedMedia, MediaFacts } from './facts.ts';
import { mediaWords } from './words.ts';


/** How far into a picture its size must be found (the package reader's limit too). */
const MAX_IMAGE_HEADER = 4 * MiB;

/**
 * The package checks, fed chunk by chunk while a file streams in: the type from the first bytes
 * (never from a name), and a picture's pixel size from its header, refused as soon as it is known
 * to be too big. An MP4 or WebM is a video when it has a video track (whose codec browsers must
 * play), else a sound. Throws HubErrors with words.
 */
export class MediaSniffer {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private sniffed: SniffedMedia | null = null;
  private dims: { width: number; height: number } | null = null;
  private need = SNIFF_BYTES;
  private tracks: TrackProbe | null = null;
  private video: MediaFacts | null | undefined;

  constructor(
    private readonly accept: AcceptedMedia = { images: SHOWABLE_IMAGES, audio: PLAYABLE_AUDIO, video: PLAYABLE_VIDEO },
    private readonly name?: string,
  ) {}

  feed(chunk: Uint8Array): void {
    if (this.tracks) return this.feedTracks(chunk);
    if (this.sniffed && (this.sniffed.kind === 'audio' || this.dims)) return;
    const take = chunk.subarray(0, Math.max(0, MAX_IMAGE_HEADER - this.headBytes));
    if (take.length) {
      this.head.push(take);
      this.headBytes += take.length;
    }
    if (this.headBytes >= this.need) this.look(this.headBytes >= MAX_IMAGE_HEADER);
    if (this.tracks && take.length < chunk.length) this.feedTracks(chunk.subarray(take.length));
  }

  /** After the last byte: what the file is. */
  finish(totalBytes: number): MediaFacts {
    if (totalBytes === 0) throw mediaWords.empty(this.name);
    if (!this.sniffed || (this.sniffed.kind === 'image' && !this.dims)) this.look(true);
    if (this.tracks) this.decideVideo(true);
    if (this.video) return this.video;
    const s = this.sniffed!;
    if (s.kind === 'audio' && !this.accept.audio.has(s.mime)) throw mediaWords.notMedia(this.name);
    return { mime: s.mime, kind: s.kind, label: s.label, width: this.dims?.width ?? null, height: this.dims?.height ?? null };
  }

  private feedTracks(chunk: Uint8Array): void {
    this.tracks!.feed(chunk);
    if (this.video === undefined) this.decideVideo(false);
  }

  /** Once the tracks are known: the video's facts, refused in words when browsers cannot play it. */
  private decideVideo(final: boolean): void {
    if (this.video !== undefined) return;
    const r = this.tracks!.result(final);
    if (!r) return;
    const as = asVideo(this.sniffed)!;
    this.video = videoVerdict(r, as, this.accept.video ?? new Set(), this.name);
  }

  private bytes(): Uint8Array {
    if (this.head.length > 1) this.head = [Buffer.concat(this.head)];
    return this.head[0] ?? new Uint8Array(0);
  }

  private look(final: boolean): void {
    const b = this.bytes();
    if (!this.sniffed) {
      if (b.length < SNIFF_BYTES && !final) return;
      const s = sniffMedia(b.subarray(0, SNIFF_BYTES));
      if (!s) throw mediaWords.notMedia(this.name);
      if (s.kind === 'image' && !this.accept.images.has(s.mime)) throw s.mime === 'image/heic' ? mediaWords.heic(this.name) : mediaWords.imageFormat(s.label, this.name);
      const container = asVideo(s);
      if (container) {
        this.tracks = new TrackProbe(container.mime === 'video/mp4' ? 'mp4' : 'webm');
        this.sniffed = s;
        this.head = [];
        this.feedTracks(b);
        return;
      }
      if (s.kind === 'audio' && !this.accept.audio.has(s.mime)) throw mediaWords.notMedia(this.name);
      this.sniffed = s;
    }
    if (this.sniffed.kind !== 'image' || this.dims) return;
    const probe = probeImage(b);
    if (probe.status === 'more' && !final && probe.need <= MAX_IMAGE_HEADER) {
      this.need = probe.need;
      return;
    }
    if (probe.status !== 'ok') throw mediaWords.damaged(this.sniffed.label, this.name);
    const { width, height } = probe;
    if (width > DEFAULT_LIMITS.maxImageSide || height > DEFAULT_LIMITS.maxImageSide || width * height > DEFAULT_LIMITS.maxImagePixels) {
      throw mediaWords.tooManyPixels(width, height, this.name);
    }
    this.dims = { width, height };
    this.head = [];
  }
}
