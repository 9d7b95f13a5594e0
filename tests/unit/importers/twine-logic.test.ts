import { describe, expect, it } from 'vitest';
import { gotos, importOk, infos, scene, textFile } from './helpers.ts';
import { createPlayerEngine } from '../../../src/player/engine/engine.ts';
import { reachableScenes } from '../../../src/story/graph/reach.ts';
import { plainText } from '../../../src/story/io/importers/twine-text.ts';
import { parseChanges, parseCondition } from '../../../src/story/io/importers/twine-expr.ts';
import type { ImportResult } from '../../../src/story/io/importers/index.ts';

const twee = (passages: Record<string, string>, start = 'Start') =>
  importOk([textFile('s.twee', `:: StoryTitle\nT\n\n:: StoryData\n{"start":"${start}"}\n\n${Object.entries(passages).map(([n, t]) => `:: ${n}\n${t}\n`).join('\n')}`)])[0]!;

/** Plays the imported story: chooses hotspots by label, as a reader would. */
function play(r: ImportResult) {
  const engine = createPlayerEngine(r.story);
  engine.start();
  const visible = () => engine.getState().visibleHotspots;
  return {
    engine,
    at: () => engine.getState().sceneId,
    labels: () => visible().filter((h) => h.action.type === 'goto').map((h) => h.label.en),
    text: () => visible().flatMap((h) => (h.action.type === 'info' && h.label.en === engine.getState().scene?.title.en ? [h.action.text.en] : [])),
    choose(label: string) {
      const h = visible().find((x) => x.label.en === label);
      if (!h) throw new Error(`no “${label}” in ${this.at()}: ${visible().map((x) => x.label.en).join(', ')}`);
      engine.choose(h.id);
      engine.closePanel();
    },
  };
}

describe('Harlowe links in hooks become go-to hotspots', () => {
  const r = twee({
    Start: 'You wake.\n(link: "Get up")[(set: $up to true)(go-to: "Hall")]\n(link-goto: "Sleep", "Bed")\n(click-goto: "the door", "Door")',
    Hall: '(if: $up)[(go-to: "Door")]',
    Bed: 'Zzz. (link: "Look around")[A quiet room. (link-goto: "Wake", "Start")]',
    Door: 'The end.',
  });
  it('keeps every passage reachable and ends only where the story ends', () => {
    expect(gotos(r, 'Start').map((g) => [g.label, g.target])).toEqual([['Get up', 'Hall'], ['Sleep', 'Bed'], ['the door', 'Door']]);
    expect(reachableScenes(r.story).size).toBe(4);
    expect(r.story.scenes.filter((s) => s.ending).map((s) => s.id)).toEqual(['Door']);
  });
  it('turns what a link sets into effects, a go-to inside (if:) into a conditioned link, and revealed text into an information point', () => {
    const up = scene(r, 'Start').hotspots.find((h) => h.label.en === 'Get up')!;
    expect(up.effects).toEqual([{ variable: 'up', op: 'set', value: true }]);
    expect(r.story.variables).toEqual([{ id: 'up', name: 'up', initial: false }]);
    expect(scene(r, 'Hall').hotspots.find((h) => h.action.type === 'goto')!.conditions).toEqual([{ variable: 'up', op: 'eq', value: true }]);
    expect(r.report.notes.some((n) => n.code === 'twine.goto-choice' && n.scene === 'Hall')).toBe(true);
    const look = infos(r, 'Bed').find((h) => h.label.en === 'Look around')!;
    expect(look.action).toMatchObject({ type: 'info', text: { en: 'A quiet room. Wake' } });
    expect(gotos(r, 'Bed').map((g) => g.target)).toEqual(['Start']);
  });
  it('plays in the player: the link sets the variable and the conditioned link shows', () => {
    const p = play(r);
    p.choose('Get up');
    expect(p.at()).toBe('Hall');
    expect(p.engine.getState().variables).toEqual({ up: true });
    expect(p.labels()).toEqual(['Door']);
  });
});

describe('SugarCube links, gotos, setters and StoryInit', () => {
  const r = twee({
    StoryInit: '<<set $gold to 5>><<set $name to "Kit">>',
    Start: '<<link "Buy bread" "Shop">><<set $gold -= 2>><</link>> <<link [[Sneak|Back]]>><<set $sneaky to true>><</link>>\n[[Rest|Inn][$gold to 0]]',
    Shop: '<<if $gold gte 3>>You can buy more.<<elseif $gold is 0>>You are broke.<<else>>Almost broke.<</if>>\n[[Back]]',
    Back: '<<if $sneaky>>[[Hide|Inn]]<</if>><<goto "Start">>',
    Inn: 'Sleep well.',
  });
  it('reads every link form and the first values from StoryInit', () => {
    expect(gotos(r, 'Start').map((g) => [g.label, g.target])).toEqual([['Buy bread', 'Shop'], ['Sneak', 'Back'], ['Rest', 'Inn']]);
    expect(r.story.variables.map((v) => [v.name, v.initial])).toEqual([['gold', 5], ['name', 'Kit'], ['sneaky', false]]);
    expect(scene(r, 'Start').hotspots.find((h) => h.label.en === 'Rest')!.effects).toEqual([{ variable: 'gold', op: 'set', value: 0 }]);
    expect(r.report.notes.some((n) => n.code === 'twine.special-passage')).toBe(false);
  });
  it('shows the text of one branch of <<if>> at a time, never all of them in one paragraph', () => {
    const p = play(r);
    p.choose('Buy bread');
    expect(p.text()).toEqual(['You can buy more.']);
    p.choose('Back');
    p.choose('Start');
    p.choose('Buy bread');
    expect(p.text()).toEqual(['Almost broke.']);
    const all = infos(r, 'Shop').map((h) => h.action.type === 'info' && h.action.text.en);
    expect(all).toEqual(['You can buy more.', 'You are broke.', 'Almost broke.']);
  });
});

