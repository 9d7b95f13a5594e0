import { MarkerType, type Edge } from '@xyflow/react';
import type { Story } from '../../story/schema/story.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';

/** What an arrow on the map stands for: an open way, a closed way (a checkpoint), or an answer's way on. */
export type WayKind = 'open' | 'closed' | 'answer';
export type WayEdge = Edge<{ kind: WayKind }, 'way'>;

/** True when an arrow still looks the same (same cards, kind and words): it is reused as it is. */
const sameEdge = (a: WayEdge, b: WayEdge) =>
  a.source === b.source && a.target === b.target && a.data?.kind === b.data?.kind && a.ariaLabel === b.ariaLabel;

/** True when two lists hold the same objects in the same order. */
export const sameItems = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * An arrow per go-to hotspot (dashed with a lock when the way is closed until something happens)
 * and per answer that leads on (dotted, with a question mark). Each is named for screen readers:
 * "Closed way from the hall to the garden". An arrow that looks as before is reused as it is, and
 * when no arrow changed the previous list itself is returned (xyflow then redoes none of its lookups).
 */
export function sceneEdges(story: Story, previous: readonly WayEdge[]): WayEdge[] {
  const lang = story.meta.defaultLanguage;
  const titles = new Map(story.scenes.map((s) => [s.id, localize(s.title, lang) || t('editor.scene.untitled')]));
  const before = new Map(previous.map((e) => [e.id, e]));
  const edges: WayEdge[] = [];
  const add = (id: string, source: string, target: string, kind: WayKind, ariaLabel: string) => {
    const next: WayEdge = {
      id,
      source,
      target,
      type: 'way',
      data: { kind },
      ariaLabel,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: `scene-edge is-${kind}`,
      // Arrows are not clicked (links are edited in the inspector): no wide invisible hit paths.
      interactionWidth: 0,
    };
    const old = before.get(id);
    edges.push(old && sameEdge(old, next) ? old : next);
  };
  for (const s of story.scenes) {
    const from = titles.get(s.id)!;
    for (const h of s.hotspots) {
      const a = h.action;
      if (a.type === 'goto' && titles.has(a.sceneId)) {
        const words = { from, to: titles.get(a.sceneId)! };
        add(h.id, s.id, a.sceneId, a.closed ? 'closed' : 'open', a.closed ? t('map.way.closed', words) : t('map.way.open', words));
      } else if (a.type === 'question') {
        const question = localize(a.prompt, lang) || localize(h.label, lang) || t('checkpoint.untitledQuestion');
        for (const answer of a.answers) {
          if (!answer.goto || !titles.has(answer.goto)) continue;
          const words = { from, to: titles.get(answer.goto)!, question, answer: localize(answer.text, lang) || '…' };
          add(`${h.id}~${answer.id}`, s.id, answer.goto, 'answer', t('map.way.answer', words));
        }
      }
    }
  }
  return sameItems(edges, previous) ? (previous as WayEdge[]) : edges;
}
