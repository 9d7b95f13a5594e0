import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The app built into a temporary folder (vite build) for the browser suites, removed by cleanup();
 * BENCH_EDITOR_DIST names an already built app folder instead (kept).
 */
export async function buildApp(log: (...a: unknown[]) => void): Promise<{ dir: string; cleanup(): void }> {
  if (process.env.BENCH_EDITOR_DIST) return { dir: process.env.BENCH_EDITOR_DIST, cleanup() {} };
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-bench-'));
  log('building the app…');
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