describe('variables: exact where the story model can say it, named in the report where not', () => {
  const r = twee({
    Start: '(set: $score to 0)(set: $mood to "calm")Hello.\n[[Fight]] [[Talk]]',
    Fight: '(set: $score to it + 10)(set: $luck to (random: 1, 6))You fight.\n(if: $score >= 10 and $mood is "calm")[You win.](else:)[You lose.]\n[[Start]]',
    Talk: '(put: "angry" into $mood)(if: $luck > 3)[Lucky!]\n(unless: $mood is "calm")[[[Fight]]]',
  });
  it('puts a passage’s changes on every link into it, and the start passage’s into the first values', () => {
    const fight = scene(r, 'Start').hotspots.find((h) => h.label.en === 'Fight')!;
    expect(fight.effects).toEqual([{ variable: 'score', op: 'add', value: 10 }]);
    expect(r.story.variables.find((v) => v.name === 'mood')).toMatchObject({ initial: 'calm' });
    const back = scene(r, 'Fight').hotspots.find((h) => h.label.en === 'Start')!;
    expect(back.effects).toEqual([{ variable: 'score', op: 'set', value: 0 }, { variable: 'mood', op: 'set', value: 'calm' }]);
    expect(scene(r, 'Talk').hotspots.find((h) => h.label.en === 'Fight')!.conditions).toEqual([{ variable: 'mood', op: 'ne', value: 'calm' }]);
  });
  it('splits "and" under (else:) into alternatives that never hold together', () => {
    const texts = infos(r, 'Fight').map((h) => [h.action.type === 'info' && h.action.text.en, h.conditions]);
    expect(texts).toEqual([
      ['You fight.\nYou win.', [{ variable: 'score', op: 'gte', value: 10 }, { variable: 'mood', op: 'eq', value: 'calm' }]],
      ['You fight.\nYou lose.', [{ variable: 'score', op: 'lt', value: 10 }]],
      ['You fight.\nYou lose.', [{ variable: 'score', op: 'gte', value: 10 }, { variable: 'mood', op: 'ne', value: 'calm' }]],
    ]);
  });
  it('names each variable and passage it could not bring across', () => {
    const left = r.report.notes.filter((n) => n.code === 'twine.variables-left-out').map((n) => [n.scene, n.params.variables]);
    expect(left).toEqual([['Fight', '$luck'], ['Talk', '$luck']]);
    expect(r.story.variables.map((v) => v.name)).not.toContain('luck');
  });
  it('plays: the score rises on the way in and the right ending text shows', () => {
    const p = play(r);
    p.choose('Fight');
    expect(p.engine.getState().variables).toMatchObject({ score: 10, mood: 'calm' });
    expect(p.text()).toEqual(['You fight.\nYou win.']);
    p.choose('Start');
    p.choose('Talk');
    expect(p.labels()).toEqual(['Fight']);
    p.choose('Fight');
    expect(p.text()).toEqual(['You fight.\nYou lose.']);
  });
});

describe('Twine expressions and markup', () => {
  it('understands simple comparisons, Harlowe’s shortened "or", and changes; refuses the rest', () => {
    expect(parseCondition('$a is 1 or 2')).toEqual({ ok: true, value: { k: 'or', a: { k: 'cmp', v: 'a', op: 'eq', value: 1 }, b: { k: 'cmp', v: 'a', op: 'eq', value: 2 } } });
    expect(parseCondition('5 < $b')).toEqual({ ok: true, value: { k: 'cmp', v: 'b', op: 'gt', value: 5 } });
    expect(parseCondition('$a is not "x"')).toMatchObject({ ok: true, value: { op: 'ne', value: 'x' } });
    expect(parseCondition('$inv contains "key"')).toEqual({ ok: false, variables: ['inv'] });
    expect(parseChanges('$a to 1, $b to it - 2, $c to not $c')).toEqual({ ok: true, value: [{ v: 'a', op: 'set', value: 1 }, { v: 'b', op: 'add', value: -2 }, { v: 'c', op: 'toggle' }] });
    expect(parseChanges('$n++; $m += 3')).toEqual({ ok: true, value: [{ v: 'n', op: 'add', value: 1 }, { v: 'm', op: 'add', value: 3 }] });
    expect(parseChanges('$a to $b')).toEqual({ ok: false, variables: ['a', 'b'] });
  });
  it('turns markup into plain text, without stray characters', () => {
    expect(plainText("''Bold'' and **strong**, //italic// at http://x.org, ^^up^^ ~~gone~~<br>[hook text] |h>[named]")).toBe('Bold and strong, italic at http://x.org, up gone\nhook text named');
    expect(plainText('# Title\nA *word* here.\n> \u0001Go on\u0001\n<br>\nSay \u0001hi\u0001 now.')).toBe('Title\nA word here.\n\nSay hi now.');
  });
});
