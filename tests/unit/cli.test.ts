import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/types.ts';
import { fakeStory } from '../../src/story/fake.ts';
import { serializeStory } from '../../src/story/io/load.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/storyscape.mjs');
let dir = '';
const file = (name: string) => join(dir, name);

/** Runs the real command, as `npx storyscape ...` does: node bin/storyscape.mjs ... */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the command in-process (fast) with captured output. */
async function runHere(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd: dir, stdin: async () => Buffer.from(stdin) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyscape-cli-'));
  writeFileSync(file('good.json'), serializeStory(fakeStory({ scenes: 4 })));
  const warn = structuredClone(fakeStory({ scenes: 4 }));
  warn.scenes[0]!.hotspots[0]!.label = {};
  writeFileSync(file('warnings.json'), serializeStory(warn));
  const bad = structuredClone(fakeStory({ scenes: 4 }));
  (bad.scenes[1]!.hotspots[0]!.action as { sceneId: string }).sceneId = 'nowhere';
  writeFileSync(file('dangling.json'), serializeStory(bad));
  writeFileSync(file('broken.json'), '{\n  "schemaVersion": 1,\n  oops\n}\n');
  writeFileSync(file('shape.json'), JSON.stringify({ ...fakeStory(), scenes: 'none' }));
  writeFileSync(file('future.json'), JSON.stringify({ ...fakeStory(), schemaVersion: 99 }));
  writeFileSync(file('draft.json'), JSON.stringify({ title: 'Old', start: 'a', scenes: { a: { name: 'A', end: 'Bye' } } }));
  writeFileSync(file('binary.json'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xc3, 0x28]));
  writeFileSync(file('utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(serializeStory(fakeStory()), 'utf16le')]));
});

describe('storyscape (spawned through node bin/storyscape.mjs)', () => {
  it('validate: exit 0 for a good story, 1 for errors, 2 for a missing file; --json has the documented shape', async () => {
    const [good, bad, missing, json, jsonBad, unknown] = await Promise.all([
      run(['validate', 'good.json']),
      run(['validate', 'dangling.json']),
      run(['validate', 'no-such-file.json']),
      run(['validate', 'good.json', '--json']),
      run(['validate', '--json', 'broken.json']),
      run(['frobnicate']),
    ]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/✓ good\.json: the story can be opened \(format 3\)\. 0 errors, 0 warnings, 0 notes\./);

    expect(bad.code).toBe(1);
    const line = bad.stdout.split('\n').find((l) => l.includes('link-target-missing'))!;
    expect(line).toMatch(/^error +link-target-missing +at scene "Scene 2" › hotspot "Go to scene 3" › action › sceneId \(\/scenes\/1\/hotspots\/0\/action\/sceneId\): /);
    expect(bad.stdout).toMatch(/✗ dangling\.json: the story has errors \(format 3\)\. 1 error, 2 warnings, 0 notes\./);

    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read no-such-file\.json: there is no such file/);
    expect(missing.stdout).toBe('');

    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, schemaVersion: 3, problems: [] });

    expect(jsonBad.code).toBe(1);
    const report = JSON.parse(jsonBad.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'schemaVersion', 'problems']);
    expect(report.ok).toBe(false);
    expect(report.schemaVersion).toBeNull();
    expect(report.problems).toHaveLength(1);
    expect(Object.keys(report.problems[0])).toEqual(['severity', 'code', 'message', 'path']);
    expect(report.problems[0]).toMatchObject({ severity: 'error', code: 'not-json', path: '' });

    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('schema prints exactly the committed story.schema.json', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'story.schema.json'), 'utf8'));
  });
});

describe('storyscape (in-process)', () => {
  it('warnings alone are fine (exit 0); problems are listed one per line', async () => {
    const r = await runHere(['validate', 'warnings.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^warning hotspot-no-label +at scene "Scene 1" › hotspot "scene-1-next" › label \(\/scenes\/0\/hotspots\/0\/label\): /m);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('wrong shape, future version, not text: exit 1 with readable problems', async () => {
    const shape = await runHere(['validate', 'shape.json', '--json']);
    expect(shape.code).toBe(1);
    expect(JSON.parse(shape.stdout).problems[0]).toMatchObject({ code: 'schema-invalid-type', path: '/scenes' });
    const future = await runHere(['validate', 'future.json', '--json']);
    expect(future.code).toBe(1);
    expect(JSON.parse(future.stdout)).toMatchObject({ ok: false, schemaVersion: 99, problems: [{ code: 'version-future' }] });
    const binary = await runHere(['validate', 'binary.json']);
    expect(binary.code).toBe(1);
    expect(binary.stdout).toMatch(/not-text/);
  });

  it('older formats are updated in memory (schemaVersion says which one the file has); UTF-16 files are read', async () => {
    const draft = await runHere(['validate', 'draft.json', '--json']);
    expect(draft.code).toBe(0);
    const report = JSON.parse(draft.stdout);
    expect(report.schemaVersion).toBe(0);
    expect(report.problems.map((p: { code: string }) => p.code)).toContain('migrated');
    expect((await runHere(['validate', 'utf16.json'])).code).toBe(0);
  });

  it('reads standard input for "-"', async () => {
    const r = await runHere(['validate', '-', '--json'], serializeStory(fakeStory()));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  it('usage errors exit 2: no file, two files, unknown option, a folder, no command', async () => {
    for (const args of [['validate'], ['validate', 'a', 'b'], ['validate', 'good.json', '--jsn'], ['validate', '.'], []]) {
      const r = await runHere(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('help and --help print the commands and exit 0', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const r = await runHere(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/validate FILE \[--json\]/);
      expect(r.stdout).toMatch(/schema/);
    }
    expect((await runHere(['validate', '--help'])).stdout).toMatch(/Usage: storyscape validate FILE/);
  });
});
