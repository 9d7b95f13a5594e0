import { englishWording, phrased, type Phrase, type PhraseParams } from '../phrase.ts';

/**
 * What loading a story says, in English: reading the text (load.*), updating an older format
 * (load.*), what repair-on-load fixed (repair.*) and what the schema check found (schema.*).
 * Other languages word the same keys in src/i18n/problems/ (`problem.<key>`).
 */
export const LOAD_WORDS = {
  'load.too-large': 'This file is too big to be a story ({size} MB of text; stories are at most {limit} MB, with photos and sounds kept outside).',
  'load.file-too-large': 'This file is too big to be a story ({size} MB; stories are at most {limit} MB, with photos and sounds kept outside).',
  'load.not-text': 'This file is not text: it may be a picture, a zip or a damaged file. A story file is JSON text (UTF-8).',
  'load.too-deep': 'This file is nested far too deeply to be a story.',
  'load.empty': 'This file is empty. A story file holds text that starts with "{".',
  'load.broken': 'This is not a readable story file: the text is broken. It may have been cut off or edited by hand. Try the original file or a backup.',
  'load.broken-at':
    'This is not a readable story file: the text is broken at line {line}, column {column}. It may have been cut off or edited by hand. Try the original file or a backup.',
  'load.not-a-story': 'This is not a story: a story file holds a group of fields in { }, but this holds {value}.',
  'load.holds.list': 'a list',
  'load.holds.nothing': 'nothing',
  'load.holds.number': 'a number',
  'load.holds.string': 'a string',
  'load.holds.boolean': 'a boolean',
  'load.holds.other': 'a {type}',
  'load.migrated': 'This story was updated from format {from} to format {to}.',
  'load.crashed': 'Storyscape could not read this story ({detail}). Nothing was changed. Please report this.',
  'load.version-unknown':
    'This file does not say which Storyscape format it uses (its "schemaVersion" is missing or not a whole number), so it cannot be opened. Is it really a Storyscape story?',
  'load.version-future': 'This story was saved by a newer Storyscape (format {version}; this one reads up to format {supported}). Update Storyscape, then open it again. Nothing was changed.',
  'load.migration-missing': 'Storyscape does not know how to update a story from format {version}. Please report this.',
  'load.migration-failed': 'Updating this story from format {from} to {to} failed ({detail}). The file was not changed.',

  'repair.languages-missing': 'The story\'s list of languages was missing; set it to "{language}".',
  'repair.main-language-added': 'Added the default language "{language}" to the story\'s languages.',
  'repair.main-language-missing': 'The story\'s main language was missing; set it to "{language}".',
  'repair.text-language': 'Marked the text at {path} as "{language}".',
  'repair.angle': 'Changed {field} from {from} to {to} (it was outside the allowed range).',
  'repair.id-twice': 'An id was used twice ("{id}"); gave it the new id "{to}".',
  'repair.id-invalid': 'An id was missing or invalid; gave it the new id "{to}".',
  'repair.asset-id': 'Wrote an asset id in lower case.',
  'repair.start-renamed': 'The start scene\'s id changed from "{from}" to "{to}"; the start follows it.',
  'repair.link-renamed': 'A link to scene "{from}" now uses that scene\'s new id "{to}".',
  'repair.volume': 'Volume {from} is outside 0–1; set it to {to}.',
  'repair.caption-time': 'A caption ended before it started; made it last 2 seconds.',
  'repair.start': 'The story had no start scene; it now starts at the first scene ("{id}").',

  'schema.story': 'the story',
  'schema.path': '{head} › {rest}',
  'schema.path-field': '{field}',
  'schema.item': '{name} {number}',
  'schema.item-id': '{name} {number} ("{id}")',
  'schema.name.scenes': 'scene',
  'schema.name.hotspots': 'hotspot',
  'schema.name.assets': 'asset',
  'schema.name.beds': 'ambient sound',
  'schema.name.sources': 'positional sound',
  'schema.name.captions': 'caption',
  'schema.name.variables': 'variable',
  'schema.name.authors': 'author',
  'schema.name.conditions': 'condition',
  'schema.name.effects': 'effect',
  'schema.name.languages': 'language',
  'schema.value.missing': 'missing',
  'schema.value.null': 'empty (null)',
  'schema.value.list': 'a list',
  'schema.value.nan': 'not a number',
  'schema.value.number': 'the number {value}',
  'schema.value.long-text': 'a long piece of text',
  'schema.value.text': 'the text "{value}"',
  'schema.value.boolean': '"{value}"',
  'schema.value.other': 'a {type}',
  'schema.expected.string': 'text',
  'schema.expected.number': 'a number',
  'schema.expected.boolean': 'true or false',
  'schema.expected.object': 'a group of fields',
  'schema.expected.array': 'a list',
  'schema.expected.record': 'text in one or more languages, like {"en": "..."}',
  'schema.missing': '{^where} is missing. It should be {expected}.',
  'schema.wrong-type': '{^where} should be {expected}, but it is {value}.',
  'schema.too-few': '{^where} needs at least {minimum} item(s).',
  'schema.empty': '{^where} cannot be empty.',
  'schema.too-small': '{^where} is {value}, but it must be at least {minimum}.',
  'schema.too-many': '{^where} has too many items (at most {maximum}).',
  'schema.too-long': '{^where} is too long (at most {maximum} characters).',
  'schema.too-big': '{^where} is {value}, but it must be at most {maximum}.',
  'schema.not-one-of': '{^where} is {value}, but it must be one of: {values}.',
  'schema.unknown-shape': '{^where} is not in a shape Storyscape knows ({value}). Check its "type" or "op" field.',
  'schema.other': '{^where}: {detail}',
  'schema.detail.id': 'Ids may only use letters, digits, "-" and "_".',
  'schema.detail.asset-id': 'An asset id is the sha-256 of its bytes: 64 lower-case hex characters.',
  'schema.detail.language': 'A language is written as a code such as "en" or "nb".',
  'schema.detail.caption-end': 'A caption must end after it starts.',
} as const;

export type LoadWord = keyof typeof LOAD_WORDS;

export const LOAD_ENGLISH = englishWording(LOAD_WORDS);

/** A phrase of these (its key checked against the English words). */
export const loadPhrase = (key: LoadWord, params?: PhraseParams): Phrase => (params ? { key, params } : { key });

/** A loading problem's message and phrase (its key checked against the English words). */
export const loadWords = (key: LoadWord, params?: PhraseParams) => phrased(LOAD_ENGLISH, key, params);
