import { decodeEntities } from './files.ts';
import { ImportError, MAX_SCENES } from './types.ts';

/** A Twine story as both Twine 2 HTML and Twee 3 describe it. */
export interface TwinePassage {
  name: string;
  tags: string[];
  text: string;
  position: { x: number; y: number } | null;
  pid?: string;
}
export interface TwineStory {
  name: string;
  format: string;
  /** The start passage's name, when the file says. */
  start: string | null;
  passages: TwinePassage[];
  /** The story's own JavaScript and CSS (Story JavaScript / Story Stylesheet), when there is any. */
  code?: { script: boolean; style: boolean };
}

const attrs = (s: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
};

const position = (v: string | undefined): TwinePassage['position'] => {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(v ?? '');
  return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
};

/** Every `<tw-storydata>` in a published story or a library archive. */
export function parseTwineHtml(html: string): TwineStory[] {
  const stories: TwineStory[] = [];
  for (const m of html.matchAll(/<tw-storydata\b([^>]*)>([\s\S]*?)<\/tw-storydata>/gi)) {
    const a = attrs(m[1]!);
    const passages: TwinePassage[] = [];
    for (const p of m[2]!.matchAll(/<tw-passagedata\b([^>]*)>([\s\S]*?)<\/tw-passagedata>/gi)) {
      const pa = attrs(p[1]!);
      passages.push({ name: pa.name ?? '', tags: (pa.tags ?? '').split(/\s+/).filter(Boolean), text: decodeEntities(p[2]!), position: position(pa.position), pid: pa.pid ?? '' });
      if (passages.length > MAX_SCENES) throw new ImportError('import.twine-too-big', { max: MAX_SCENES });
    }
    const start = passages.find((p) => p.pid === a.startnode)?.name ?? null;
    const script = /<script\b[^>]*twine-javascript[^>]*>([\s\S]*?)<\/script>/i.exec(m[2]!)?.[1]?.trim() ?? '';
    const style = /<style\b[^>]*twine-css[^>]*>([\s\S]*?)<\/style>/i.exec(m[2]!)?.[1]?.trim() ?? '';
    stories.push({ name: a.name || 'Twine story', format: [a.format, a['format-version']].filter(Boolean).join(' '), start, passages, code: { script: script !== '', style: style !== '' } });
  }
  return stories;
}

/** Twee 3: `:: Name [tags] {"position":"x,y"}` headers; StoryTitle and StoryData passages. */
export function parseTwee(src: string): TwineStory {
  const passages: TwinePassage[] = [];
  let current: TwinePassage | null = null;
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  for (const line of lines) {
    if (line.startsWith('::')) {
      current = header(line.slice(2));
      passages.push(current);
      if (passages.length > MAX_SCENES + 2) throw new ImportError('import.twine-too-big', { max: MAX_SCENES });
    } else if (current) current.text += (current.text ? '\n' : '') + line;
  }
  for (const p of passages) p.text = p.text.replace(/\s+$/, '');
  const title = passages.find((p) => p.name === 'StoryTitle')?.text.trim();
  let data: Record<string, unknown> = {};
  const dataText = passages.find((p) => p.name === 'StoryData')?.text;
  if (dataText) {
    try {
      const parsed: unknown = JSON.parse(dataText);
      if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
    } catch {
      /* A broken StoryData only loses the start passage and format: reported by the caller as "no start". */
    }
  }
  return {
    name: title || 'Twee story',
    format: [data.format, data['format-version']].filter((v) => typeof v === 'string').join(' '),
    start: typeof data.start === 'string' ? data.start : null,
    passages: passages.filter((p) => p.name !== 'StoryTitle' && p.name !== 'StoryData'),
  };
}

function header(h: string): TwinePassage {
  let rest = h.trim();
  let meta: Record<string, unknown> = {};
  const metaMatch = /\{[^{}]*\}\s*$/.exec(rest);
  if (metaMatch) {
    try {
      meta = JSON.parse(metaMatch[0]) as Record<string, unknown>;
      rest = rest.slice(0, metaMatch.index).trim();
    } catch {
      /* Not metadata after all: part of the name. */
    }
  }
  let tags: string[] = [];
  const tagMatch = /(?<!\\)\[([^\]]*)\]\s*$/.exec(rest);
  if (tagMatch) {
    tags = tagMatch[1]!.split(/\s+/).filter(Boolean);
    rest = rest.slice(0, tagMatch.index).trim();
  }
  const name = rest.replace(/\\([[\]{}\\])/g, '$1');
  return { name, tags, text: '', position: position(typeof meta.position === 'string' ? meta.position : undefined) };
}
