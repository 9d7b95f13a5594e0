import { englishWording } from '../../phrase.ts';
import { LOAD_WORDS } from '../load-words.ts';

/**
 * What reading and writing packages and backups say, in English (see messages.ts for when).
 * Other languages word the same keys in src/i18n/problems/ (`problem.<key>`).
 */
export const PACKAGE_WORDS = {
  'package.noun.package': 'story package',
  'package.noun.backup': 'Storyscape backup',
  'package.what.image': 'the picture "{name}"',
  'package.what.audio': 'the sound "{name}"',
  'package.what.file': 'the file "{name}"',
  'package.what.image-id': 'a picture ({id}…)',
  'package.what.audio-id': 'a sound ({id}…)',
  'package.what.file-id': 'a file ({id}…)',
  'package.what.video': 'the video "{name}"',
  'package.what.video-id': 'a video ({id}…)',
  'package.what.in-story': '{what} (story "{id}")',
  'package.declared.image': 'a {format} picture',
  'package.declared.audio': 'a {format} sound',
  'package.actual.image': 'a picture ({label})',
  'package.actual.audio': 'a sound ({label})',
  'package.in-file': 'In {entry}: {problem}',
  'package.in-story': 'In the story "{id}": {problem}',

  // why a zip or a file in it is damaged, or a name is dangerous
  'package.detail.no-directory': 'its table of contents, at the end of the file, is missing',
  'package.detail.split': 'it is one part of a zip split into several files',
  'package.detail.directory-broken': 'its table of contents is broken',
  'package.detail.directory-past-end': 'its table of contents points past the end of the file',
  'package.detail.directory-count': 'its table of contents does not add up',
  'package.detail.entry-misplaced': 'the file "{entry}" is not where the table of contents says',
  'package.detail.entry-renamed': 'the file "{entry}" has a different name inside the zip',
  'package.detail.entry-two-ways': 'the file "{entry}" is described in two different ways',
  'package.detail.sizes-differ': 'its sizes do not match',
  'package.detail.longer': 'it is longer than the zip says',
  'package.detail.shorter': 'it is shorter than the zip says',
  'package.detail.ends-early': 'the file ends too early',
  'package.detail.cannot-unpack': 'it cannot be unpacked',
  'package.detail.checksum': 'its checksum is wrong',
  'package.detail.not-json': 'it is not readable JSON',
  'package.detail.not-a-manifest': 'it does not say what it is',
  'package.detail.manifest-fields': 'some of its fields are wrong',
  'package.name.empty': 'has no name at all',
  'package.name.control': 'contains hidden control characters',
  'package.name.backslash': 'uses backslashes ("\\") as folder separators',
  'package.name.absolute': 'starts at the top of the disk (it begins with "/")',
  'package.name.drive': 'names a disk drive ("{drive}")',
  'package.name.climbs': 'climbs out of its folder with ".."',

  // reading
  'package.story-file': 'This is a story file (story.json), not a {archive}. Open it with "Open story file" instead.',
  'package.not-a-zip':
    'This file is not a {archive}. A {archive} is a .storyscape file made with Storyscape\'s "Export" button. Check that you picked the right file.',
  'package.empty': 'This file is empty, so it cannot be a {archive}. Check that you picked the right file, or export the story again.',
  'package.damaged': 'This file is damaged ({detail}). It may have been cut off while it was downloaded or copied. Download or copy it again. Nothing was imported.',
  'package.entry-damaged': 'The file "{entry}" inside the package is damaged ({detail}). Download or copy the package again. Nothing was imported.',
  'package.encrypted': 'This zip is locked with a password, and Storyscape cannot open locked zips. Make it again without a password. Nothing was imported.',
  'package.compression':
    'The file "{entry}" is packed in a way Storyscape cannot read (method {method}). Make the zip again with ordinary compression, or export the story from Storyscape. Nothing was imported.',
  'package.too-many-entries':
    'This package holds too many files ({count}; a package holds at most {max}). Remove photos and sounds the story does not use, then export it again. Nothing was imported.',
  'package.too-big':
    'This package is too big to open here: unpacked it would take more than {limit}. Make the photos and sounds smaller (or use fewer), then export it again. Nothing was imported.',
  'package.too-big.far':
    'This package is too big to open here: unpacked it would take far more than {limit}. Make the photos and sounds smaller (or use fewer), then export it again. Nothing was imported.',
  'package.zip-bomb':
    'The file "{entry}" in this package would unpack to far more than it should: more than {ratio} times its packed size. Real photos, sounds and stories never do that; files like this are made to crash computers (a "zip bomb"), so Storyscape stopped reading. Nothing was imported. Only open packages from people you trust.',
  'package.overlapping':
    'The files in this zip overlap each other, a trick used to make "zip bombs" that crash computers, so Storyscape stopped reading. Nothing was imported. Only open packages from people you trust.',
  'package.unsafe-name':
    'This package holds a file with a dangerous name: "{entry}" {why}. Names like that can be used to put files where they do not belong, so Storyscape refuses the whole package. Nothing was imported. Only open packages from people you trust.',
  'package.unexpected-name.package':
    'This package holds a file Storyscape does not expect: "{entry}". A story package holds only story.json, manifest.json and an "assets" folder of photos and sounds named by their fingerprint. If you made this zip yourself, export the story from Storyscape instead. Nothing was imported.',
  'package.unexpected-name.backup':
    'This package holds a file Storyscape does not expect: "{entry}". A Storyscape backup holds only manifest.json, a "stories" folder and an "assets" folder of photos and sounds named by their fingerprint. If you made this zip yourself, export the story from Storyscape instead. Nothing was imported.',
  'package.story-in-folder':
    'The story is inside a folder in this zip ("{entry}"). Storyscape needs story.json at the top of the zip: open the folder, select everything inside it, and zip that instead. Nothing was imported.',
  'package.duplicate':
    'The file "{entry}" is in this package twice, so Storyscape cannot tell which one is right. Ask whoever made it to export it from Storyscape again. Nothing was imported.',
  'package.ignored.one': 'Left out a file that computers add to zips by themselves ({names}).',
  'package.ignored.many': 'Left out {count} files that computers add to zips by themselves ({names}).',
  'package.story-missing': 'This package has no story in it: the file story.json is missing. Ask whoever made it to export it from Storyscape again. Nothing was imported.',
  'package.no-stories': 'This backup has no stories in it (its "stories" folder is empty or missing). Nothing was imported.',
  'package.story-too-big': 'The story "{entry}" is too big (more than {limit} of text; photos and sounds are kept outside it). Nothing was imported.',
  'package.story-not-text': 'The story ({entry}) is not readable text: it may be damaged. Try the original file or a backup.',
  'package.manifest-missing':
    'This package has no manifest.json (the list of what is inside), so it was not made by Storyscape. It was checked file by file instead.',
  'package.manifest-unreadable': 'The package\'s list of contents (manifest.json) could not be read ({detail}). It was checked file by file instead.',
  'package.manifest-too-big':
    'The package\'s list of contents (manifest.json) is far too big (more than {limit}). Ask whoever made it to export it from Storyscape again. Nothing was imported.',
  'package.is-backup': 'This is a Storyscape backup (many stories), not a single story. Use "Restore backup" to open it. Nothing was imported.',
  'package.is-package': 'This is a single story package, not a Storyscape backup. Use "Import story" to open it. Nothing was imported.',
  'package.format-unknown': 'This zip says it is a "{format}", which Storyscape does not know. Nothing was imported.',
  'package.version-future':
    'This {archive} was made by a newer Storyscape (package format {version}; this one reads up to format {supported}). Update Storyscape, then open it again. Nothing was imported.',
  'package.story-changed':
    'The story ({entry}) was changed after the package was made. It was checked again and is fine, but if you did not expect this, ask whoever sent it.',
  'package.asset-missing':
    '{^what} is missing from the package (it should be the file "{entry}"). Ask whoever made it to export it from Storyscape again. Nothing was imported.',
  'package.asset-hash-mismatch':
    'The file for {what} ("{entry}") was changed or damaged after the package was made: its contents no longer match its fingerprint. Ask whoever made it to export it from Storyscape again. Nothing was imported.',
  'package.asset-unrecognised':
    '{^what} is said to be {declared}, but its file ("{entry}") is not a photo or sound Storyscape knows. It may be damaged, or be another kind of file that was renamed. Replace it with the original and export again. Nothing was imported.',
  'package.asset-kind-mismatch':
    '{^what} is really {actual} file ("{entry}"), so it cannot be used where it is. Replace it with the right file and export again. Nothing was imported.',
  'package.video-not-video':
    '{^what} should be an MP4 or WebM video, but its file ("{entry}") is not one. It may be damaged, or be another kind of file that was renamed. Replace it with the original video and export again. Nothing was imported.',
  'package.video-no-picture':
    '{^what} has sound but no picture ("{entry}"), so it cannot be a 360° video. Replace it with the original video and export again. Nothing was imported.',
  'package.video-hevc':
    '{^what} is an H.265 (HEVC) video ("{entry}"), the kind some phones and 360° cameras make. Most browsers cannot play it. Turn it into an MP4 (H.264) video, for example with the free app HandBrake (preset “Fast 4K”), or set your phone to record “Most compatible” video (iPhone: Settings › Camera › Formats), put it in the story again and export again. Nothing was imported.',
  'package.video-format':
    '{^what} is a video browsers cannot play ("{entry}"; its format is called {codec}). Turn it into an MP4 (H.264) video, for example with the free app HandBrake, put it in the story again and export again. Nothing was imported.',
  'package.image-unsupported':
    '{^what} is a {label} photo, which not every browser can show. Save it as JPEG (or PNG), put it in the story again and export again. Nothing was imported.',
  'package.image-too-big':
    '{^what} is too big ({width} × {height} pixels); the largest we can show is {maxWidth} × {maxHeight} pixels. Make it smaller and try again. Nothing was imported.',
  'package.image-unreadable': '{^what} is damaged: Storyscape cannot read its size from it. Replace it with the original and export again. Nothing was imported.',
  'package.mime-fixed': '{^what} was marked as {declared} but is really {actual}; this was corrected.',
  'package.size-fixed': '{^what} was marked as {declared} but is {actual}; this was corrected.',
  'package.pixels-fixed': '{^what} was marked as {declaredWidth} × {declaredHeight} pixels but is {width} × {height}; this was corrected.',
  'package.assets-unused.one': 'Left out a photo or sound in the package that the story does not use.',
  'package.assets-unused.many': 'Left out {count} photos or sounds in the package that the story does not use.',
  'package.story-duplicate': 'Two stories in this backup have the same id ("{id}"), so one would overwrite the other. Nothing was imported.',
  'package.unreadable': 'Storyscape could not read this file ({detail}). Check that it is still there and that you may open it, then try again.',
  'package.aborted': 'Stopped before the end, as asked. Nothing was imported.',
  'package.crashed': 'Storyscape could not read this package ({detail}). Nothing was imported. Please report this.',

  // writing
  'package.write.asset-missing': '{^what} could not be found in your library, so the story cannot be exported. Add the file to the story again, then export.',
  'package.write.asset-unreadable':
    '{^what} could not be read ({detail}), so the story cannot be exported. Try again; if it keeps happening, add the file to the story again.',
  'package.write.asset-changed':
    '{^what} in your library has changed or is damaged (its contents no longer match its fingerprint), so the story was not exported. Add the file to the story again, then export.',
  'package.write.too-big':
    'This is too much to put in one package ({size}; a package holds at most {limit}). Make the photos and sounds smaller, or use fewer, then export again.',
  'package.write.too-many-files':
    'This is too many files for one package ({count}; at most {max}). Remove photos and sounds the stories do not use, then export again.',
  'package.write.story-too-big': 'The story "{id}" is too big to export (more than {limit} of text).',
  'package.write.story-duplicate': 'Two stories have the same id ("{id}"), so they cannot go in one backup.',
  'package.write.no-stories': 'There are no stories to put in the backup.',
} as const;

export type PackageWord = keyof typeof PACKAGE_WORDS;

/** English for package problems, and for the story problems they wrap. */
export const PACKAGE_ENGLISH = englishWording(PACKAGE_WORDS, LOAD_WORDS);
