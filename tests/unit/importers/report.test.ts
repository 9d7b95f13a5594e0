import { describe, expect, it } from 'vitest';
import { groupNotes, lineText, reportText, scenesText } from '../../../src/story/io/importers/report.ts';
import { noteText, type NoteCode, type NoteParams } from '../../../src/story/io/importers/notes.ts';
import type { ImportNote } from '../../../src/story/io/importers/types.ts';
import { importOk, textFile } from './helpers.ts';

const note = (code: NoteCode, params: NoteParams = {}, scene?: string): ImportNote => ({ kind: 'approximated', code, params, message: noteText(code, params), ...(scene ? { scene } : {}) });

describe('import reports people can read', () => {
  it('says a change that happened 63 times once, with the count and a few of the scenes', () => {
    const notes = Array.from({ length: 63 }, (_, i) => note('pannellum.link-target-view', { link: `Door ${i}` }, `Room ${i % 9}`));
    const lines = groupNotes(notes);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ code: 'pannellum.link-target-view.many', count: 63 });
    expect(lineText(lines[0]!)).toBe(`${noteText('pannellum.link-target-view.many', { count: 63 })} (in Room 0, Room 1, Room 2, Room 3 and 5 more scenes)`);
    expect(lineText(lines[0]!)).toMatch(/^63 links turned the view/);
  });

  it('keeps one line per different wording when a note has no counted form, naming its scenes', () => {
    const lines = groupNotes([note('pannellum.partial', {}, 'Hall'), note('pannellum.partial', {}, 'Yard'), note('pannellum.start-missing', { start: 'x' })]);
    expect(lines.map(lineText)).toEqual([`Hall, Yard: ${noteText('pannellum.partial')}`, noteText('pannellum.start-missing', { start: 'x' })]);
    expect(scenesText(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d and 2 more scenes');
  });

  it('prints no data paths or internal ids, and counts repeated checks instead of copying them', () => {
    const scenes = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`s${i}`, { title: `Room ${i}`, panorama: 'x.jpg', hotSpots: [{ type: 'scene', sceneId: `s${(i + 1) % 6}`, pitch: 0, yaw: 0, targetYaw: 10 }] }]));
    const [r] = importOk([textFile('tour.json', JSON.stringify({ default: { firstScene: 's0' }, scenes }))]);
    const text = reportText(r!);
    expect(text).not.toMatch(/\/scenes\/|\/hotspots\/|link-\d|s\d:/);
    expect(text).toMatch(/6 links turned the view to a set direction on arrival/);
    expect(text.match(/placeholder picture/g)!.length).toBeLessThan(4);
  });
});

describe('the language the person chooses after the import', () => {
  it('moves every text to that language and stops saying it was assumed', async () => {
    const { setImportLanguage } = await import('../../../src/story/io/importers/language.ts');
    const [r] = importOk([textFile('t.json', JSON.stringify({ default: { title: 'Tur' }, scenes: { a: { title: 'Hall', panorama: 'a.jpg', hotSpots: [{ type: 'info', text: '<h3>Om</h3><p>Tekst</p>' }, { type: 'scene', sceneId: 'b' }] }, b: { title: 'Tårn', panorama: 'b.jpg' } } }))]);
    expect(r!.report.language.from).toBe('assumed');
    const nb = setImportLanguage(r!, 'nb');
    expect(JSON.stringify(nb.story)).not.toMatch(/"en":/);
    expect(nb.story.meta).toMatchObject({ title: { nb: 'Tur' }, languages: ['nb'], defaultLanguage: 'nb' });
    expect(nb.story.scenes[0]!.hotspots.map((h) => h.label)).toEqual([{ nb: 'Om' }, { nb: 'Tårn' }]);
    expect(nb.report.language).toEqual({ tag: 'nb', from: 'person' });
    expect(nb.report.notes.some((n) => n.code === 'language.assumed')).toBe(false);
    expect(nb.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
