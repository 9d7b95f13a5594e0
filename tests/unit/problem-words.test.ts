import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LINT_WORDS } from '../../src/story/graph/lint/words.ts';
import { LINT_CODES } from '../../src/story/graph/lint/codes.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import { LOAD_WORDS } from '../../src/story/io/load-words.ts';
import { loadStory } from '../../src/story/io/load.ts';
import { PACKAGE_WORDS } from '../../src/story/io/package/words.ts';
import { readBackup, readPackage } from '../../src/story/io/package/index.ts';
import { IMPORT_WORDS } from '../../src/story/io/importers/errors.ts';
import { importFiles } from '../../src/story/io/importers/index.ts';
import { fakeStory, fakeVideoAsset } from '../../src/story/fake.ts';
import type { Phrase } from '../../src/story/phrase.ts';
import type { Problem } from '../../src/story/problems.ts';
import type { Story } from '../../src/story/schema/story.ts';
import { setUiLanguage } from '../../src/i18n/index.ts';
import { PROBLEM_CATALOGUES, problemText } from '../../src/i18n/problems.ts';
import { UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { storyArb } from './support/arbitraries.ts';
import { applyMutation, mutationArb } from './support/mutations.ts';

/** Every wording the model says in English: lint, loading, packages, import errors. */
const ENGLISH: Record<string, string> = { ...LINT_WORDS, ...LOAD_WORDS, ...PACKAGE_WORDS, ...IMPORT_WORDS };
const keys = Object.keys(ENGLISH);
const params = (s: string) => [...new Set([...s.matchAll(/\{\^?(\w+)\}/g)].map((m) => m[1]!))].sort();

/** The wording keys in a phrase and the phrases inside it. */
function keysOf(p: Phrase, out = new Set<string>()): Set<string> {
  out.add(p.key);
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    if ('key' in v) keysOf(v as Phrase, out);
    else if ('list' in v) (v as { list: unknown[] }).list.forEach(visit);
  };
  Object.values(p.params ?? {}).forEach(visit);
  return out;
}

