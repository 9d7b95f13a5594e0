import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/io/load.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import type { Story } from '../../src/story/schema/story.ts';
import type { LocalizedText } from '../../src/story/schema/common.ts';
import { SCHEMA_VERSION } from '../../src/story/schema/story.ts';
// @ts-expect-error: a plain .mjs helper without type declarations (also used by the template scripts)
import { imageSize, mp3Duration } from '../../scripts/media-info.mjs';

/**
 * The workshop templates (workshops/templates/): every template in index.json is a valid story in the
 * current format, its media files are all there with the right hashes and sizes, every language it
 * lists has all the text a reader sees, and the lint finds nothing but the expected to-dos
 * ("replace the placeholder picture").
 */
const ROOT = resolve(import.meta.dirname, '../../workshops/templates');

interface IndexEntry {
  id: string;
  folder: string;
  story: string;
  assetFiles: string;
  guide: string;
  title: LocalizedText;
  description: LocalizedText;
  languages: string[];
  scenes: number;
  needsOwnPhotos: boolean;
  mediaBytes: number;
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')) as { templates: IndexEntry[] };
const HISTORY = new Set(['local-history-walk']);

function load(t: IndexEntry): { story: Story; raw: Record<string, unknown>; files: Record<string, string>; dir: string } {
  const dir = join(ROOT, t.folder);
  const text = readFileSync(join(dir, t.story), 'utf8');
  const result = loadStory(text);
  if (!result.ok) throw new Error(`${t.id}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  const files = JSON.parse(readFileSync(join(dir, t.assetFiles), 'utf8')) as Record<string, string>;
  return { story: result.story, raw: JSON.parse(text) as Record<string, unknown>, files, dir };
}

/** Every piece of text a reader can see or hear, with where it is. */
function readerTexts(story: Story): Array<{ where: string; text: LocalizedText | undefined }> {
  const out: Array<{ where: string; text: LocalizedText | undefined }> = [
    { where: 'meta.title', text: story.meta.title },
    { where: 'meta.description', text: story.meta.description },
    { where: 'meta.credits', text: story.meta.credits },
  ];
  for (const s of story.scenes) {
    out.push({ where: `${s.id}.title`, text: s.title });
    if (s.description) out.push({ where: `${s.id}.description`, text: s.description });
    if (s.ending) out.push({ where: `${s.id}.ending`, text: s.ending.text });
    if (s.ending?.score) out.push({ where: `${s.id}.ending.score`, text: s.ending.score.text });
    for (const h of s.hotspots) {
      out.push({ where: `${s.id}/${h.id}.label`, text: h.label });
      if (h.action.type === 'info') {
        if (h.action.title) out.push({ where: `${s.id}/${h.id}.title`, text: h.action.title });
        out.push({ where: `${s.id}/${h.id}.text`, text: h.action.text });
        if (h.action.link?.label) out.push({ where: `${s.id}/${h.id}.link.label`, text: h.action.link.label });
      }
      if (h.action.type === 'question') {
        out.push({ where: `${s.id}/${h.id}.prompt`, text: h.action.prompt });
        for (const a of h.action.answers) {
          out.push({ where: `${s.id}/${h.id}.${a.id}.text`, text: a.text }, { where: `${s.id}/${h.id}.${a.id}.feedback`, text: a.feedback });
        }
      }
      if (h.action.type === 'goto' && h.action.closed) out.push({ where: `${s.id}/${h.id}.closed`, text: h.action.closed.message });
    }
  }
  for (const a of story.assets) {
    out.push({ where: `asset ${a.name}`, text: a.kind === 'image' ? a.alt : a.transcript });
  }
  return out;
}

describe('workshop templates', () => {
  it('index.json lists the four starter templates, each with its folder, guide and titles', () => {
    const ids = index.templates.map((t) => t.id);
    expect(ids).toEqual(['my-place', 'local-history-walk', 'language-cafe', 'legend-retold']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of index.templates) {
      expect(existsSync(join(ROOT, t.folder, t.story)), t.id).toBe(true);
      expect(existsSync(join(ROOT, t.folder, t.guide)), `${t.id}/${t.guide}`).toBe(true);
      for (const lang of t.languages) {
        expect(t.title[lang]?.trim(), `${t.id} title in ${lang}`).toBeTruthy();
        expect(t.description[lang]?.trim(), `${t.id} description in ${lang}`).toBeTruthy();
      }
      expect(typeof t.needsOwnPhotos).toBe('boolean');
    }
  });

  for (const t of index.templates) {
    describe(t.id, () => {
      const { story, raw, files, dir } = load(t);

      it('is a valid story in the current format, loaded without repairs or migrations', () => {
        expect(raw.schemaVersion).toBe(SCHEMA_VERSION);
        const result = loadStory(readFileSync(join(dir, t.story), 'utf8'));
        expect(result.ok).toBe(true);
        expect(result.migrations).toEqual([]);
        expect(result.problems).toEqual([]);
      });

      it('matches its index entry', () => {
        expect(story.scenes.length).toBe(t.scenes);
        expect(story.meta.languages).toEqual(t.languages);
        expect(story.meta.title).toEqual(t.title);
      });

      it('has every media file, with the right sha-256, byte size, pixel size and duration', () => {
        expect(Object.keys(files).sort()).toEqual(story.assets.map((a) => a.id).sort());
        let total = 0;
        for (const a of story.assets) {
          const rel = files[a.id]!;
          const path = normalize(join(dir, rel));
          expect(path.startsWith(dir + '/'), `${rel} stays inside the template folder`).toBe(true);
          expect(existsSync(path), `${t.id}: ${rel}`).toBe(true);
          const buf = readFileSync(path);
          total += buf.length;
          expect(createHash('sha256').update(buf).digest('hex'), rel).toBe(a.id);
          expect(buf.length, rel).toBe(a.bytes);
          if (a.kind === 'image') {
            const size = imageSize(buf) as { mime: string; width: number; height: number };
            expect(size, rel).toEqual({ mime: a.mime, width: a.width, height: a.height });
            expect(a.width, `${rel} is a 2:1 panorama`).toBe(a.height * 2);
          } else {
            expect(a.mime).toBe('audio/mpeg');
            expect(Math.abs((mp3Duration(buf) as number) - a.duration), rel).toBeLessThan(0.05);
          }
          expect(a.credit.author?.trim() || a.credit.source?.trim(), `${rel} has a credit`).toBeTruthy();
          expect(a.credit.licence, `${rel} has a licence`).toBeTruthy();
        }
        expect(total).toBe(t.mediaBytes);
        // keep template media modest: a few MB each
        expect(total).toBeLessThan(6 * 1024 * 1024);
      });

      it('has every reader-facing text in every language it lists', () => {
        const missing: string[] = [];
        for (const { where, text } of readerTexts(story)) {
          if (!text) continue;
          for (const lang of story.meta.languages) if (!text[lang]?.trim()) missing.push(`${where} [${lang}]`);
        }
        expect(missing).toEqual([]);
        expect(story.meta.languages).toContain(story.meta.defaultLanguage);
      });

      it('has alt text for every picture, a transcript for every sound, and captions for every narration in every language', () => {
        const missing: string[] = [];
        for (const a of story.assets) {
          const text = a.kind === 'image' ? a.alt : a.transcript;
          for (const lang of story.meta.languages) if (!text[lang]?.trim()) missing.push(`${a.name} [${lang}]`);
        }
        const byId = new Map(story.assets.map((a) => [a.id, a]));
        for (const s of story.scenes) {
          const n = s.soundscape.narration;
          if (!n) continue;
          for (const lang of story.meta.languages) {
            const rec = n.recordings[lang];
            const cues = n.captions[lang] ?? [];
            if (!rec) missing.push(`${s.id} narration recording [${lang}]`);
            if (cues.length === 0) missing.push(`${s.id} captions [${lang}]`);
            const audio = rec ? byId.get(rec) : undefined;
            let last = 0;
            for (const c of cues) {
              expect(c.start, `${s.id} [${lang}] cues are in order`).toBeGreaterThanOrEqual(last);
              expect(c.text.trim()).not.toBe('');
              last = c.end;
            }
            if (audio?.kind === 'audio') expect(last, `${s.id} [${lang}] captions end within the recording`).toBeLessThanOrEqual(audio.duration + 0.05);
          }
        }
        expect(missing).toEqual([]);
      });

      it('passes the story lint: no errors, and only the expected to-dos', () => {
        const problems = lintStory(story);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        const expected = t.needsOwnPhotos ? new Set(['panorama-placeholder']) : new Set<string>();
        const unexpected = problems.filter((p) => !expected.has(p.code));
        expect(unexpected.map((p) => `${p.severity} ${p.code}: ${p.message}`)).toEqual([]);
        if (t.needsOwnPhotos) {
          // one "replace the placeholder" to-do per scene: the template is a to-do list until then
          expect(problems.filter((p) => p.code === 'panorama-placeholder').length).toBe(story.scenes.length);
        }
      });

      it('uses placeholder pictures exactly when it needs the group\'s own photos', () => {
        const placeholders = story.assets.filter((a) => a.kind === 'image' && a.placeholder);
        expect(placeholders.length > 0).toBe(t.needsOwnPhotos);
      });

      it('links only to web (http/https) addresses', () => {
        const links = story.scenes.flatMap((s) => s.hotspots.flatMap((h) => (h.action.type === 'info' && h.action.link ? [h.action.link.url] : [])));
        for (const url of links) {
          const u = new URL(url);
          expect(['http:', 'https:'], url).toContain(u.protocol);
          expect(u.hostname, url).not.toBe('');
        }
        if (HISTORY.has(t.id)) expect(links.length, 'a history walk points to its sources').toBeGreaterThan(0);
      });
    });
  }

  it('shares one placeholder picture between templates (the same bytes, so the same asset id)', () => {
    const ids = new Set<string>();
    for (const t of index.templates) {
      for (const a of load(t).story.assets) if (a.kind === 'image' && a.placeholder) ids.add(a.id);
    }
    expect(ids.size).toBe(1);
  });
});
