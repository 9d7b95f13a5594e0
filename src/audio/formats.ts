/**
 * Audio formats: MIME type <-> howler format name, can this browser play it, and what to tell the
 * author when it cannot (pure; the browser probe is passed in).
 */

export interface AudioFormat {
  /** howler's format name (the file extension it checks with Howler.codecs), e.g. "mp3", "webm", "m4a". */
  ext: string;
  /** MIME type with codecs when known, for canPlayType, e.g. 'audio/webm; codecs="opus"'. */
  mime: string;
}

const EXT_TO_MIME: Record<string, string> = {
  mp3: 'audio/mpeg',
  mpeg: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg; codecs="vorbis"',
  oga: 'audio/ogg; codecs="vorbis"',
  opus: 'audio/ogg; codecs="opus"',
  webm: 'audio/webm; codecs="opus"',
  weba: 'audio/webm; codecs="opus"',
  m4a: 'audio/mp4; codecs="mp4a.40.2"',
  mp4: 'audio/mp4; codecs="mp4a.40.2"',
  m4b: 'audio/mp4; codecs="mp4a.40.2"',
  aac: 'audio/aac',
  flac: 'audio/flac',
  caf: 'audio/x-caf',
};

/** A MIME type ("audio/webm;codecs=opus") or a file extension ("mp3", ".m4a") -> AudioFormat. */
export function parseFormat(input: string | null | undefined): AudioFormat | null {
  if (!input) return null;
  const raw = input.trim();
  if (raw === '') return null;
  if (!raw.includes('/')) {
    const ext = raw.replace(/^\./, '').toLowerCase();
    const mime = EXT_TO_MIME[ext];
    return mime ? { ext, mime } : { ext, mime: `audio/${ext}` };
  }
  const [typePart, ...params] = raw.split(';');
  const type = typePart!.trim().toLowerCase();
  const codecs = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('codecs='));
  const codecList = codecs ? codecs.slice(7).replace(/"/g, '').toLowerCase() : '';
  let ext: string;
  switch (type) {
    case 'audio/mpeg':
    case 'audio/mp3':
    case 'audio/mpeg3':
    case 'audio/x-mpeg':
      ext = 'mp3';
      break;
    case 'audio/wav':
    case 'audio/wave':
    case 'audio/x-wav':
    case 'audio/vnd.wave':
      ext = 'wav';
      break;
    case 'audio/ogg':
    case 'application/ogg':
      ext = codecList.includes('opus') ? 'opus' : 'ogg';
      break;
    case 'audio/opus':
      ext = 'opus';
      break;
    case 'audio/webm':
    case 'video/webm':
      ext = 'webm';
      break;
    case 'audio/mp4':
    case 'audio/x-m4a':
    case 'audio/m4a':
    case 'video/mp4':
      ext = 'm4a';
      break;
    case 'audio/aac':
    case 'audio/x-aac':
      ext = 'aac';
      break;
    case 'audio/flac':
    case 'audio/x-flac':
      ext = 'flac';
      break;
    case 'audio/x-caf':
      ext = 'caf';
      break;
    default:
      ext = type.replace(/^.*\//, '').replace(/^x-/, '');
  }
  const mime = codecs ? `${type}; codecs="${codecList}"` : type;
  return { ext, mime };
}

/** The format a URL tells by itself: a data: URL's MIME type or the path's extension. Null for blob: URLs. */
export function formatFromUrl(url: string): AudioFormat | null {
  const data = /^data:([^;,]+)/i.exec(url);
  if (data) return parseFormat(data[1]!);
  if (/^blob:/i.test(url)) return null;
  const path = url.split(/[?#]/, 1)[0]!;
  const ext = /\.([a-z0-9]{2,5})$/i.exec(path);
  return ext ? parseFormat(ext[1]!) : null;
}

/** What the browser can tell about formats (HTMLMediaElement.canPlayType and Howler.codecs). */
export interface FormatProbe {
  canPlayType(mime: string): string;
  codecs(ext: string): boolean;
}

export type Playability = 'yes' | 'no' | 'unknown';

/** Can this browser play `format`? canPlayType "" is a definite no; "maybe"/"probably" are yes. */
export function playability(format: AudioFormat | null, probe: FormatProbe): Playability {
  if (!format) return 'unknown';
  let answer: string;
  try {
    answer = probe.canPlayType(format.mime);
  } catch {
    answer = '';
  }
  if (answer === 'probably' || answer === 'maybe') return 'yes';
  if (probe.codecs(format.ext)) return 'yes';
  return 'no';
}

/**
 * The format name to hand to howler. howler refuses to load unless Howler.codecs(format) is true,
 * and its table is coarser than canPlayType (its "webm" means WebM/Vorbis): when the browser can
 * play the real type, pass any name howler accepts; the browser sniffs the bytes itself.
 */
export function howlerFormat(format: AudioFormat | null, probe: FormatProbe): string {
  const accepted = ['mp3', 'wav', 'ogg', 'webm', 'm4a', 'mp4', 'aac', 'opus', 'flac'];
  if (format && probe.codecs(format.ext)) return format.ext;
  return accepted.find((e) => probe.codecs(e)) ?? format?.ext ?? 'mp3';
}

const FORMAT_NAMES: Record<string, string> = {
  mp3: 'MP3',
  wav: 'WAV',
  ogg: 'Ogg Vorbis',
  oga: 'Ogg Vorbis',
  opus: 'Ogg Opus',
  webm: 'WebM/Opus',
  weba: 'WebM/Opus',
  m4a: 'MP4/AAC',
  mp4: 'MP4/AAC',
  m4b: 'MP4/AAC',
  aac: 'AAC',
  flac: 'FLAC',
  caf: 'Apple CAF',
};

export const formatName = (f: AudioFormat): string => FORMAT_NAMES[f.ext] ?? f.mime;

/** What to do about a format this browser cannot play, in one or two plain sentences. */
export function unsupportedAdvice(format: AudioFormat): string {
  switch (format.ext) {
    case 'webm':
    case 'weba':
    case 'opus':
    case 'ogg':
    case 'oga':
      return 'Safari (iPhone, iPad, Mac) cannot play this format: add the recording again as MP3 or MP4/AAC (.m4a), which every browser plays.';
    case 'm4a':
    case 'mp4':
    case 'm4b':
    case 'aac':
      return 'Some browsers (e.g. Chromium on Linux without proprietary codecs) cannot play AAC: add the recording again as MP3, which every browser plays.';
    default:
      return 'Convert the file to MP3 (any audio editor can, e.g. Audacity: File > Export > MP3) and add it again.';
  }
}
