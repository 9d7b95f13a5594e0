/**
 * The start scene's choices on the published page before the player has loaded: the early picture
 * (firstPaint.ts) is on screen a second or more before React and three.js are, and a reader who
 * already knows where to go can go. Plain DOM, the same markup and classes as the player's own
 * ChoiceList (player.css), on top of the early picture; it makes way for the player's list.
 *
 * Only for a start scene whose every choice is an open "go to" link (no question, information,
 * sound or closed checkpoint, no video): those are what the early page can honour in full. Which
 * choices show, their labels and language come from the story engine itself (the same as the
 * player's), so the list never differs from the one the player then shows. A press hands the
 * choice to boot.ts: the early picture shows the scene at once when its picture was decoded early,
 * and the player, when it is up, makes the same choice in its engine (effects and all).
 */
import type { Story } from '../../story/schema/story.ts';
import { createPlayerEngine } from '../engine/index.ts';
import { localize, pickStoryLanguage } from '../engine/text.ts';
import { loadPlayerLanguage, ui } from '../../i18n/player-strings.ts';
import { getUiLanguage, readerLanguages } from '../../i18n/runtime.ts';
import { uiDirection } from '../../i18n/languages.ts';
import { DIRECTIONAL, ICON_PATHS } from '../../ui/iconPaths.ts';
import type { EarlyChoice } from './boot.ts';

/** Marked when the early list is on the page. */
export const EARLY_CHOICES_MARK = 'story:early-choices';

export interface EarlyChoiceOptions {
  /** The story (null: not as publish wrote it, so no early list). */
  story: () => Promise<Story | null>;
  /** The reader's language, as the player gets it. */
  language: string | undefined;
  /** Resolves when the early page makes way for the player (the list goes then: the player's own is under it). */
  gone: Promise<void>;
  choose(choice: EarlyChoice): void;
}

/** A choice the early page shows: the hotspot, its label and the scene it leads to. */
export interface EarlyChoiceItem {
  hotspotId: string;
  sceneId: string;
  label: string;
}

/** The start scene's choices when the early page can offer them all (see above), else null. */
export function earlyChoiceItems(story: Story, language: string | undefined): { items: EarlyChoiceItem[]; lang: string } | null {
  // The story's language as the player picks it (PlayerScreen.tsx).
  const engine = createPlayerEngine(story, { language: pickStoryLanguage(story, [language, ...readerLanguages()]) });
  engine.start();
  const s = engine.getState();
  if (!s.scene || s.scene.video || s.ending || s.panel || s.visibleHotspots.length === 0) return null;
  const items: EarlyChoiceItem[] = [];
  for (const h of s.visibleHotspots) {
    if (h.action.type !== 'goto' || s.closedHotspots.has(h.id)) return null;
    const label = localize(h.label, s.language, story.meta.defaultLanguage);
    items.push({ hotspotId: h.id, sceneId: h.action.sceneId, label });
  }
  return { items, lang: s.language };
}

/** Shows the start scene's choices over the early picture (call it once the picture is up) until the player is. */
export async function offerEarlyChoices({ story, language, gone, choose }: EarlyChoiceOptions): Promise<void> {
  let over = false;
  void gone.then(() => (over = true));
  const read = await story();
  const offer = read && !over ? earlyChoiceItems(read, language) : null;
  if (!offer) return;
  await loadPlayerLanguage(); // the player's own words ("Choices") in the reader's language, as it will show them
  if (over) return;
  const list = choiceList(offer.items, offer.lang, (item) => {
    list.remove();
    choose({ hotspotId: item.hotspotId, sceneId: item.sceneId });
  });
  document.body.append(list);
  performance.mark(EARLY_CHOICES_MARK, { detail: { choices: offer.items.length } });
  void gone.then(() => {
    // A reader on an early choice with the keyboard stays on that choice in the player's list.
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.hotspot : undefined;
    list.remove();
    if (focused) document.querySelector<HTMLElement>(`#root .ssp-choices [data-hotspot="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  });
}

/** The ChoiceList's markup (src/player/chrome/ChoiceList.tsx) for these choices. */
function choiceList(items: readonly EarlyChoiceItem[], lang: string, onChoose: (item: EarlyChoiceItem) => void): HTMLElement {
  const uiLang = getUiLanguage();
  const wrap = el('div', 'ssp-root ssp-early-choices');
  wrap.lang = uiLang;
  wrap.dir = uiDirection(uiLang);
  const bottom = el('div', 'ssp-bottom');
  const nav = el('nav', 'ssp-choices ssp-panel');
  nav.setAttribute('aria-labelledby', 'ssp-early-choices-title');
  const title = el('h2', 'ssp-choices-title', ui('player.choices'));
  title.id = 'ssp-early-choices-title';
  const ul = el('ul', 'ssp-choice-list');
  for (const item of items) {
    const button = el('button', 'ssp-choice ssp-choice-goto');
    button.type = 'button';
    button.dataset.hotspot = item.hotspotId;
    button.dataset.scene = item.sceneId;
    const icon = el('span', 'ssp-choice-icon');
    icon.append(goIcon());
    const label = el('span', 'ssp-choice-label', item.label || ui('player.kindLong.goto'));
    label.lang = lang;
    label.dir = uiDirection(lang);
    button.append(icon, el('span', 'ssp-vh', `${ui('player.kind.goto')}: `), label);
    button.addEventListener('click', () => onChoose(item));
    // Holding Enter must not also choose on the next scene's button (as in the player's list).
    button.addEventListener('keydown', (e) => e.repeat && (e.key === 'Enter' || e.key === ' ') && e.preventDefault());
    const li = el('li');
    li.append(button);
    ul.append(li);
  }
  nav.append(title, ul);
  bottom.append(nav);
  wrap.append(bottom);
  return wrap;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The "go" icon as the player's Icon draws it (src/ui/icons.tsx). */
function goIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const attrs: Record<string, string> = {
    'aria-hidden': 'true',
    focusable: 'false',
    width: '1.25em',
    height: '1.25em',
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2.2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  };
  for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
  svg.style.flex = 'none'; // through CSSOM: a published site's CSP refuses style attributes
  if (DIRECTIONAL.has('go')) svg.setAttribute('class', 'ssp-icon-directional');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICON_PATHS.go);
  svg.append(path);
  return svg;
}
