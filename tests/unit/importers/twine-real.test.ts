import { describe, expect, it } from 'vitest';
import { gotos, importOk, infos, real, scene } from './helpers.ts';
import { reachableScenes } from '../../../src/story/graph/reach.ts';
import { reportText } from '../../../src/story/io/importers/index.ts';

/** Real Harlowe and SugarCube stories with variables (the Twine Cookbook, CC BY-SA 4.0; tests/fixtures/real/SOURCES.md). */
const story = (file: string) => importOk([real(`twine/${file}`)])[0]!;
const endings = (r: ReturnType<typeof story>) => r.story.scenes.filter((s) => s.ending).map((s) => s.id);

describe('the Cookbook’s "lock and key" in Harlowe and in SugarCube', () => {
  for (const format of ['harlowe', 'sugarcube']) {
    it(`${format}: the key opens the door, every passage is reachable, only the exit ends`, () => {
      const r = story(`cookbook-${format}_lockandkey_variable.twee`);
      expect(r.story.scenes.map((s) => s.id).sort()).toEqual(['Back-Room', 'Exit', 'Front-Room', 'Start']);
      expect(reachableScenes(r.story).size).toBe(4);
      expect(endings(r)).toEqual(['Exit']);
      expect(r.story.variables).toEqual([{ id: 'key', name: 'key', initial: false }]);
      const exit = scene(r, 'Front-Room').hotspots.find((h) => h.action.type === 'goto' && h.action.sceneId === 'Exit')!;
      expect(exit.conditions).toEqual([{ variable: 'key', op: 'eq', value: true }]);
      const pick = infos(r, 'Back-Room').find((h) => h.effects)!;
      expect(pick.effects).toEqual([{ variable: 'key', op: 'set', value: true }]);
      expect(pick.conditions).toEqual([{ variable: 'key', op: 'eq', value: false }]);
      expect(reportText(r)).not.toMatch(/macro/i);
    });
  }
});

describe('the Cookbook’s "space exploration": passages shown inside others, and endings reached by (go-to:)', () => {
  for (const format of ['harlowe', 'sugarcube']) {
    it(`${format}: the HUD and system passages become part of the scenes; the three endings are reachable`, () => {
      const r = story(`cookbook-${format}_space_exploration.twee`);
      expect(reachableScenes(r.story).size).toBe(r.story.scenes.length);
      expect(endings(r).sort()).toEqual(['Destroyed', 'Lost-in-space', 'Safe']);
      expect(r.report.notes.find((n) => n.code === 'twine.included-passages')!.params.passages).toMatch(/“HUD”/);
      expect(gotos(r, 'Explore-Space-1').map((g) => g.target)).toContain('Explore-Space-2');
      expect(r.story.variables.map((v) => v.name)).toEqual(expect.arrayContaining(['health', 'fuel']));
      const left = r.report.notes.filter((n) => n.code === 'twine.variables-left-out').map((n) => n.params.variables);
      expect(left.join(' ')).toMatch(/\$system/);
      expect(reportText(r)).not.toMatch(/\/scenes\/|hotspots\/\d/);
    });
  }
});
