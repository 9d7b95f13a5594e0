import { describe, expect, it } from 'vitest';
import { NOTE_MESSAGES, noteText, type NoteCode } from '../../../src/story/io/importers/notes.ts';
import { CATALOGUES } from '../../../src/i18n/index.ts';
import { importOk, textFile } from './helpers.ts';

const codes = Object.keys(NOTE_MESSAGES) as NoteCode[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import report notes in the reader’s language', () => {
  it('every note code has an English, a Norwegian Bokmål and an Arabic message in src/i18n', () => {
    const missing = codes.flatMap((code) => (['en', 'nb', 'ar'] as const).filter((lang) => !CATALOGUES[lang][`import.note.${code}`]).map((lang) => `${lang}: import.note.${code}`));
    expect(missing).toEqual([]);
  });

  it('the app’s English is the CLI’s English, and Bokmål and Arabic keep every {parameter}', () => {
    for (const code of codes) {
      expect(CATALOGUES.en[`import.note.${code}`], code).toBe(NOTE_MESSAGES[code]);
      expect(placeholders(CATALOGUES.nb[`import.note.${code}`]!), code).toEqual(placeholders(NOTE_MESSAGES[code]));
      expect(placeholders(CATALOGUES.ar[`import.note.${code}`]!), code).toEqual(placeholders(NOTE_MESSAGES[code]));
    }
  });

  it('no import.note key in the catalogues is left over from a code that no longer exists', () => {
    const known = new Set(codes.map((c) => `import.note.${c}`));
    expect(Object.keys(CATALOGUES.en).filter((k) => k.startsWith('import.note.') && !known.has(k))).toEqual([]);
  });

  it('an importer’s note carries its code and parameters, and its message is the filled English', () => {
    const [r] = importOk([textFile('s.twee', ':: Start\n[[Go->Nowhere]] (print: $a)\n\n:: nowhere\nEnd')]);
    const link = r!.report.notes.find((n) => n.code === 'twine.link-missing-near')!;
    expect(link).toMatchObject({ kind: 'dropped', params: { label: 'Go', target: 'Nowhere', near: 'nowhere' }, scene: 'Start' });
    expect(link.message).toBe(noteText('twine.link-missing-near', link.params));
    expect(link.message).toContain('did you mean “nowhere”?');
    expect(r!.report.notes.find((n) => n.code === 'twine.macro-dropped')!.message).toMatch(/^A macro/);
  });
});
