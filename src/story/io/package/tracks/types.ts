/** What the tracks of a video container say (pure). */
export type TrackFacts =
  /** The first video track: its codec as the file names it ('avc1', 'hvc1', 'V_VP9' …). */
  | { kind: 'video'; codec: string; width: number | null; height: number | null }
  /** Tracks, none of them a video. */
  | { kind: 'sound' }
  /** The tracks could not be found (not in the bytes looked at, or damaged). */
  | { kind: 'unknown' };

/** Whether browsers play a video codec: 'hevc' (H.265) and other formats get their own words. */
export function codecVerdict(codec: string): 'ok' | 'hevc' | 'other' {
  if (/^(avc1|avc3|vp08|vp09|av01|V_VP8|V_VP9|V_AV1|V_MPEG4\/ISO\/AVC)$/.test(codec)) return 'ok';
  if (/^(hvc1|hev1|dvh1|dvhe|V_MPEGH\/ISO\/HEVC)$/.test(codec)) return 'hevc';
  return 'other';
}
