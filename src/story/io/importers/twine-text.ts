/** The readable words of Twine passage text: markup, hooks and HTML become plain text. */
export interface PassageLink {
  label: string;
  target: string;
}

/** Twine 2's own rules: `[[a->b]]` (rightmost ->), `[[b<-a]]` (leftmost <-), `[[a|b]]`, `[[b]]`, setters `][...` removed. */
export function splitLink(inner: string): PassageLink {
  const s = inner.replace(/\]\[[\s\S]*$/, '');
  const arrow = s.lastIndexOf('->');
  if (arrow >= 0) return { label: s.slice(0, arrow).trim(), target: s.slice(arrow + 2).trim() };
  const back = s.indexOf('<-');
  if (back >= 0) return { label: s.slice(back + 2).trim(), target: s.slice(0, back).trim() };
  const bar = s.indexOf('|');
  if (bar >= 0) return { label: s.slice(0, bar).trim(), target: s.slice(bar + 1).trim() };
  return { label: s.trim(), target: s.trim() };
}

const MARK = '\u0001';
/** `[text](target)`: Twine does not treat it as a link, and neither do we (the report says so). */
export const MARKDOWN_LINK = /\[([^\][\n]+)\]\((https?:\/\/[^()\s]+|[^()\s:]+)\)/g;
/** Pairs of markup around words: Harlowe and SugarCube bold, italics, strike, super/subscript, underline. */
const PAIRS: [RegExp, string][] = [
  [/''(.+?)''/g, '$1'],
  [/\*\*(\S(?:.*?\S)?)\*\*/g, '$1'],
  [/(^|[^*\w])\*(\S(?:[^*\n]*?\S)?)\*(?![*\w])/gm, '$1$2'],
  [/(^|[^:])\/\/(\S(?:.*?\S)?)\/\//g, '$1$2'],
  [/\^\^(.+?)\^\^/g, '$1'],
  [/~~(.+?)~~/g, '$1'],
  [/__(.+?)__/g, '$1'],
  [/==(?!>)(.+?)==/g, '$1'],
  [/@@[^;@]*;(.*?)@@/g, '$1'],
  [/\{\{\{([\s\S]*?)\}\}\}/g, '$1'],
];

/**
 * Plain text a reader can read: no HTML, markup characters, hook brackets, comments or stray code.
 * Link labels (between MARK characters) that stand alone on a line are dropped: they are choices.
 */
export function plainText(source: string): string {
  let s = source
    .replace(/\/%[\s\S]*?%\/|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h\d)>/gi, '\n')
    .replace(/<[a-z/!][^>]*>/gi, '')
    .replace(/\\\n/g, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(/\|[\w-]+>\[/g, '[')
    .replace(/\]<[\w-]+\|/g, ']')
    .replace(/[[\]{}`]/g, '');
  for (const [re, to] of PAIRS) s = s.replace(re, to);
  const lines = s.split('\n').map((line) => {
    const t = line
      .replace(/^\s*#{1,6}\s+|^\s*!{1,6}(?=\S)/, '')
      .replace(/^\s*(?:-{3,}|={2,}>?|<={2,}>?|={2,}><=+)\s*$/, '');
    const bare = t.replace(new RegExp(`${MARK}[^${MARK}]*${MARK}`, 'g'), '');
    if (t.includes(MARK) && /^[\s>*•|·–-]*$/.test(bare)) return null;
    return t.replaceAll(MARK, '').replace(/[ \t]+$/, '');
  });
  return lines
    .filter((l): l is string => l !== null)
    .join('\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n[ \t]+\n/g, '\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
