import { decodeEntities } from './files.ts';

/** An HTML card (a Pannellum info text, a Marzipano info text) as words a person reads. */
export interface HtmlCard {
  /** The first heading (h1–h6), or '' when there is none. */
  heading: string;
  /** Paragraphs and list items, in order, without the heading; list items start with "• ". */
  paragraphs: string[];
  /** Pictures the card shows: their `src` and `alt`. */
  images: { src: string; alt: string }[];
  /** Whether there was any markup at all (a tag or an entity). */
  hadHtml: boolean;
}

const BLOCK = /^(?:p|div|section|article|header|footer|blockquote|figure|figcaption|table|tr|ul|ol|dl|dt|dd|pre|address|h[1-6]|li|br|hr)$/;

const attr = (tag: string, name: string): string => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
};

const tidy = (s: string): string => decodeEntities(s).replace(/[ \t\r\n\u00a0]+/g, ' ').trim();

/**
 * Reads HTML as data (never into a document, nothing runs): headings, paragraphs, line breaks, list
 * items and pictures; scripts, styles and every other tag are left out, their words kept.
 */
export function readHtmlCard(html: string): HtmlCard {
  const hadHtml = /<[a-z!/]|&[#a-z0-9]+;/i.test(html);
  const source = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const blocks: { text: string; heading: boolean; item: boolean }[] = [];
  const images: HtmlCard['images'] = [];
  let current = '';
  let heading = false;
  let item = false;
  const flush = () => {
    const text = tidy(current);
    if (text) blocks.push({ text, heading, item });
    current = '';
    heading = false;
    item = false;
  };
  const tag = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;
  let last = 0;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    current += source.slice(last, m.index);
    last = m.index + m[0].length;
    const name = m[1]!.toLowerCase();
    const closing = m[0][1] === '/';
    if (name === 'img' && !closing) {
      const src = attr(m[0], 'src');
      if (src) images.push({ src, alt: attr(m[0], 'alt') });
      continue;
    }
    if (!BLOCK.test(name)) continue;
    if (name === 'br' && !closing) {
      current += '\n';
      flush();
      continue;
    }
    flush();
    if (!closing && /^h[1-6]$/.test(name)) heading = true;
    if (!closing && name === 'li') item = true;
  }
  current += source.slice(last);
  flush();
  const first = blocks.findIndex((b) => b.heading);
  return {
    heading: first >= 0 ? blocks[first]!.text : '',
    paragraphs: blocks.filter((_, i) => i !== first).map((b) => (b.item ? `• ${b.text}` : b.text)),
    images,
    hadHtml,
  };
}

/** A short label for a hotspot: the heading, else the first sentence or line, cut at a word within `max` characters. */
export function shortLabel(card: HtmlCard, max = 60): string {
  const from = card.heading || card.paragraphs[0] || card.images[0]?.alt || '';
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(from)?.[1] ?? from;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trim()}…`;
}
