import type { Scene } from '../../schema/scene.ts';
import type { Condition, Effect } from '../../schema/variable.ts';
import { StoryBuilder, idMaker } from './builder.ts';
import { parsePassage, type TwNode } from './twine-syntax.ts';
import { shapePassage, type PassageShape } from './twine-passage.ts';
import { TwineVariables, allChanges } from './twine-vars.ts';
import { parseChanges, type Change } from './twine-expr.ts';
import { MARKDOWN_LINK } from './twine-text.ts';
import type { TwinePassage, TwineStory } from './twine-parse.ts';
import type { ImportFormat, ImportOptions, ImportResult } from './types.ts';

/** Passages that are code or page furniture in Harlowe and SugarCube, not places. */
const SPECIAL_NAMES = new Set(['StoryInit', 'StoryCaption', 'StoryMenu', 'StoryBanner', 'StorySubtitle', 'StoryAuthor', 'StoryShare', 'PassageHeader', 'PassageFooter', 'PassageReady', 'PassageDone', 'StoryInterface']);
const SPECIAL_TAGS = new Set(['script', 'stylesheet', 'widget', 'header', 'footer', 'startup', 'debug-header', 'debug-footer', 'debug-startup', 'Twine.private']);
/** Passages whose changes give the story's variables their first values. */
const isStartup = (p: TwinePassage) => p.name === 'StoryInit' || p.tags.includes('startup');

/** Links are spread evenly across the view, 35° apart (closer when there are many). */
export function linkYaw(index: number, count: number): number {
  const spacing = count <= 1 ? 0 : Math.min(35, 330 / count);
  return (index - (count - 1) / 2) * spacing;
}

/**
 * Each passage becomes a scene with the shared "your 360° photo goes here" picture (the player draws
 * the passage's title on it), its text as information points and its links as go-to hotspots.
 * Variables, changes and conditions come across where Storyscape can say them exactly; the report
 * names the rest. Names are case-sensitive, as in Twine.
 */
export function importTwineStory(tw: TwineStory, format: ImportFormat, source: string, options: ImportOptions): ImportResult {
  const b = new StoryBuilder(format, source, options);
  b.title = tw.name;
  const startup = tw.passages.filter(isStartup);
  const places: TwinePassage[] = tw.passages.filter((p) => {
    const special = SPECIAL_NAMES.has(p.name) || p.tags.some((t) => SPECIAL_TAGS.has(t));
    if (special && !isStartup(p)) b.note('dropped', 'twine.special-passage', { passage: p.name });
    return !special && p.name !== '';
  });
  if (tw.code?.script) b.note('dropped', 'twine.story-script');
  if (tw.code?.style) b.note('dropped', 'twine.story-style');
  const makeId = idMaker();
  const ids = new Map<string, string>();
  for (const p of places) if (!ids.has(p.name)) ids.set(p.name, makeId(p.name));
  const lowerNames = new Map(places.map((p) => [p.name.toLowerCase(), p.name]));

  const parsed = new Map<string, TwNode[]>(tw.passages.map((p) => [p.name, parsePassage(p.text)]));
  const included = new Set<string>();
  const trees = new Map<TwinePassage, TwNode[]>([...startup, ...places].map((p) => [p, inline(parsed.get(p.name)!, parsed, included)]));
  const vars = new TwineVariables([...trees.values()].flatMap((t) => allChanges(t)));
  const shapes = new Map(places.map((p) => [p.name, shapePassage(trees.get(p)!, vars.get)]));
  // A passage only ever shown inside others ((display:), <<include>>) is part of them, not a place.
  const targets = new Set([...shapes.values()].flatMap((s) => s.exits.map((e) => e.target)));
  const startName = tw.start !== null && ids.has(tw.start) ? tw.start : places.find((p) => p.name === 'Start')?.name ?? places[0]?.name;
  const parts = places.filter((p) => included.has(p.name) && !targets.has(p.name) && p.name !== startName);
  for (const p of parts) {
    places.splice(places.indexOf(p), 1);
    ids.delete(p.name);
  }
  if (parts.length > 0) b.note('info', 'twine.included-passages', { passages: parts.map((p) => `“${p.name}”`).join(', ') });
  for (const p of startup) vars.start(startupChanges(trees.get(p)!, b, p.name));

  const start = tw.start !== null && ids.has(tw.start) ? tw.start : places.find((p) => p.name === 'Start')?.name ?? places[0]?.name;
  if (start !== undefined) vars.start(shapes.get(start)!.arrival);
  let endings = 0;
  let macroPassages = 0;
  const mapScale = 1.5;

  places.forEach((p, n) => {
    const shape = shapes.get(p.name)!;
    const scene = b.addScene({
      id: ids.get(p.name)!,
      title: p.name,
      panorama: b.placeholder(),
      ...(p.position ? { map: { x: p.position.x * mapScale, y: p.position.y * mapScale } } : { map: { x: (n % 5) * 260, y: Math.floor(n / 5) * 200 } }),
    });
    for (const t of shape.texts) for (const alt of t.guard) add(scene, alt, [], () => b.info(scene, 0, 15, { label: p.name, title: p.name, body: t.text }));
    shape.reveals.forEach((r, i) => {
      for (const alt of r.guard) add(scene, alt, vars.effects(r.changes), () => b.info(scene, linkYaw(i, shape.reveals.length), 35, { label: r.label, title: r.label, body: r.text }));
    });
    for (const e of shape.exits) {
      const target = ids.get(e.target);
      if (target === undefined) {
        const near = lowerNames.get(e.target.toLowerCase());
        const params = { label: e.label, target: e.target };
        if (near) b.note('dropped', 'twine.link-missing-near', { ...params, near }, p.name);
        else b.note('dropped', 'twine.link-missing', params, p.name);
        continue;
      }
      const effects = vars.effects([...e.changes, ...shapes.get(e.target)!.arrival]);
      for (const alt of e.guard) add(scene, alt, effects, () => b.link(scene, linkYaw(e.slot, shape.slots), -10, e.label, target));
    }
    passageNotes(b, p.name, shape, vars);
    const markdown = [...p.text.matchAll(MARKDOWN_LINK)].map((m) => m[1]!);
    if (markdown.length > 0) {
      const one = markdown.length === 1;
      b.note('info', one ? 'twine.markdown-link' : 'twine.markdown-links', { text: one ? markdown[0]! : markdown.map((l) => `“${l}”`).join(', ') }, p.name);
    }
    if (shape.macros > 0) macroPassages++;
    if (shape.exits.length === 0) {
      scene.ending = { text: {} };
      endings++;
    }
  });
  b.variables = vars.variables();
  if (places.length > 0) b.note('approximated', 'twine.placeholders');
  if (endings > 0) b.note('info', endings === 1 ? 'twine.ending' : 'twine.endings', { count: endings });
  const unset = b.variables.filter((v) => !vars.setAtStart.has(v.name)).map((v) => `$${v.name}`);
  if (unset.length > 0) b.note('info', 'twine.variables-unset', { variables: unset.join(', ') });
  if (vars.overLimit.size > 0) b.note('dropped', 'twine.variables-too-many', { variables: [...vars.overLimit].map((v) => `$${v}`).join(', ') });
  if (macroPassages > 0) b.note('info', 'twine.macros-info');
  if (tw.start === null && start) b.note('info', 'twine.no-start', { start });
  else if (tw.start !== null && start !== tw.start) b.note('approximated', 'twine.start-missing', { wanted: tw.start, start: start ?? '' });
  b.startSceneId = start === undefined ? null : ids.get(start)!;
  return b.finish();
}

