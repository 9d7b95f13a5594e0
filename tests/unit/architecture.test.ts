import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The shape of src/, checked on every run: imports point down the layers, no two files import
 * each other (however far round), and no file grows past MAX_LINES. README.md ("How it is built")
 * draws the same picture.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/**
 * The layers, top to bottom: each folder of src/ and the folders it may import from. Anything not
 * listed is an arrow pointing up or sideways. (Files may always import within their own folder.)
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  // The app shell (browser): entry, routes, the library screen; hands screens their storage,
  // navigation and file actions.
  app: ['admin', 'room', 'editor', 'player', 'packages', 'publish', 'xr', 'audio', 'storage', 'ui', 'i18n', 'story', 'live'],
  // The room hub's pages in the browser (join, facilitator, phone) and the room parts of the library;
  // the app shell hands them its router.
  room: ['packages', 'storage', 'ui', 'i18n', 'story', 'live'],
  // The library service's admin page (/admin, #17): beside the room's pages, whose parts it uses.
  admin: ['room', 'storage', 'ui', 'i18n', 'story', 'live'],
  // Node entry points: the `storyscape` command (which also starts the hub) and the room hub server.
  // Above the model, never the browser's screens or storage.
  cli: ['hub', 'publish', 'build', 'i18n', 'story', 'live'],
  hub: ['i18n', 'story', 'live'],
  // Build time (Node): the Vite plugins and the player build; used by vite.config.ts and the CLI.
  build: [],
  // Screens. The editor embeds the player's view and its preview; the player never knows the editor.
  editor: ['player', 'xr', 'audio', 'storage', 'ui', 'i18n', 'story'],
  player: ['xr', 'audio', 'storage', 'ui', 'i18n', 'story', 'live'],
  // File jobs the shell gives to screens: publishing a website builds on the package jobs' saving
  // and progress; both work on the library they are handed.
  publish: ['packages', 'audio', 'storage', 'ui', 'i18n', 'story'],
  packages: ['storage', 'ui', 'i18n', 'story'],
  // Kits: the headset kit, sound, storage (repositories), shared presentational components.
  xr: ['i18n', 'story'],
  audio: ['i18n', 'story'],
  // Storage includes the room hub's client (storage/hub/), which checks replies with the live schemas.
  storage: ['story', 'live'],
  ui: ['i18n', 'story'],
  // UI words, and the model's problems worded (the model itself has no words).
  i18n: ['story'],
  // The model (pure TypeScript) and, beside it, the live messages shared by the hub and the player.
  story: [],
  live: [],
};

/** Lines a file in src/ may have. */
const MAX_LINES = 400;
/** String catalogues are long by nature: one line per message. */
const isCatalogue = (file: string) => /^src\/i18n\/([a-z]+\/)?[a-z]{2,3}\.ts$/.test(file);
/**
 * Files allowed past MAX_LINES, each with its reason. Temporary entries name what removes them.
 */
const LONG_FILES: Record<string, string> = {};
/**
 * Arrows allowed against MAY_IMPORT, each with its reason. Temporary entries name what removes them.
 */
const UPWARD_IMPORTS: Record<string, string> = {};
/**
 * Arrows allowed to close a circle, each with its reason: the circle check looks past them. Temporary
 * entries name what removes them.
 */
const CIRCLE_ARROWS: Record<string, string> = {};

const posix = (p: string) => p.split(sep).join('/');

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesIn(p) : [posix(relative(ROOT, p))];
  });
}

const CODE = /\.(ts|tsx|mts)$/;

