/** Links and readable text of a Twine passage. Macros are never run: they are counted and removed. */
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

const LINK = /\[\[((?:[^\]]|\](?!\]))+)\]\]/g;
const STR = String.raw`(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')`;
const LINK_GOTO = new RegExp(String.raw`\(link-goto:\s*${STR}\s*(?:,\s*${STR}\s*)?\)`, 'gi');
const SUGAR_MACRO = /<<[\s\S]*?>>/g;
const HARLOWE_MACRO = /\((?:[a-z][\w-]*):(?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/gi;
const MARKDOWN_LINK = /\[([^\][]+)\]\(([^()\s]+)\)/g;

export interface PassageText {
  links: PassageLink[];
  /** What a reader sees, without macros or markup. */
  text: string;
  macros: number;
  /** `[text](target)` pieces: Twine does not treat them as links, and neither do we. */
  markdownLinks: string[];
}

export function readPassage(source: string): PassageText {
  const links: PassageLink[] = [];
  let macros = 0;
  let text = source.replace(LINK_GOTO, (_all, a1?: string, a2?: string, b1?: string, b2?: string) => {
    const first = (a1 ?? a2 ?? '').replace(/\\(.)/g, '$1');
    const second = b1 ?? b2;
    const link = second === undefined ? { label: first, target: first } : { label: first, target: second.replace(/\\(.)/g, '$1') };
    links.push(link);
    return link.label;
  });
  text = text.replace(LINK, (_all, inner: string) => {
    const link = splitLink(inner);
    links.push(link);
    return link.label;
  });
  text = text.replace(SUGAR_MACRO, () => {
    macros++;
    return '';
  });
  for (let guard = 0; guard < 5; guard++) {
    const before = text;
    text = text.replace(HARLOWE_MACRO, () => {
      macros++;
      return '';
    });
    if (before === text) break;
  }
  const markdownLinks: string[] = [];
  text = text.replace(MARKDOWN_LINK, (_all, label: string) => {
    markdownLinks.push(label);
    return label;
  });
  text = text
    .replace(/\|[\w-]+>\[/g, '[')
    .replace(/\[([^\][]*)\]<[\w-]+\|/g, '$1')
    .replace(/\[([^\][]*)\]/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { links, text, macros, markdownLinks };
}