/** Puts the passages a passage shows ((display:), <<include>>) in its place, up to 5 deep; the rest stays code. */
function inline(nodes: TwNode[], parsed: Map<string, TwNode[]>, included: Set<string>, depth = 0): TwNode[] {
  return nodes.flatMap((n): TwNode[] => {
    if (n.kind === 'include') {
      const inner = parsed.get(n.target);
      if (!inner || depth >= 5) return [{ kind: 'macro', name: 'display' }];
      included.add(n.target);
      return inline(inner, parsed, included, depth + 1);
    }
    if (n.kind === 'if') return [{ ...n, branches: n.branches.map((b) => ({ ...b, body: inline(b.body, parsed, included, depth) })) }];
    if ((n.kind === 'hook-link' || n.kind === 'macro') && n.body) return [{ ...n, body: inline(n.body, parsed, included, depth) }];
    return [n];
  });
}

/** Adds one hotspot (through `make`) and gives it the conditions and effects, when it was added. */
function add(scene: Scene, conditions: Condition[], effects: Effect[], make: () => void): void {
  const before = scene.hotspots.length;
  make();
  const h = scene.hotspots[before];
  if (!h) return;
  if (conditions.length > 0) h.conditions = conditions.slice(0, 50);
  if (effects.length > 0) h.effects = effects.slice(0, 50);
}

/** A startup passage's changes (outside conditions); anything else in it is reported. */
function startupChanges(tree: TwNode[], b: StoryBuilder, name: string): Change[] {
  const out: Change[] = [];
  let other = false;
  for (const n of tree) {
    if (n.kind === 'set') {
      const c = parseChanges(n.code, n.put);
      if (c.ok) out.push(...c.value);
      else other = true;
    } else if (n.kind !== 'text' || n.text.trim()) other = true;
  }
  if (other) b.note('dropped', 'twine.special-passage', { passage: name });
  return out;
}

const names = (set: Set<string>) => [...set].map((v) => `$${v}`).join(', ');

function passageNotes(b: StoryBuilder, passage: string, shape: PassageShape, vars: TwineVariables): void {
  if (shape.leftOut.size > 0) b.note('dropped', 'twine.variables-left-out', { variables: names(shape.leftOut) }, passage);
  const early = new Set([...shape.readBeforeSet].filter((v) => vars.get(v)));
  if (early.size > 0) b.note('approximated', 'twine.set-after-read', { variables: names(early) }, passage);
  if (shape.unknownConditions > 0) b.note('approximated', 'twine.condition-kept-all', {}, passage);
  if (shape.exits.some((e) => e.auto)) b.note('approximated', 'twine.goto-choice', {}, passage);
  if (shape.macros > 0) b.note('dropped', shape.macros === 1 ? 'twine.macro-dropped' : 'twine.macros-dropped', { count: shape.macros }, passage);
}
