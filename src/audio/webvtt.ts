/**
 * Narration captions <-> WebVTT (pure). The story keeps one caption track per language
 * (Narration.captions[lang] = [{ start, end, text }], timed to that language's recording), which is
 * exactly what one .vtt file holds.
 *
 * - captionsToVtt(cues, language): a .vtt file, cues in time order, text escaped.
 * - vttToCaptions(text, language): the cues plus problems with line numbers. Reads hh:mm:ss.ttt and
 *   mm:ss.ttt timestamps (a comma before the milliseconds, as in SRT, is read with a warning), cue
 *   identifiers and settings, multi-line cue text; skips NOTE, STYLE and REGION blocks; strips markup
 *   (<b>, <i>, <v Speaker>, <c.class>, inline timestamps) and decodes character references.
 */

/** Same shape as the story's CaptionCue. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

export interface VttProblem {
  /** 1-based line number in the .vtt text. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface VttResult {
  cues: Cue[];
  problems: VttProblem[];
}

/** Seconds -> "hh:mm:ss.ttt" (always with hours, as most tools write it). */
export function formatTimestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const t = ms % 1000;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${p2(h)}:${p2(m)}:${p2(s)}.${String(t).padStart(3, '0')}`;
}

const TIMESTAMP = /^(?:(\d{1,}):)?(\d{2}):(\d{2})([.,])(\d{3})$/;

/** "hh:mm:ss.ttt" or "mm:ss.ttt" -> seconds, or null. `comma` tells if "," was used as in SRT. */
export function parseTimestamp(text: string): { seconds: number; comma: boolean } | null {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return null;
  const h = m[1] === undefined ? 0 : Number(m[1]);
  const min = Number(m[2]);
  const s = Number(m[3]);
  if (min > 59 || s > 59) return null;
  const seconds = (h * 3600 + min * 60 + s) * 1000 + Number(m[5]);
  return { seconds: seconds / 1000, comma: m[4] === ',' };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One caption track as a WebVTT file ("Language:" header line). Empty cues are left out; blank lines
 * inside a caption, which would end a WebVTT cue, become single line breaks.
 */
export function captionsToVtt(cues: readonly Cue[], language: string): string {
  const out: string[] = ['WEBVTT', `Language: ${language}`, ''];
  const sorted = cues
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end || a.i - b.i);
  let n = 0;
  for (const { c } of sorted) {
    const raw = c.text;
    if (raw.trim() === '') continue;
    const lines = raw
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '');
    n += 1;
    out.push(String(n), `${formatTimestamp(c.start)} --> ${formatTimestamp(c.end)}`, ...lines.map(escapeText), '');
  }
  return out.join('\n');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
  quot: '"',
  apos: "'",
};

/** Cue text markup -> plain text. */
export function plainCueText(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/**
 * Parses a .vtt file into a caption track for `language`. Never throws: problems say what was
 * skipped and where. A "Language:" header naming another language is reported as a warning.
 */
export function vttToCaptions(text: string, language: string): VttResult {
  const problems: VttProblem[] = [];
  const cues: Cue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  const first = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t].*)?$/.test(first)) {
    problems.push({
      line: 1,
      severity: 'error',
      message: 'This is not a WebVTT file: the first line must be "WEBVTT". Cues were still read where possible.',
    });
  }

  // Split into blocks of non-blank lines, remembering where each starts.
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(l);
  }

  let commaWarned = false;
  let lastStart = -Infinity;
  let outOfOrder = false;
  for (const [b, block] of blocks.entries()) {
    const head = block.lines[0]!;
    // The header block: "WEBVTT" and header lines up to the first blank line.
    if (b === 0 && /^WEBVTT/.test(head)) {
      const langLine = block.lines.findIndex((l) => /^Language:/i.test(l));
      if (langLine > 0) {
        const declared = block.lines[langLine]!.replace(/^Language:\s*/i, '').trim();
        if (declared && declared.toLowerCase().split('-')[0] !== language.toLowerCase().split('-')[0]) {
          problems.push({
            line: block.line + langLine,
            severity: 'warning',
            message: `The file says its language is "${declared}", but it is being added as "${language}".`,
          });
        }
      }
      const arrow = block.lines.findIndex((l) => l.includes('-->'));
      if (arrow > 0) {
        problems.push({ line: block.line + arrow, severity: 'error', message: 'A cue must be separated from the "WEBVTT" header by a blank line; it was skipped.' });
      }
      continue;
    }
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) continue;

    let timingAt = 0;
    if (!head.includes('-->')) {
      timingAt = 1;
      const timing = block.lines[1];
      if (timing === undefined || !timing.includes('-->')) {
        problems.push({
          line: block.line + (timing === undefined ? 0 : 1),
          severity: 'error',
          message: `Expected a timing line such as "00:00:01.000 --> 00:00:04.000"${timing === undefined ? ` after the cue id "${head}"` : ''}; this block was skipped.`,
        });
        continue;
      }
    }
    const timingLine = block.lines[timingAt]!;
    const lineNo = block.line + timingAt;
    const m = /^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/.exec(timingLine);
    const start = m ? parseTimestamp(m[1]!) : null;
    const end = m ? parseTimestamp(m[2]!) : null;
    if (!m || !start || !end) {
      const bad = !m ? timingLine.trim() : !start ? m[1]! : m[2]!;
      problems.push({
        line: lineNo,
        severity: 'error',
        message: `"${bad}" is not a valid timing: write hh:mm:ss.ttt or mm:ss.ttt, e.g. "00:01:02.500 --> 00:01:05.000". This cue was skipped.`,
      });
      continue;
    }
    if ((start.comma || end.comma) && !commaWarned) {
      commaWarned = true;
      problems.push({ line: lineNo, severity: 'warning', message: 'Timestamps use a comma before the milliseconds (SRT style); WebVTT uses a dot. They were read anyway.' });
    }
    if (!(end.seconds > start.seconds)) {
      problems.push({ line: lineNo, severity: 'error', message: `The cue ends (${m[2]}) before or when it starts (${m[1]}); it was skipped.` });
      continue;
    }
    const body = block.lines.slice(timingAt + 1);
    const arrowInBody = body.findIndex((l) => l.includes('-->'));
    if (arrowInBody >= 0) {
      problems.push({ line: lineNo + 1 + arrowInBody, severity: 'warning', message: 'A line with "-->" inside cue text: is a blank line missing before the next cue? It was kept as text.' });
    }
    const cueText = plainCueText(body.join('\n')).trim();
    if (cueText === '') {
      problems.push({ line: lineNo, severity: 'warning', message: 'This cue has no text; it was skipped.' });
      continue;
    }
    if (start.seconds < lastStart) outOfOrder = true;
    lastStart = Math.max(lastStart, start.seconds);
    cues.push({ start: start.seconds, end: end.seconds, text: cueText });
  }
  if (outOfOrder) {
    problems.push({ line: 1, severity: 'warning', message: 'Cues were not in time order; they were sorted.' });
    cues.sort((a, b) => a.start - b.start);
  }
  return { cues, problems };
}
