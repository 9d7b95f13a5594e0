import type { MessageKey } from '../../i18n/index.ts';
import type { Route } from '../router.ts';
import templateIndex from '../../../workshops/templates/index.json';

/**
 * The pages of the workshop kit, read from the same Markdown files as workshops/ in the repository.
 * Each file is its own lazy chunk (bundled as text with ?raw), loaded when its page is opened.
 */
const files = import.meta.glob('../../../workshops/**/*.md', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export type KitGroup = 'facilitators' | 'handouts' | 'templates';

export interface KitDoc {
  slug: string;
  group: KitGroup;
  /** Path inside workshops/, as the Markdown files link to each other. */
  file: string;
  /** The page's name in the UI language (a message key, or a template's own titles). */
  label: MessageKey | Record<string, string>;
  /** Printed as a sheet to write on (storyboard, cards, forms). */
  sheet?: boolean;
}

export const OVERVIEW = 'overview';

export const KIT_DOCS: readonly KitDoc[] = [
  { slug: OVERVIEW, group: 'facilitators', file: 'README.md', label: 'kit.doc.overview' },
  { slug: 'facilitator-guide', group: 'facilitators', file: 'facilitator-guide.md', label: 'kit.doc.facilitatorGuide' },
  { slug: 'safeguarding-and-consent', group: 'facilitators', file: 'safeguarding-and-consent.md', label: 'kit.doc.safeguarding' },
  { slug: 'consent-form', group: 'facilitators', file: 'consent-form.md', label: 'kit.doc.consentForm', sheet: true },
  { slug: 'accessibility', group: 'facilitators', file: 'accessibility.md', label: 'kit.doc.accessibility' },
  { slug: 'troubleshooting', group: 'facilitators', file: 'troubleshooting.md', label: 'kit.doc.troubleshooting' },
  { slug: 'storyboard', group: 'handouts', file: 'handouts/storyboard.md', label: 'kit.doc.storyboard', sheet: true },
  { slug: 'hotspot-cards', group: 'handouts', file: 'handouts/hotspot-cards.md', label: 'kit.doc.hotspotCards', sheet: true },
  { slug: '360-photo-tips', group: 'handouts', file: 'handouts/360-photo-tips.md', label: 'kit.doc.photoTips' },
  ...templateIndex.templates.map(
    (tpl): KitDoc => ({ slug: `template-${tpl.id}`, group: 'templates', file: `templates/${tpl.folder}/${tpl.guide}`, label: tpl.title }),
  ),
];

export function kitDoc(slug: string | undefined): KitDoc | undefined {
  return KIT_DOCS.find((d) => d.slug === (slug ?? OVERVIEW));
}

/** The app route that shows a page of the kit. */
export function kitRoute(doc: KitDoc): Route {
  return doc.slug === OVERVIEW ? { name: 'workshops' } : { name: 'workshops', doc: doc.slug };
}

/** The Markdown text of a page. */
export function loadKitDoc(doc: KitDoc): Promise<string> {
  const load = files[`../../../workshops/${doc.file}`];
  if (!load) return Promise.reject(new Error(`missing ${doc.file}`));
  return load();
}

/**
 * The kit page a link inside `from` points to ("handouts/storyboard.md" from README.md, or
 * "../troubleshooting.md" from a handout), or undefined when it is not a page of the kit.
 */
export function kitDocForLink(from: KitDoc, href: string): KitDoc | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) return undefined;
  const [path] = href.split('#');
  const parts = from.file.split('/').slice(0, -1);
  for (const part of (path ?? '').split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  const file = parts.join('/');
  return KIT_DOCS.find((d) => d.file === file);
}
