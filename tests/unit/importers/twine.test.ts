import { describe, expect, it } from 'vitest';
import { gotos, importOk, infos, real, scene, textFile } from './helpers.ts';
import { splitLink } from '../../../src/story/io/importers/twine-text.ts';

describe('Twine 2 archive with two stories (real file)', () => {
  const results = importOk([real('twine/extwee-archive-test1.html')]);
  it('gives one story per <tw-storydata>, with the start passage and map positions', () => {
    expect(results.map((r) => r.story.meta.title.en)).toEqual(['Untitled Story 6', 'Untitled Story']);
    expect(results.map((r) => r.report.scenes)).toEqual([2, 1]);
    const [first] = results;
    expect(first!.story.scenes.map((s) => s.id)).toEqual(['Untitled-Passage', 'Untitled-Passage-1']);
    expect(first!.story.startSceneId).toBe('Untitled-Passage');
    expect(first!.story.scenes.map((s) => s.title.en)).toEqual(['Untitled Passage', 'Untitled Passage 1']);
    const [a, b] = first!.story.scenes;
    expect(b!.map!.x - a!.map!.x).toBeGreaterThan(0);
    expect(b!.map!.y).toBe(a!.map!.y);
  });
});

describe('Twee 3 story (real file) whose links point to "start" while the passage is "Start"', () => {
  const [r] = importOk([real('twine/kulla-example.twee')]);
  const result = r!;
  it('keeps every passage as a scene with a placeholder to replace and its text as an info hotspot', () => {
    expect(result.story.meta.title.en).toBe('Twine to GitHub Pages Example');
    expect(result.story.scenes).toHaveLength(8);
    expect(result.report).toMatchObject({ format: 'twee', scenes: 8, placeholders: 8, infos: 8 });
    expect(result.story.startSceneId).toBe('Start');
    const [text] = infos(result, 'Start');
    expect(text!.action.type === 'info' && text!.action.text.en).toMatch(/^Once upon a time.*Sir Lancelot/s);
  });
  it('links by id, spread across the view', () => {
    expect(gotos(result, 'Start').map((g) => [g.target, g.label])).toEqual([
      ['accept_quest', 'Accept the quest'],
      ['decline_quest', 'Decline the quest'],
    ]);
    const [a, b] = gotos(result, 'Start');
    expect(a!.yaw).toBeLessThan(0);
    expect(b!.yaw).toBeGreaterThan(0);
    expect(gotos(result, 'accept_quest').map((g) => g.target)).toEqual(['adventure']);
    expect(result.report.links).toBe(4);
  });
  it('reports each link to "start" as dangling, and suggests "Start"', () => {
    const dangling = result.report.notes.filter((n) => n.kind === 'dropped' && n.message.includes('“start”'));
    expect(dangling.map((n) => n.scene)).toEqual(['lancelot', 'kingdom', 'defend', 'decline_quest']);
    expect(dangling[0]!.message).toMatch(/did you mean “Start”/);
    expect(gotos(result, 'lancelot')).toEqual([]);
  });
  it('marks passages without links as endings and keeps markdown-style text as text', () => {
    expect(scene(result, 'end').ending).toBeDefined();
    expect(scene(result, 'Start').ending).toBeUndefined();
    expect(result.report.notes.some((n) => n.scene === 'Start' && /\[text\]\(target\)/.test(n.message))).toBe(true);
  });
});

describe('Twine link and macro syntax', () => {
  it('reads every link form the way Twine does', () => {
    expect(splitLink('Go|there')).toEqual({ label: 'Go', target: 'there' });
    expect(splitLink('Go->there')).toEqual({ label: 'Go', target: 'there' });
    expect(splitLink('a->b->c')).toEqual({ label: 'a->b', target: 'c' });
    expect(splitLink('there<-Go')).toEqual({ label: 'Go', target: 'there' });
    expect(splitLink('there')).toEqual({ label: 'there', target: 'there' });
    expect(splitLink('Go|there][$x to 1')).toEqual({ label: 'Go', target: 'there' });
  });
  it('reads Harlowe link-goto, counts the code it cannot bring across and keeps the readable text', () => {
    const [r] = importOk([textFile('s.twee', ':: Start\n(set: $a to 1)Hello (if: $a is 1)[friend]! (link-goto: "Leave", "Outside") (print: $a)<<set $b to 2>>(link-goto: "Home")\n\n:: Outside\nOut\n\n:: Home\nIn')]);
    expect(gotos(r!, 'Start').map((g) => [g.label, g.target])).toEqual([['Leave', 'Outside'], ['Home', 'Home']]);
    expect(r!.report.notes.find((n) => n.scene === 'Start' && n.code === 'twine.macro-dropped')).toBeDefined();
    expect(infos(r!, 'Start').map((h) => h.action.type === 'info' && h.action.text.en)).toEqual(['Hello friend! Leave Home', 'Hello ! Leave Home']);
  });
  it('keeps positions from Twee metadata, tags, and StoryData start', () => {
    const src = ':: StoryTitle\nT\n\n:: StoryData\n{"ifid":"X","start":"Two"}\n\n:: One [a b] {"position":"100,200"}\n[[Two]]\n\n:: Two {"position":"300,200"}\n[[back->One]]\n\n:: Styles [stylesheet]\nbody{}\n';
    const [r] = importOk([textFile('s.twee', src)]);
    expect(r!.story.startSceneId).toBe('Two');
    expect(r!.story.scenes.map((s) => s.id)).toEqual(['One', 'Two']);
    expect(scene(r!, 'Two').map!.x).toBeGreaterThan(scene(r!, 'One').map!.x);
    expect(r!.report.notes.some((n) => n.kind === 'dropped' && /Styles/.test(n.message))).toBe(true);
  });
});

describe('Twine 2 published HTML', () => {
  it('reads entities, Harlowe links and the start node, and reports the story code it cannot run', () => {
    const html = `<html><body><tw-storydata name="Tom &amp; Jo" startnode="2" format="Harlowe" format-version="3.3.8">
<style role="stylesheet" id="twine-user-stylesheet" type="text/twine-css">body { color: red }</style>
<script role="script" id="twine-user-script" type="text/twine-javascript">alert(1)</script>
<tw-passagedata pid="1" name="Shop" tags="" position="100,100">It&#39;s shut &amp; dark. <b>Bye</b> (link-goto: "Go home", "Home")</tw-passagedata>
<tw-passagedata pid="2" name="Home" tags="" position="300,100">Home. [[Shop]] [[Away-&gt;Nowhere]]</tw-passagedata>
</tw-storydata></body></html>`;
    const [r] = importOk([textFile('story.html', html)]);
    expect(r!.story.meta.title.en).toBe('Tom & Jo');
    expect(r!.story.startSceneId).toBe('Home');
    expect(gotos(r!, 'Shop')).toMatchObject([{ target: 'Home', label: 'Go home' }]);
    expect(gotos(r!, 'Home')).toMatchObject([{ target: 'Shop', label: 'Shop' }]);
    expect(infos(r!, 'Shop')[0]!.action).toMatchObject({ text: { en: "It's shut & dark. Bye Go home" } });
    const dropped = r!.report.notes.filter((n) => n.kind === 'dropped').map((n) => n.message);
    expect(dropped.some((m) => /Story JavaScript/.test(m))).toBe(true);
    expect(dropped.some((m) => /Story Stylesheet/.test(m))).toBe(true);
    expect(dropped.some((m) => /“Nowhere”/.test(m))).toBe(true);
  });
});
