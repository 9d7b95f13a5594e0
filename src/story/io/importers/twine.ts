import { StoryBuilder, idMaker } from './builder.ts';
import { readPassage } from './twine-text.ts';
import type { TwineStory } from './twine-parse.ts';
import type { ImportFormat, ImportOptions, ImportResult } from './types.ts';

/** Passages that are code or page furniture in Harlowe and SugarCube, not places. */
const SPECIAL_NAMES = new Set(['StoryInit', 'StoryCaption', 'StoryMenu', 'StoryBanner', 'StorySubtitle', 'StoryAuthor', 'StoryShare', 'PassageHeader', 'PassageFooter', 'PassageReady', 'PassageDone', 'StoryInterface']);
const SPECIAL_TAGS = new Set(['script', 'stylesheet', 'widget', 'header', 'footer', 'startup', 'debug-header', 'debug-footer', 'debug-startup', 'Twine.private']);

/** Links are spread evenly across the view, 35° apart (closer when there are many). */
export function linkYaw(index: number, count: number): number {
  const spacing = count <= 1 ? 0 : Math.min(35, 330 / count);
  return (index - (count - 1) / 2) * spacing;
}

/**
 * Each passage becomes a scene with a "your 360° photo goes here" picture, its text as an info
 * hotspot and its links as go-to hotspots. Names are case-sensitive, as in Twine.
 */
export function importTwineStory(tw: TwineStory, format: ImportFormat, source: string, options: ImportOptions): ImportResult {
  const b = new StoryBuilder(format, source, options);
  b.title = tw.name;
  const places = tw.passages.filter((p) => {
    const special = SPECIAL_NAMES.has(p.name) || p.tags.some((t) => SPECIAL_TAGS.has(t));
    if (special) b.note('dropped', 'twine.special-passage', { passage: p.name });
    return !special && p.name !== '';
  });
  if (tw.code?.script) b.note('dropped', 'twine.story-script');
  if (tw.code?.style) b.note('dropped', 'twine.story-style');
  const makeId = idMaker();
  const ids = new Map<string, string>();
  for (const p of places) if (!ids.has(p.name)) ids.set(p.name, makeId(p.name));
  const lowerNames = new Map(places.map((p) => [p.name.toLowerCase(), p.name]));
  let macroPassages = 0;
  let endings = 0;
  const mapScale = 1.5;

  places.forEach((p, n) => {
    const read = readPassage(p.text);
    const scene = b.addScene({
      id: ids.get(p.name)!,
      title: p.name,
      panorama: b.placeholder(),
      ...(p.position ? { map: { x: p.position.x * mapScale, y: p.position.y * mapScale } } : { map: { x: (n % 5) * 260, y: Math.floor(n / 5) * 200 } }),
    });
    if (read.text) b.info(scene, 0, 15, { label: p.name, title: p.name, body: read.text });
    const kept = read.links.filter((l) => {
      if (ids.has(l.target)) return true;
      const near = lowerNames.get(l.target.toLowerCase());
      const params = { label: l.label, target: l.target };
      if (near) b.note('dropped', 'twine.link-missing-near', { ...params, near }, p.name);
      else b.note('dropped', 'twine.link-missing', params, p.name);
      return false;
    });
    kept.forEach((l, i) => b.link(scene, linkYaw(i, kept.length), -10, l.label, ids.get(l.target)!));
    if (read.macros > 0) {
      macroPassages++;
      b.note('dropped', read.macros === 1 ? 'twine.macro-dropped' : 'twine.macros-dropped', { count: read.macros }, p.name);
    }
    if (read.markdownLinks.length > 0) {
      const one = read.markdownLinks.length === 1;
      b.note('info', one ? 'twine.markdown-link' : 'twine.markdown-links', { text: one ? read.markdownLinks[0]! : read.markdownLinks.map((l) => `“${l}”`).join(', ') }, p.name);
    }
    if (read.links.length === 0) {
      scene.ending = { text: {} };
      endings++;
    }
  });
  if (places.length > 0) b.note('approximated', 'twine.placeholders');
  if (endings > 0) b.note('info', endings === 1 ? 'twine.ending' : 'twine.endings', { count: endings });
  if (macroPassages > 0) b.note('info', 'twine.macros-info');
  const start = tw.start !== null && ids.has(tw.start) ? tw.start : places.find((p) => p.name === 'Start')?.name ?? places[0]?.name;
  if (tw.start === null && start) b.note('info', 'twine.no-start', { start });
  else if (tw.start !== null && start !== tw.start) b.note('approximated', 'twine.start-missing', { wanted: tw.start, start: start ?? '' });
  b.startSceneId = start === undefined ? null : ids.get(start)!;
  return b.finish();
}
