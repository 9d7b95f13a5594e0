/**
 * Which names a package may hold. Anything else is refused: a name is checked before a single byte
 * of its file is unpacked, and no name from a zip is ever used as a path on disk as it is.
 */
export type ArchiveLayout = 'package' | 'backup';

export type EntryClass =
  | { type: 'manifest' }
  | { type: 'story'; storyId: string | null }
  | { type: 'asset'; id: string; ext: string }
  | { type: 'folder' }
  | { type: 'junk' }
  | { type: 'unsafe'; why: string }
  | { type: 'unexpected'; storyInFolder: boolean };

/** Why a name is dangerous, in words, or null when it is not. */
export function unsafeName(name: string): string | null {
  if (name.length === 0) return 'has no name at all';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains hidden control characters';
  if (name.includes('\\')) return 'uses backslashes ("\\") as folder separators';
  if (name.startsWith('/')) return 'starts at the top of the disk (it begins with "/")';
  if (/^[A-Za-z]:/.test(name)) return `names a disk drive ("${name.slice(0, 2)}")`;
  if (name.split('/').some((s) => s === '..')) return 'climbs out of its folder with ".."';
  return null;
}

const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._)/;
const ASSET = /^assets\/([0-9a-fA-F]{64})\.([A-Za-z0-9]{1,8})$/;
const STORY_FILE = /^stories\/([A-Za-z0-9_-]{1,64})\.json$/;

export function classifyEntry(name: string, layout: ArchiveLayout): EntryClass {
  const why = unsafeName(name);
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