/** Stories broken in the ways lint reports, so that every code is found. */
const BREAKS: Array<(s: Story) => void> = [
  (s) => (s.scenes[1]!.id = s.scenes[0]!.id),
  (s) => (s.scenes[1]!.hotspots[0]!.id = s.scenes[0]!.hotspots[0]!.id),
  (s) => s.variables.push({ id: 'v', name: 'Score', initial: 0 }, { id: 'v', name: 'Again', initial: true }),
  (s) => {
    s.variables.push({ id: 'n', name: 'Door open', initial: true });
    s.scenes[0]!.hotspots[0]!.conditions = [{ variable: 'nope', op: 'eq', value: 1 }, { variable: 'n', op: 'gt', value: 1 }];
    s.scenes[0]!.hotspots[0]!.effects = [{ variable: 'n', op: 'add', value: 1 }, { variable: 'gone', op: 'toggle' }];
  },
  (s) => (s.startSceneId = null),
  (s) => (s.startSceneId = 'gone'),
  (s) => ((s.scenes = []), (s.startSceneId = null)),
  (s) => {
    for (const h of s.scenes[0]!.hotspots) if (h.action.type === 'goto') h.action.sceneId = 'nowhere';
    for (const h of s.scenes[1]!.hotspots) if (h.action.type === 'goto') h.action.sceneId = s.scenes[1]!.id;
  },
  (s) => (s.scenes[2]!.hotspots = []),
  (s) => s.scenes.forEach((x) => delete x.ending),
  (s) => {
    s.scenes[0]!.panorama = null;
    s.assets = s.assets.slice(1);
    s.assets.push({ ...s.assets[0]!, id: 'f'.repeat(64), name: 'unused.jpg', credit: {}, consent: { peopleRecognisable: 'yes', consentRecorded: false } } as Story['assets'][number]);
  },
  (s) => {
    const pic = s.assets.find((a) => a.kind === 'image')!;
    if (pic.kind === 'image') {
      pic.placeholder = true;
      pic.alt = {};
    }
    s.scenes[1]!.hotspots.push({ id: 'snd', yaw: 0, pitch: 0, label: {}, action: { type: 'sound', asset: pic.id, volume: 1 } });
    s.scenes[1]!.hotspots.push({ id: 'snd2', yaw: 0.5, pitch: 0, label: { nb: 'Lyd' }, action: { type: 'sound', asset: 'e'.repeat(64), volume: 1 } });
    s.scenes[1]!.soundscape.narration = { recordings: { en: 'd'.repeat(64) }, captions: { nb: [{ start: 0, end: 1, text: 'Hei' }] }, autoplay: true };
    s.scenes[1]!.soundscape.beds.push({ id: 'b1', asset: 'e'.repeat(64), volume: 1 }, { id: 'b1', asset: pic.id, volume: 1 });
  },
  (s) => {
    const pic = s.assets.find((a) => a.kind === 'image' && s.scenes[1]!.panorama === a.id);
    if (pic?.kind === 'image') pic.alt = {};
    const sound = { id: 'a'.repeat(64), kind: 'audio', mime: 'audio/mpeg', bytes: 10, name: 'birds.mp3', duration: 3, transcript: {}, credit: { author: 'Me' }, consent: { peopleRecognisable: 'no', consentRecorded: false } } as const;
    s.assets.push({ ...sound, transcript: {}, credit: { ...sound.credit }, consent: { ...sound.consent } });
    s.scenes[2]!.soundscape.beds.push({ id: 'bed-birds', asset: sound.id, volume: 1 });
  },
  (s) => {
    s.meta.title = {};
    s.meta.languages = ['en', 'nb', 'ar'];
    s.scenes[0]!.title = { nb: 'Bare norsk' };
    s.scenes[0]!.hotspots.push({ id: 'i1', yaw: 90, pitch: 0, label: { en: 'Read' }, action: { type: 'info', text: { en: 'Hi' }, title: { en: 'T' }, link: { url: 'www.example.org', label: { en: 'More' } } } });
    s.scenes[0]!.hotspots.push({ id: 'i2', yaw: -90, pitch: 0, label: { en: 'Mail' }, action: { type: 'info', text: {}, link: { url: 'me@example.org' } } });
    s.scenes[0]!.hotspots.push({ id: 'i3', yaw: 45, pitch: 0, label: { en: 'Far' }, action: { type: 'info', text: {}, image: s.assets.find((a) => a.kind === 'audio')?.id ?? 'c'.repeat(64), link: { url: 'ftp://x' } } });
  },
  (s) => {
    s.scenes[0]!.hotspots.push({
      id: 'q1', yaw: 120, pitch: 0, label: { en: 'Word', nb: 'Ord' },
      action: { type: 'question', prompt: { en: 'What is this?' }, sound: 'b'.repeat(64), chances: 'once', score: 'nope',
        answers: [
          { id: 'a1', text: { en: 'Cup', nb: 'Kopp' }, right: false, feedback: { en: 'No' }, image: 'c'.repeat(64), sound: 'd'.repeat(64), goto: 'gone', effects: [{ variable: 'gone', op: 'toggle' }] },
          { id: 'a2', text: {}, right: false, feedback: {} },
        ] },
    });
    s.variables.push({ id: 'stars', name: 'Stars', initial: 0 });
    s.scenes[0]!.hotspots.push({ id: 'door', yaw: -120, pitch: 0, label: { en: 'Door' }, action: { type: 'goto', sceneId: s.scenes[1]!.id, closed: { when: [{ variable: 'stars', op: 'gte', value: 1 }], message: { en: 'Closed' } } } });
    // A time window in a scene without video.
    s.scenes[1]!.hotspots[0]!.time = { from: 5 };
  },

  (s) => {
    s.assets.push(fakeVideoAsset(1, { sound: 'speech', bytes: 300 * 1024 * 1024 }), fakeVideoAsset(2, { width: 5760, height: 2880 }));
    s.scenes[0]!.video = { asset: fakeVideoAsset(1).id, end: { type: 'goto', sceneId: 'gone' }, volume: 1 };
    s.scenes[1]!.video = { asset: fakeVideoAsset(2).id, end: { type: 'choices' }, volume: 1 };
    s.scenes[2]!.video = { asset: 'e'.repeat(64), end: { type: 'loop' }, volume: 1 };
    s.scenes[3]!.video = { asset: s.assets[0]!.id, end: { type: 'loop' }, volume: 1 };
    // Time windows readers can never be in: after the video's end, and empty.
    s.scenes[0]!.hotspots[0]!.time = { from: 1e4 };
    s.scenes[1]!.hotspots[0]!.time = { from: 20, to: 10 };
  },
];

const brokenStories = (): Story[] =>
  BREAKS.map((b) => {
    const s = structuredClone(fakeStory({ scenes: 4, hotspotsPerScene: 2, languages: ['en', 'nb'] }));
    b(s);
    return s;
  });

