import type { Story } from '../../schema/story.ts';
import type { Problem } from '../../problems.ts';
import type { NoteCode, NoteParams } from './notes.ts';
import type { Phrase } from '../../phrase.ts';

/**
 * Importers turn tours and stories made with other tools into Storyscape stories. They are pure
 * (Node and the browser): the caller reads the files and hands over their bytes.
 */

/** One file given to an importer. `path` uses "/" and is relative to what the user picked. */
export interface ImportFile {
  path: string;
  bytes: Uint8Array;
}

export type ImportFormat = 'pannellum' | 'marzipano' | 'photo-sphere-viewer' | 'twine-html' | 'twee';

/**
 * One line of the import report, in words a 14-year-old understands. `code` and `params` let the app
 * say it in the reader's language (src/i18n, keys `import.note.<code>`); `message` is the English.
 */
export interface ImportNote {
  /** approximated: came across, but not exactly; dropped: left out; info: worth knowing. */
  kind: 'approximated' | 'dropped' | 'info';
  code: NoteCode;
  params: NoteParams;
  message: string;
  /** The scene (by its imported title) the note is about, when there is one. */
  scene?: string;
}

export interface ImportReport {
  format: ImportFormat;
  /** The file the story came from. */
  source: string;
  scenes: number;
  links: number;
  infos: number;
  /** Scenes whose panorama is a placeholder to replace. */
  placeholders: number;
  notes: ImportNote[];
  /**
   * The language the story is marked as, and who said so: the source file, the person (the app's
   * question, the CLI's --language), or nobody (then it is assumed, and the app asks).
   */
  language: { tag: string; from: 'source' | 'person' | 'assumed' };
}

/**
 * A cube panorama to turn into one equirectangular picture before saving (needs a canvas, so the
 * browser does it; the CLI reports it). Faces are in the order front, right, back, left, up, down;
 * each face is one picture or a grid of tiles (rows of columns).
 */
export interface CubeJob {
  sceneId: string;
  faceSize: number;
  faces: Uint8Array[][][];
}

/** A bundled image: its bytes and what the story's asset entry says about them. */
export interface ImportedMedia {
  bytes: Uint8Array;
  mime: string;
}

/** One imported story, ready to be checked, shown and (when the user confirms) saved. */
export interface ImportResult {
  story: Story;
  report: ImportReport;
  /** Bytes of every asset the story uses, by sha-256. */
  media: Map<string, ImportedMedia>;
  cubeJobs: CubeJob[];
  /** `lintStory` of the result. */
  problems: Problem[];
}

export type ImportOutcome =
  | { ok: true; results: ImportResult[] }
  /** `message` in English (the CLI prints it); `phrase` for the reader's language (src/i18n/problems.ts). */
  | { ok: false; message: string; phrase: Phrase };

export interface ImportOptions {
  /** The "your 360° photo goes here" picture (workshops/templates/my-place/media/your-360-photo-here.jpg). */
  placeholder: Uint8Array;
  /** For ids and dates; tests pass fixed values. */
  now?: () => Date;
  storyId?: string;
  /** The language the words are in, when the person said (wins over what the source says). */
  language?: string;
}

export { ImportError } from './errors.ts';

export const MAX_CONFIG_BYTES = 20 * 1024 * 1024;
export const MAX_SCENES = 5000;
