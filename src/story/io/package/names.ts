/**
 * Which names a package may hold. Anything else is refused: a name is checked before a single byte
 * of its file is unpacked, and no name from a zip is ever used as a path on disk as it is.
 */
import { say, type Phrase } from '../../phrase.ts';
import { packagePhrase } from './messages.ts';
import { PACKAGE_ENGLISH } from './words.ts';

export type ArchiveLayout = 'package' | 'backup';

export type EntryClass =
  | { type: 'manifest' }
  | { type: 'story'; storyId: string | null }
  | { type: 'asset'; id: string; ext: string }
  | { type: 'folder' }
  | { type: 'junk' }
  | { type: 'unsafe'; why: Phrase }
  | { type: 'unexpected'; storyInFolder: boolean };

/** Why a name is dangerous, as a phrase, or null when it is not. */
export function unsafeReason(name: string): Phrase | null {
  if (name.length === 0) return packagePhrase('package.name.empty');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return packagePhrase('package.name.control');
  if (name.includes('\\')) return packagePhrase('package.name.backslash');
  if (name.startsWith('/')) return packagePhrase('package.name.absolute');
  if (/^[A-Za-z]:/.test(name)) return packagePhrase('package.name.drive', { drive: name.slice(0, 2) });
  if (name.split('/').some((s) => s === '..')) return packagePhrase('package.name.climbs');
  return null;
}

/** Why a name is dangerous, in English words, or null when it is not. */
export function unsafeName(name: string): string | null {
  const why = unsafeReason(name);
  return why && (say(why, PACKAGE_ENGLISH) ?? why.key);
}

const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._)/;
const ASSET = /^assets\/([0-9a-fA-F]{64})\.([A-Za-z0-9]{1,8})$/;
const STORY_FILE = /^stories\/([A-Za-z0-9_-]{1,64})\.json$/;

export function classifyEntry(name: string, layout: ArchiveLayout): EntryClass {
  const why = unsafeReason(name);
  if (why) return { type: 'unsafe', why };
  if (JUNK.test(name)) return { type: 'junk' };
  if (name === 'manifest.json') return { type: 'manifest' };
  if (name === 'assets/') return { type: 'folder' };
  const a = ASSET.exec(name);
  if (a) return { type: 'asset', id: a[1]!.toLowerCase(), ext: a[2]!.toLowerCase() };
  if (layout === 'package') {
    if (name === 'story.json') return { type: 'story', storyId: null };
  } else {
    if (name === 'stories/') return { type: 'folder' };
    const s = STORY_FILE.exec(name);
    if (s) return { type: 'story', storyId: s[1]! };
  }
  return { type: 'unexpected', storyInFolder: layout === 'package' && /^[^/]+\/story\.json$/.test(name) };
}

/** Does this name belong to the other layout (a backup opened as a package, or the reverse)? */
export function belongsToOther(name: string, layout: ArchiveLayout): boolean {
  return layout === 'package' ? STORY_FILE.test(name) : name === 'story.json';
}
