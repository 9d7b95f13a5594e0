import { englishWording, phrased, type Phrase, type PhraseParams } from '../../phrase.ts';

/**
 * Why an import could not go on, in English: one template per wording (the notes of an import that
 * worked are in notes.ts). Other languages word the same keys in src/i18n/problems/ (`problem.<key>`).
 */
export const IMPORT_WORDS = {
  'import.no-files': 'No files were chosen.',
  'import.nothing-found':
    'Storyscape could not find a tour or story in {names}. It can bring in a Pannellum tour (.json), a Marzipano Tool export (data.js), a Photo Sphere Viewer tour (.json), a Twine 2 story (.html) or a Twee story (.twee).',
  'import.nothing-found.more':
    'Storyscape could not find a tour or story in {names} and the rest. It can bring in a Pannellum tour (.json), a Marzipano Tool export (data.js), a Photo Sphere Viewer tour (.json), a Twine 2 story (.html) or a Twee story (.twee).',
  'import.failed': 'Something went wrong while reading the files: {detail}',
  'import.twine-empty': 'The Twine file “{file}” has no passages in it.',
  'import.zip-too-big': 'The zip file “{file}” is too big to bring in (more than 1 GB or {max} files when unpacked).',
  'import.zip-damaged': 'The zip file “{file}” is damaged or not really a zip file.',
  'import.too-many-files': 'That is more than {max} files. Choose only the tour\'s folder.',
  'import.file-too-big': '“{file}” is {size} MB. A tour or story file should be much smaller than 20 MB, so this is probably not one.',
  'import.marzipano-no-scenes': 'This Marzipano file has no list of scenes in it.',
  'import.marzipano-not-data': 'This does not look like a Marzipano Tool data.js file: it should start with “var APP_DATA = {”.',
  'import.psv-no-places': 'This Photo Sphere Viewer file has no nodes (places) in it.',
  'import.tour-too-big': 'This tour has {count} scenes; Storyscape can open up to {max}. Split it into smaller tours first.',
  'import.tour-too-many-places': 'This tour has {count} places; Storyscape can open up to {max}. Split it into smaller tours first.',
  'import.twine-too-big': 'This story has more than {max} passages; Storyscape can open up to {max}.',
  'import.too-many-scenes': 'This has more than {max} scenes, which is more than Storyscape can open. Split it into smaller stories first.',
  'import.no-scenes': 'There are no scenes in this file, so there is nothing to bring in.',
  'import.placeholder-broken': 'The placeholder picture is missing or broken.',
  'import.story-broken': 'The imported story did not come out right: {detail}',
  'import.not-plain-data':
    'This file is not plain data ({what} on line {line}). Storyscape only reads data from it and never runs code, so it cannot use this file.',
  'import.code.unfinished-comment': 'an unfinished comment',
  'import.code.line-break': 'a line break inside a text',
  'import.code.broken-escape': 'a broken escape',
  'import.code.unfinished-text': 'an unfinished text',
  'import.code.not-a-name': '“{found}” where a name was expected',
  'import.code.too-deep': 'too many levels inside each other',
  'import.code.getter': 'a getter or setter',
  'import.code.method': 'a method or shorthand (“{name}”)',
  'import.code.missing-comma': 'a missing comma',
  'import.code.template-string': 'a template string',
  'import.code.not-a-number': 'a number that is not a real number',
  'import.code.early-end': 'the end of the file too early',
  'import.code.code': 'code (“{code}”)',
  'import.code.more-code': 'more code after the data (“{code}”)',
} as const;

export type ImportWord = keyof typeof IMPORT_WORDS;

const ENGLISH = englishWording(IMPORT_WORDS);

export const importPhrase = (key: ImportWord, params?: PhraseParams): Phrase => (params ? { key, params } : { key });

/** A human error: the import cannot go on. Its message is English; `phrase` says it in other languages. */
export class ImportError extends Error {
  readonly phrase: Phrase;
  constructor(key: ImportWord, params?: PhraseParams) {
    const words = phrased(ENGLISH, key, params);
    super(words.message);
    this.phrase = words.phrase;
  }
}

/** Something that was not an ImportError stopped the import (a bug, or the browser ran out of memory). */
export const importFailed = (detail: string) => phrased(ENGLISH, 'import.failed', { detail });