/** Every file a source file names: imports of all kinds (type-only, dynamic, side effect) and `new URL(…, import.meta.url)`. */
function importsOf(file: string, text: string): string[] {
  const specs: string[] = [];
  if (CODE.test(file)) {
    specs.push(...ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName));
    for (const m of text.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) specs.push(m[1]!);
  } else if (file.endsWith('.css')) {
    for (const m of text.matchAll(/@import\s+(?:url\()?['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  }
  return specs.filter((s) => s.startsWith('.')).map((s) => posix(relative(ROOT, resolve(ROOT, dirname(file), s.replace(/\?.*$/, '')))));
}

interface Source {
  file: string;
  lines: number;
  imports: string[];
}

function readSources(): Source[] {
  return filesIn(SRC).map((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    return { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), imports: importsOf(file, text) };
  });
}

/** The folder a file of src/ belongs to (its first folder), or null outside src/. */
const folderOf = (file: string) => (file.startsWith('src/') ? (file.split('/').length > 2 ? file.split('/')[1]! : '(src)') : null);

/** Imports that point up or sideways, as "from -> to" lines. */
function upwardImports(sources: readonly Source[], mayImport = MAY_IMPORT): string[] {
  const out: string[] = [];
  for (const { file, imports } of sources) {
    const from = folderOf(file)!;
    for (const target of imports) {
      const to = folderOf(target);
      if (to === null || to === from) continue;
      const arrow = `${file} -> ${target}`;
      const allowed = mayImport[from]?.includes(to) ?? false;
      if (!allowed && !(arrow in UPWARD_IMPORTS)) out.push(`${arrow}   (${from} may import: ${mayImport[from]?.join(', ') || 'nothing in src/'})`);
    }
  }
  return out;
}

/** Groups of files that import each other, however far round (strongly connected components), past the `allowed` arrows. */
function circles(sources: readonly Source[], allowed: Record<string, string> = CIRCLE_ARROWS): string[][] {
  const graph = new Map(sources.map((s) => [s.file, s.imports.filter((t) => t !== s.file && !(`${s.file} -> ${t}` in allowed))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('architecture of src/', () => {
  const sources = readSources();

  it('reads the imports it checks', () => {
    // A guard on the reader itself: these arrows exist (static, type-only, dynamic, worker URL).
    const all = new Set(sources.flatMap((s) => s.imports.map((t) => `${s.file} -> ${t}`)));
    expect(all).toContain('src/app/App.tsx -> src/app/library/Library.tsx');
    expect(all).toContain('src/player/xr/XRLayer.tsx -> src/player/xr/types.ts');
    expect(all).toContain('src/player/xr/index.tsx -> src/player/xr/chunk.ts');
    expect(all).toContain('src/editor/media/process-client.ts -> src/editor/media/image.worker.ts');
  });

  it('has a layer for every folder, and the layers themselves point one way', () => {
    const folders = [...new Set(sources.map((s) => folderOf(s.file)!))].filter((f) => f !== '(src)');
    expect(folders.filter((f) => !(f in MAY_IMPORT)), 'a new folder needs its place in MAY_IMPORT').toEqual([]);
    const layers = Object.entries(MAY_IMPORT).map(([folder, below]) => ({ file: folder, lines: 0, imports: [...below] }));
    expect(circles(layers, {}), 'MAY_IMPORT must not let two folders import each other').toEqual([]);
  });

  it('imports point down the layers', () => {
    expect(upwardImports(sources)).toEqual([]);
  });

  it('no files import each other, however far round', () => {
    expect(circles(sources)).toEqual([]);
  });

  it(`no file is over ${MAX_LINES} lines (string catalogues and the listed exceptions aside)`, () => {
    const long = sources.filter((s) => s.lines > MAX_LINES && !isCatalogue(s.file) && !(s.file in LONG_FILES)).map((s) => `${s.file}: ${s.lines} lines`);
    expect(long).toEqual([]);
  });

  it('lists no exception that is not needed any more', () => {
    const byFile = new Map(sources.map((s) => [s.file, s]));
    const staleLong = Object.keys(LONG_FILES).filter((f) => (byFile.get(f)?.lines ?? 0) <= MAX_LINES);
    const arrows = new Set(sources.flatMap((s) => s.imports.map((t) => `${s.file} -> ${t}`)));
    const staleArrows = Object.keys(UPWARD_IMPORTS).filter((a) => !arrows.has(a));
    // An arrow excused from the circle check must still close one.
    const groups = circles(sources, {});
    const staleCircles = Object.keys(CIRCLE_ARROWS).filter((a) => {
      const [from, to] = a.split(' -> ');
      return !arrows.has(a) || !groups.some((g) => g.includes(from!) && g.includes(to!));
    });
    expect([...staleLong, ...staleArrows, ...staleCircles]).toEqual([]);
  });
});
