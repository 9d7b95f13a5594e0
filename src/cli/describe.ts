import { parsePointer } from '../story/problems.ts';

/**
 * Says where a JSON Pointer points, in words, using the document for names:
 * "/scenes/0/hotspots/1/action/sceneId" -> 'scene "Park" › hotspot "Go left" › action › sceneId'.
 * Works on any value (a valid story or a raw, broken document); never throws.
 */
type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null;

const ITEM_WORDS: Record<string, string> = {
  scenes: 'scene',
  hotspots: 'hotspot',
  assets: 'media file',
  beds: 'background sound',
  sources: 'placed sound',
  variables: 'variable',
  authors: 'author',
  conditions: 'condition',
  effects: 'effect',
  languages: 'language',
};

const FIELD_WORDS: Record<string, string> = {
  meta: 'story details',
  startSceneId: 'start scene',
  panorama: 'panorama',
  soundscape: 'sounds',
};

function textOf(v: unknown, lang: string): string | undefined {
  if (typeof v === 'string') return v;
  if (!isObj(v)) return undefined;
  const first = v[lang] ?? Object.values(v).find((x) => typeof x === 'string' && x.trim() !== '');
  return typeof first === 'string' && first.trim() !== '' ? first : undefined;
}

const short = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 30 ? `${one.slice(0, 29)}…` : one;
};

export function describeLocation(path: string, doc: unknown): string {
  let segments: string[];
  try {
    segments = parsePointer(path);
  } catch {
    return path;
  }
  if (segments.length === 0) return 'the whole story';
  const meta = isObj(doc) ? doc.meta : undefined;
  const lang = isObj(meta) && typeof meta.defaultLanguage === 'string' ? meta.defaultLanguage : 'en';
  const parts: string[] = [];
  let cur: unknown = doc;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const next = segments[i + 1];
    const list = isObj(cur) ? cur[seg] : undefined;
    if (ITEM_WORDS[seg] && next !== undefined && /^\d+$/.test(next)) {
      const item = Array.isArray(list) ? list[Number(next)] : undefined;
      let name = `${ITEM_WORDS[seg]} ${Number(next) + 1}`;
      if (isObj(item)) {
        const label = textOf(item.title, lang) ?? textOf(item.label, lang) ?? (seg === 'assets' ? textOf(item.name, lang) : undefined);
        const id = typeof item.id === 'string' ? item.id : undefined;
        if (label) name = `${ITEM_WORDS[seg]} "${short(label)}"`;
        else if (id && seg !== 'assets') name = `${ITEM_WORDS[seg]} "${short(id)}"`;
      }
      parts.push(name);
      cur = item;
      i++;
    } else {
      parts.push(FIELD_WORDS[seg] ?? seg);
      cur = isObj(cur) ? cur[seg] : undefined;
    }
  }
  return parts.join(' › ');
}