describe('problems speak every language', () => {
  afterEach(() => setUiLanguage('en'));

  it('every wording has words in each UI language, with the same {parameters}, and nothing else', () => {
    const others = UI_LANGUAGES.map((l) => l.code).filter((c) => c !== 'en');
    expect(Object.keys(PROBLEM_CATALOGUES).sort(), 'every UI language but English has a catalogue').toEqual([...others].sort());
    for (const lang of others) {
      const words = PROBLEM_CATALOGUES[lang]!;
      expect(keys.filter((k) => !words[`problem.${k}`]?.trim()), `add these to src/i18n/problems/${lang}.ts`).toEqual([]);
      const wrong = keys.filter((k) => params(words[`problem.${k}`]!).join() !== params(ENGLISH[k]!).join());
      expect(wrong, `${lang}: these keep other {parameters} than the English`).toEqual([]);
      const unknown = Object.keys(words).filter((k) => !(k.replace(/^problem\./, '') in ENGLISH));
      expect(unknown, `${lang}: these are not wordings of the model`).toEqual([]);
    }
  });

  it('every lint code is found in the broken stories, and each finding is worded from known keys', () => {
    const found = brokenStories().flatMap((s) => lintStory(s));
    expect(new Set(found.map((p) => p.code))).toEqual(new Set(Object.keys(LINT_CODES)));
    for (const p of found) for (const k of keysOf(p.phrase)) expect(ENGLISH[k], `${p.code}: ${k}`).toBeDefined();
  });

  it('loading, packages and imports word every problem from known keys', async () => {
    const problems: Array<Pick<Problem, 'code' | 'phrase'>> = [];
    fc.assert(
      fc.property(storyArb(), fc.array(mutationArb, { maxLength: 4 }), (s, ms) => {
        let doc: unknown = JSON.parse(JSON.stringify(s));
        for (const m of ms) doc = applyMutation(doc, m);
        problems.push(...loadStory(JSON.stringify(doc)).problems);
      }),
      { numRuns: 300, seed: 18 },
    );
    for (const t of ['', '{', '[1]', '{"schemaVersion": 99}', '{"title":"x","scenes":{}}']) problems.push(...loadStory(t).problems);
    const dir = resolve(import.meta.dirname, '../fixtures/packages');
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(resolve(dir, f));
      problems.push(...(await readPackage(bytes)).problems, ...(await readBackup(bytes)).problems);
    }
    for (const files of [[], [{ path: 'a.txt', bytes: new Uint8Array(3) }], [{ path: 'data.js', bytes: new TextEncoder().encode('var APP_DATA = { a: f() };') }]]) {
      const outcome = importFiles(files, { placeholder: new Uint8Array(0) });
      if (!outcome.ok) problems.push({ code: 'import', phrase: outcome.phrase });
    }
    expect(problems.length).toBeGreaterThan(50);
    for (const p of problems) for (const k of keysOf(p.phrase)) expect(ENGLISH[k], `${p.code}: ${k}`).toBeDefined();
  });

  it('in the Norwegian UI a problem is in Norwegian, naming languages and lists in Norwegian', () => {
    const story = fakeStory({ scenes: 2, languages: ['en', 'nb', 'ar'] });
    story.scenes[1]!.hotspots = [];
    delete story.scenes[1]!.ending;
    story.meta.title = { en: 'Harbour' };
    const problems = lintStory(story);
    const deadEnd = problems.find((p) => p.code === 'dead-end')!;
    const title = problems.find((p) => p.code === 'translation-missing' && p.path === '/meta/title')!;
    expect(problemText(deadEnd)).toBe(deadEnd.message);
    setUiLanguage('nb');
    expect(problemText(deadEnd)).toMatch(/^Scenen «.+» er en blindvei: den har ikke noe gå-til-punkt og er ikke en slutt/);
    expect(problemText(title)).toBe('Tittelen på historien er ikke skrevet på norsk bokmål (nb) og arabisk (ar) ennå. Legg til oversettelsene, eller fjern disse språkene fra historiens språk.');
  });

  it('in the Arabic UI every problem is in Arabic, naming pictures and sounds, lists and numbers in Arabic', () => {
    const story = fakeStory({ scenes: 2, languages: ['en', 'nb'] });
    story.scenes[1]!.hotspots = [];
    delete story.scenes[1]!.ending;
    story.meta.title = { en: 'Harbour' };
    story.assets.push({ ...story.assets[0]!, id: 'f'.repeat(64), name: 'spare.jpg' } as Story['assets'][number]);
    const problems = lintStory(story);
    const deadEnd = problems.find((p) => p.code === 'dead-end')!;
    const unused = problems.find((p) => p.code === 'asset-unused')!;
    const title = problems.find((p) => p.code === 'translation-missing' && p.path === '/meta/title')!;
    setUiLanguage('ar');
    expect(problemText(deadEnd)).toMatch(/^المشهد «.+» طريق مسدود/);
    expect(problemText(unused)).toBe('الصورة «spare.jpg» ضمن وسائط القصة، لكن هذا الملف غير مستخدم في أي مكان. استخدمه في مشهد، أو احذفه لتصغير حجم القصة.');
    expect(problemText(title)).toMatch(/^عنوان القصة غير مكتوب باللغة النرويجية/);
    // Not one problem of the broken stories, loading or packages falls back to English.
    const latinOnly = (s: string) => !/[\u0600-\u06FF]/.test(s);
    const said = brokenStories().flatMap((s) => lintStory(s)).map(problemText);
    expect(said.filter(latinOnly)).toEqual([]);
    expect(said.filter((s) => s.includes('\u2066'))).toEqual([]);
  });

  it('a message whose wording is missing is English as a whole, never half and half', () => {
    const story = fakeStory({ scenes: 2 });
    story.scenes[1]!.hotspots = [];
    delete story.scenes[1]!.ending;
    const deadEnd = lintStory(story).find((p) => p.code === 'dead-end')!;
    setUiLanguage('ar');
    const unknownInside = { ...deadEnd, phrase: { ...deadEnd.phrase, params: { scene: { key: 'lint.no-such-wording' } } } };
    expect(problemText(unknownInside)).toBe(`\u2066${deadEnd.message}\u2069`);
  });
});
