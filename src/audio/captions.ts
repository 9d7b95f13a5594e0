/**
 * Language choice and caption lookup by time (pure).
 */

/** One timed caption as stored in the story (src/story/schema/soundscape.ts CaptionCue). */
export interface CueLike {
  start: number;
  end: number;
  text: string;
}

/** The caption showing now. */
export interface ActiveCaption {
  /** The text to show (may contain line breaks). */
  text: string;
  /** The caption track's language (the reader's when there is a track for it). */
  language: string;
  /** Cue times in seconds from the start of the recording. */
  start: number;
  end: number;
  /** Index of the cue in its track (as authored). */
  index: number;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * Picks the best of `available` languages for a reader who wants `wanted`:
 * exact tag, then the same base language ("pt-BR" ↔ "pt", "nb-NO" ↔ "nb"), then the story's
 * `fallback` (exact or base), then the first available. Null when nothing is available.
 */
export function pickLanguage(available: readonly string[], wanted: string, fallback?: string | null): string | null {
  if (available.length === 0) return null;
  const lower = wanted.toLowerCase();
  for (const a of available) if (a.toLowerCase() === lower) return a;
  const base = primary(wanted);
  for (const a of available) if (primary(a) === base) return a;
  if (fallback) {
    const fl = fallback.toLowerCase();
    for (const a of available) if (a.toLowerCase() === fl) return a;
    const fb = primary(fallback);
    for (const a of available) if (primary(a) === fb) return a;
  }
  return available[0]!;
}

/** Text of a localized value for the reader, with the same fallbacks as pickLanguage. */
export function pickText(
  text: Readonly<Record<string, string>>,
  wanted: string,
  fallback?: string | null,
): { text: string; language: string } | null {
  const languages = Object.keys(text).filter((k) => (text[k] ?? '').trim() !== '');
  const language = pickLanguage(languages, wanted, fallback);
  return language === null ? null : { text: text[language]!, language };
}

/** The narration recording for the reader: { language, assetId } or null when there is none. */
export function pickRecording(
  recordings: Readonly<Record<string, string>>,
  wanted: string,
  fallback?: string | null,
): { language: string; assetId: string } | null {
  const language = pickLanguage(Object.keys(recordings), wanted, fallback);
  return language === null ? null : { language, assetId: recordings[language]! };
}

/** Exact tag, else same base language; null when none (no further fallback). */
function matchLanguage(available: readonly string[], wanted: string): string | null {
  const lower = wanted.toLowerCase();
  for (const a of available) if (a.toLowerCase() === lower) return a;
  const base = primary(wanted);
  for (const a of available) if (primary(a) === base) return a;
  return null;
}

/**
 * The caption track to show with the recording that plays. Each language's track is timed to that
 * language's recording, or to the default-language recording when the language has none (schema:
 * Narration). Only tracks timed to the recording that actually plays are candidates; among them the
 * reader's language wins, then the recording's own language, then any.
 */
export function pickCaptionTrack(
  narration: { recordings: Readonly<Record<string, string>>; captions?: Readonly<Record<string, readonly CueLike[]>> },
  wanted: string,
  fallback?: string | null,
): { language: string; cues: readonly CueLike[]; recordingLanguage: string } | null {
  const rec = pickRecording(narration.recordings, wanted, fallback);
  if (!rec) return null;
  const recLanguages = Object.keys(narration.recordings);
  const defaultRec = pickRecording(narration.recordings, fallback ?? rec.language, fallback);
  const tracks = narration.captions ?? {};
  const candidates = Object.keys(tracks).filter((lang) => {
    if ((tracks[lang]?.length ?? 0) === 0) return false;
    const own = matchLanguage(recLanguages, lang);
    const timedTo = own !== null ? narration.recordings[own] : defaultRec?.assetId;
    return timedTo === rec.assetId;
  });
  const language = pickLanguage(candidates, wanted, rec.language);
  return language === null ? null : { language, cues: tracks[language]!, recordingLanguage: rec.language };
}

/**
 * A time index over captions: cues sorted by start (stable), with each cue's original index.
 * Build it once per narration; lookups are then O(1) during normal playback and O(log n) on seeks.
 */
export interface CueIndex {
  starts: Float64Array;
  ends: Float64Array;
  /** Position in the original captions array, per sorted position. */
  order: Int32Array;
  /** Longest cue duration: how far back an overlapping cue can start. */
  longest: number;
}

export function buildCueIndex(cues: readonly CueLike[]): CueIndex {
  const order = cues.map((_, i) => i).sort((a, b) => cues[a]!.start - cues[b]!.start || a - b);
  const n = order.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let longest = 0;
  for (let k = 0; k < n; k++) {
    const c = cues[order[k]!]!;
    starts[k] = c.start;
    ends[k] = c.end;
    longest = Math.max(longest, c.end - c.start);
  }
  return { starts, ends, order: Int32Array.from(order), longest };
}

/**
 * Sorted position of the cue showing at `time` (start <= time < end), or -1.
 * When cues overlap, the one that started last wins. `hint` is the previous answer: if it still
 * holds (or the next cue does), no search happens.
 */
export function cueAt(index: CueIndex, time: number, hint = -1): number {
  const { starts, ends } = index;
  const n = starts.length;
  if (n === 0 || !(time >= starts[0]!)) return -1;
  // Fast paths for playback moving forward.
  if (hint >= 0 && hint < n && starts[hint]! <= time && (hint + 1 >= n || starts[hint + 1]! > time)) {
    if (time < ends[hint]!) return hint;
  } else if (hint + 1 >= 0 && hint + 1 < n && starts[hint + 1]! <= time && (hint + 2 >= n || starts[hint + 2]! > time)) {
    if (time < ends[hint + 1]!) return hint + 1;
  }
  // Last cue with start <= time.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= time) lo = mid;
    else hi = mid - 1;
  }
  // Walk back over cues that might still be running (overlaps).
  for (let k = lo; k >= 0 && starts[k]! >= time - index.longest; k--) {
    if (time < ends[k]!) return k;
  }
  return -1;
}

/** The caption for sorted position `k` (null when none). */
export function captionFor(cues: readonly CueLike[], index: CueIndex, k: number, language: string): ActiveCaption | null {
  if (k < 0 || k >= index.order.length) return null;
  const original = index.order[k]!;
  const cue = cues[original]!;
  if (cue.text.trim() === '') return null;
  return { text: cue.text, language, start: cue.start, end: cue.end, index: original };
}
