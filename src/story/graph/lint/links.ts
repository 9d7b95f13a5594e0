import type { Hotspot } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Phrase } from '../../phrase.ts';
import { shorten } from '../text.ts';
import { hotspotWords, words, type LintContext, type Path, pathTo } from './context.ts';

/** Web links: an info hotspot's link is one the player opens (info-link-invalid). */

const ALLOWED_LINK = /^(https?:|mailto:)$/i;

/** True for links the player opens: http(s) with a host, or mailto with an address. */
export function isOpenableLink(url: string): boolean {
  const u = url.trim();
  if (u === '' || /\s/.test(u)) return false;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return false;
  }
  if (!ALLOWED_LINK.test(parsed.protocol)) return false;
  if (parsed.protocol.toLowerCase() === 'mailto:') return parsed.pathname.includes('@');
  return parsed.hostname !== '';
}

/** A guess at what the author meant, for links written without https:// or mailto:. */
function linkHint(url: string): Phrase | '' {
  const u = url.trim();
  if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(u)) return words('lint.link-hint.mailto', { address: u });
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(u)) return words('lint.link-hint.https', { address: u });
  return '';
}

export function infoLink(cx: LintContext, h: Hotspot, url: string, ap: Path, s: Scene): void {
  if (isOpenableLink(url)) return;
  const params = { hotspot: hotspotWords(cx, h, s), url: shorten(url, 60), hint: linkHint(url) };
  cx.report('info-link-invalid', words('lint.info-link-invalid', params), pathTo(ap, 'link', 'url'), s.id, h.id);
}
