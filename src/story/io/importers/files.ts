import { ImportError, MAX_CONFIG_BYTES, type ImportFile } from './types.ts';

/** Finds the files a config refers to ("./img/pano.jpg", "img/pano.jpg"), relative to the config's folder, or by name alone. */
export class FileSet {
  private readonly byPath = new Map<string, ImportFile>();
  private readonly byName = new Map<string, ImportFile[]>();

  constructor(readonly files: readonly ImportFile[]) {
    for (const f of files) {
      const p = normalize(f.path);
      this.byPath.set(p, f);
      const name = p.split('/').pop()!;
      this.byName.set(name, [...(this.byName.get(name) ?? []), f]);
    }
  }

  /** `ref` relative to the folder of `from` (a config file path), then anywhere with the same path ending. */
  find(ref: string, from: string): ImportFile | null {
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return null;
    const clean = normalize(ref.split(/[?#]/)[0]!);
    const dir = normalize(from).split('/').slice(0, -1).join('/');
    const exact = this.byPath.get(normalize(dir ? `${dir}/${clean}` : clean)) ?? this.byPath.get(clean);
    if (exact) return exact;
    for (const [p, f] of this.byPath) if (p.endsWith(`/${clean}`)) return f;
    const named = this.byName.get(clean.split('/').pop()!);
    return named?.length === 1 ? named[0]! : null;
  }

  /** Every file whose path, after the config's folder, matches the pattern. */
  under(prefix: string): ImportFile[] {
    const p = normalize(prefix);
    return [...this.byPath.entries()].filter(([k]) => k === p || k.startsWith(`${p}/`) || k.includes(`/${p}/`)).map(([, f]) => f);
  }
}

export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** Text of a config file: UTF-8, byte-order mark removed, size checked. */
export function configText(file: ImportFile): string {
  if (file.bytes.length > MAX_CONFIG_BYTES) {
    throw new ImportError('import.file-too-big', { file: file.path, size: Math.round(file.bytes.length / 1024 / 1024) });
  }
  return new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
}

/** Plain text from a bit of HTML: tags removed, entities decoded, spaces tidied. */
export function plainText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'",
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', times: '×', shy: '',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', Eacute: 'É', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
    }
    return NAMED[e] ?? NAMED[e.toLowerCase()] ?? all;
  });
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
