import { unzipSync } from 'fflate';
import { FileSet, configText, isObject } from './files.ts';
import { isMarzipanoData, parseAppData } from './literal.ts';
import { importMarzipano } from './marzipano.ts';
import { importPannellum } from './pannellum.ts';
import { importPsv } from './psv.ts';
import { importTwineStory } from './twine.ts';
import { parseTwee, parseTwineHtml } from './twine-parse.ts';
import { importFailed } from './errors.ts';
import { ImportError, type ImportFile, type ImportOptions, type ImportOutcome, type ImportResult } from './types.ts';

export * from './types.ts';
export { NOTE_MESSAGES, noteText, fillTemplate, manyCode, type NoteCode, type NoteParams } from './notes.ts';
export { FORMAT_NAMES, FALLBACK_LANGUAGE, languageTag } from './builder.ts';
export { cubeNote, cubesNotJoined } from './cubes.ts';
export { setImportLanguage } from './language.ts';

const MAX_ZIP_BYTES = 1024 * 1024 * 1024;
const MAX_FILES = 20_000;

/**
 * Brings in a tour or story made with another tool: Pannellum, the Marzipano Tool, Photo Sphere Viewer,
 * Twine 2 (published story or library archive) or Twee 3. `files` are what the user chose (a file,
 * several files, a folder or a zip). Never throws: bad input gives a message a person understands.
 */
export function importFiles(files: readonly ImportFile[], options: ImportOptions): ImportOutcome {
  try {
    const all = expandZips(files);
    const set = new FileSet(all);
    const results = importFrom(all, set, options);
    return { ok: true, results };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, message: e.message, phrase: e.phrase };
    return { ok: false, ...importFailed(e instanceof Error ? e.message : String(e)) };
  }
}

function importFrom(files: ImportFile[], set: FileSet, options: ImportOptions): ImportResult[] {
  const ext = (f: ImportFile) => f.path.toLowerCase().split('.').pop() ?? '';
  const twee = files.find((f) => ext(f) === 'twee' || ext(f) === 'tw');
  if (twee) return [importTwineStory(parseTwee(configText(twee)), 'twee', twee.path, options)];
  for (const f of files.filter((f) => ext(f) === 'html' || ext(f) === 'htm')) {
    const text = configText(f);
    if (!/<tw-storydata\b/i.test(text)) continue;
    const stories = parseTwineHtml(text).filter((s) => s.passages.length > 0);
    if (stories.length === 0) throw new ImportError('import.twine-empty', { file: f.path });
    return stories.map((s) => importTwineStory(s, 'twine-html', f.path, options));
  }
  const js = files.find((f) => ext(f) === 'js' && isMarzipanoData(configText(f)));
  if (js) return [importMarzipano(parseAppData(configText(js)), js, set, options)];
  for (const f of files.filter((f) => ext(f) === 'json')) {
    const text = configText(f);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    if (isObject(data) && (isObject(data.scenes) || (typeof data.panorama === 'string' && !('id' in data)) || (isObject(data.default) && 'firstScene' in data.default))) {
      return [importPannellum(data, f, set, options)];
    }
    const nodes = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.nodes) ? data.nodes : null;
    if (nodes && nodes.some((n) => isObject(n) && 'id' in n && ('panorama' in n || 'links' in n))) return [importPsv(data, f, set, options)];
  }
  const names = files.slice(0, 3).map((f) => `“${f.path}”`).join(', ');
  if (files.length === 0) throw new ImportError('import.no-files');
  throw new ImportError(files.length > 3 ? 'import.nothing-found.more' : 'import.nothing-found', { names });
}

/** Files inside .zip files join the list (with the zip's name as their folder). */
function expandZips(files: readonly ImportFile[]): ImportFile[] {
  const out: ImportFile[] = [];
  for (const f of files) {
    if (!f.path.toLowerCase().endsWith('.zip')) {
      out.push(f);
      continue;
    }
    let total = 0;
    let count = 0;
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(f.bytes, {
        filter: (e) => {
          if (e.name.endsWith('/') || e.name.startsWith('__MACOSX/')) return false;
          total += e.originalSize;
          count++;
          if (total > MAX_ZIP_BYTES || count > MAX_FILES) throw new ImportError('import.zip-too-big', { file: f.path, max: MAX_FILES });
          return true;
        },
      });
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw new ImportError('import.zip-damaged', { file: f.path });
    }
    for (const [name, bytes] of Object.entries(entries)) out.push({ path: `${f.path.replace(/\.zip$/i, '')}/${name}`, bytes });
  }
  if (out.length > MAX_FILES) throw new ImportError('import.too-many-files', { max: MAX_FILES });
  return out;
}
export { reportText, groupNotes, groupChecks, importChecks, lineText, scenesText, NOTE_KINDS, SCENE_NAMES_SHOWN, type NoteLine } from './report.ts';
