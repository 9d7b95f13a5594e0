import { describe, expect, it } from 'vitest';
import { fakeHash, fakeImageAsset, fakeStory, fakeVideoAsset } from '../../src/story/fake.ts';
import { LINT_CODES, isOpenableLink, lintStory, type LintCode } from '../../src/story/graph/lint.ts';
import { reachableScenes } from '../../src/story/graph/reach.ts';
import type { AudioAsset } from '../../src/story/schema/asset.ts';
import type { Story } from '../../src/story/schema/story.ts';
import type { Answer, Hotspot } from '../../src/story/schema/index.ts';
import { Story as StorySchema } from '../../src/story/schema/story.ts';
import { expectWellFormedProblems } from './support/mutations.ts';
import { pathTo } from '../../src/story/graph/lint/context.ts';
import { loadStory, serializeStory } from '../../src/story/io/load.ts';
import { lintStoryKept } from '../../src/story/graph/lint-memo.ts';

const audio = (n: number, overrides: Partial<AudioAsset> = {}): AudioAsset => ({
  id: fakeHash(1000 + n),
  kind: 'audio',
  mime: 'audio/mpeg',
  bytes: 1000,
  name: `sound-${n}.mp3`,
  duration: 10,
  transcript: { en: 'Birds singing' },
  credit: { author: 'Test' },
  consent: { peopleRecognisable: 'no', consentRecorded: false },
  ...overrides,
});

/** A question hotspot far from the others, with these answers. */
const question = (answers: Answer[], prompt: Record<string, string> = { en: 'What is this?' }, label: Record<string, string> = { en: 'Word' }): Hotspot => ({
  id: 'q1',
  yaw: 120,
  pitch: 0,
  label,
  action: { type: 'question', prompt, answers, chances: 'retry' },
});

/** A fake story, changed by `edit` (a deep copy is edited). */
function story(edit: (s: Story) => void = () => {}, options: Parameters<typeof fakeStory>[0] = {}): Story {
  const s = structuredClone(fakeStory(options));
  edit(s);
  return s;
}

const codes = (s: Story) => lintStory(s).map((p) => p.code);
const only = (s: Story, code: LintCode) => lintStory(s).filter((p) => p.code === code);

/** Each case breaks a clean fake story in one way and names the code it must trigger. */
const CASES: Array<{ code: LintCode; edit: (s: Story) => void; options?: Parameters<typeof fakeStory>[0]; path?: string }> = [
  { code: 'story-empty', edit: (s) => ((s.scenes = []), (s.startSceneId = null), (s.assets = [])), path: '/scenes' },
  { code: 'start-scene-missing', edit: (s) => (s.startSceneId = null), path: '/startSceneId' },
  { code: 'start-scene-not-found', edit: (s) => (s.startSceneId = 'gone'), path: '/startSceneId' },
  {
    code: 'link-target-missing',
    edit: (s) => ((s.scenes[0]!.hotspots[0]!.action as { sceneId: string }).sceneId = 'nowhere'),
    path: '/scenes/0/hotspots/0/action/sceneId',
  },
  { code: 'asset-missing', edit: (s) => (s.scenes[1]!.panorama = fakeHash(999)), path: '/scenes/1/panorama' },
  {
    code: 'asset-missing',
    edit: (s) => s.scenes[0]!.soundscape.beds.push({ id: 'bed-1', asset: fakeHash(998), volume: 1 }),
    path: '/scenes/0/soundscape/beds/0/asset',
  },
  {
    code: 'asset-missing',
    edit: (s) =>
      s.scenes[0]!.hotspots.push({ id: 'i1', yaw: 90, pitch: 0, label: { en: 'Look' }, action: { type: 'info', text: { en: 'x' }, image: fakeHash(997) } }),
    path: '/scenes/0/hotspots/1/action/image',
  },
  {
    code: 'asset-missing',
    edit: (s) => (s.scenes[0]!.soundscape.narration = { recordings: { en: fakeHash(996) }, captions: { en: [{ start: 0, end: 1, text: 'Hi' }] }, autoplay: true }),
    path: '/scenes/0/soundscape/narration/recordings/en',
  },
  {
    code: 'asset-missing',
    edit: (s) => s.scenes[0]!.soundscape.sources.push({ id: 'src', asset: fakeHash(995), yaw: 0, pitch: 0, distance: 5, volume: 1, loop: true }),
    path: '/scenes/0/soundscape/sources/0/asset',
  },
  {
    code: 'asset-missing',
    edit: (s) => s.scenes[0]!.hotspots.push({ id: 'snd', yaw: 90, pitch: 0, label: { en: 'Listen' }, action: { type: 'sound', asset: fakeHash(994), volume: 1 } }),
    path: '/scenes/0/hotspots/1/action/asset',
  },
  {
    code: 'asset-wrong-kind',
    edit: (s) => {
      s.assets.push(audio(1));
      s.scenes[0]!.panorama = audio(1).id;
    },
    path: '/scenes/0/panorama',
  },
  { code: 'duplicate-id', edit: (s) => (s.scenes[2]!.id = 'scene-1'), path: '/scenes/2/id' },
  { code: 'duplicate-id', edit: (s) => (s.scenes[1]!.hotspots[0]!.id = 'scene-1-next'), path: '/scenes/1/hotspots/0/id' },
  {
    code: 'duplicate-id',
    edit: (s) => {
      s.assets.push(audio(1));
      s.scenes[0]!.soundscape.beds.push({ id: 'wind', asset: audio(1).id, volume: 1 });
      s.scenes[1]!.soundscape.sources.push({ id: 'wind', asset: audio(1).id, yaw: 0, pitch: 0, distance: 5, volume: 1, loop: true });
    },
    path: '/scenes/1/soundscape/sources/0/id',
  },
  {
    code: 'variable-unknown',
    edit: (s) => (s.scenes[0]!.hotspots[0]!.conditions = [{ variable: 'keys', op: 'gte', value: 1 }]),
    path: '/scenes/0/hotspots/0/conditions/0/variable',
  },
  {
    code: 'variable-unknown',
    edit: (s) => (s.scenes[0]!.hotspots[0]!.effects = [{ variable: 'keys', op: 'add', value: 1 }]),
    path: '/scenes/0/hotspots/0/effects/0/variable',
  },
  {
    code: 'variable-type-mismatch',
    edit: (s) => {
      s.variables = [{ id: 'door', name: 'Door open', initial: false }];
      s.scenes[0]!.hotspots[0]!.effects = [{ variable: 'door', op: 'add', value: 1 }];
    },
    path: '/scenes/0/hotspots/0/effects/0',
  },
  {
    code: 'info-link-invalid',
    edit: (s) =>
      s.scenes[0]!.hotspots.push({
        id: 'i1',
        yaw: 90,
        pitch: 0,
        label: { en: 'Read more' },
        action: { type: 'info', text: { en: 'More' }, link: { url: 'javascript:alert(1)' } },
      }),
    path: '/scenes/0/hotspots/1/action/link/url',
  },
  { code: 'story-title-empty', edit: (s) => (s.meta.title = { en: '  ' }), path: '/meta/title' },
  { code: 'scene-title-empty', edit: (s) => (s.scenes[1]!.title = {}), path: '/scenes/1/title' },
  {
    code: 'scene-unreachable',
    edit: (s) => (s.scenes[0]!.hotspots = [{ ...s.scenes[0]!.hotspots[0]!, action: { type: 'goto', sceneId: 'scene-3' } }]),
    path: '/scenes/1',
  },
  { code: 'dead-end', edit: (s) => (s.scenes[1]!.hotspots = []), path: '/scenes/1/hotspots' },
  { code: 'no-ending', edit: (s) => delete s.scenes[2]!.ending, path: '/scenes' },
  { code: 'panorama-missing', edit: (s) => (s.scenes[1]!.panorama = null), path: '/scenes/1/panorama' },
  { code: 'panorama-placeholder', edit: (s) => (s.assets[1]!.kind === 'image' ? (s.assets[1]!.placeholder = true) : 0), path: '/scenes/1/panorama' },
  { code: 'hotspot-no-label', edit: (s) => (s.scenes[0]!.hotspots[0]!.label = {}), path: '/scenes/0/hotspots/0/label' },
  { code: 'image-no-alt', edit: (s) => (s.assets[0]!.kind === 'image' ? (s.assets[0]!.alt = {}) : 0), path: '/assets/0/alt' },
  {
    code: 'narration-no-captions',
    edit: (s) => {
      s.assets.push(audio(1));
      s.scenes[0]!.soundscape.narration = { recordings: { en: audio(1).id }, captions: {}, autoplay: true };
    },
    path: '/scenes/0/soundscape/narration/recordings/en',
  },
  {
    code: 'audio-no-transcript',
    edit: (s) => {
      s.assets.push(audio(1, { transcript: {} }));
      s.scenes[0]!.soundscape.beds.push({ id: 'bed', asset: audio(1).id, volume: 0.5 });
    },
    path: '/assets/3/transcript',
  },
  {
    code: 'video-no-captions',
    edit: (s) => {
      s.assets.push(fakeVideoAsset(1, { sound: 'speech' }));
      s.scenes[0]!.video = { asset: fakeVideoAsset(1).id, end: { type: 'loop' }, volume: 1 };
    },
    path: '/assets/3/transcript',
  },
  {
    code: 'video-too-large',
    edit: (s) => {
      s.assets.push(fakeVideoAsset(1, { width: 5760, height: 2880 }));
      s.scenes[0]!.video = { asset: fakeVideoAsset(1).id, end: { type: 'loop' }, volume: 1 };
    },
    path: '/scenes/0/video/asset',
  },
  {
    code: 'hotspot-time-outside-video',
    edit: (s) => {
      s.assets.push(fakeVideoAsset(1, { duration: 30 }));
      s.scenes[0]!.video = { asset: fakeVideoAsset(1).id, end: { type: 'loop' }, volume: 1 };
      s.scenes[0]!.hotspots[0]!.time = { from: 45 };
    },
    path: '/scenes/0/hotspots/0/time',
  },
  {
    code: 'translation-missing',
    options: { languages: ['en', 'nb'] },
    edit: (s) => (s.scenes[0]!.hotspots[0]!.label = { en: 'Go on' }),
    path: '/scenes/0/hotspots/0/label',
  },
  {
    code: 'consent-missing',
    edit: (s) => (s.assets[0]!.consent = { peopleRecognisable: 'yes', consentRecorded: false }),
    path: '/assets/0/consent',
  },
  {
    code: 'hotspot-self-link',
    edit: (s) => s.scenes[0]!.hotspots.push({ id: 'loop', yaw: -90, pitch: 0, label: { en: 'Again' }, action: { type: 'goto', sceneId: 'scene-1' } }),
    path: '/scenes/0/hotspots/1/action/sceneId',
  },
  {
    code: 'hotspots-overlap',
    edit: (s) => s.scenes[0]!.hotspots.push({ id: 'near', yaw: 31.5, pitch: 1.5, label: { en: 'Near' }, action: { type: 'info', text: { en: 'x' } } }),
    path: '/scenes/0/hotspots/1',
  },
  {
    code: 'question-no-right',
    edit: (s) => s.scenes[0]!.hotspots.push(question([{ id: 'a1', text: { en: 'Cup' }, right: false, feedback: {} }, { id: 'a2', text: { en: 'Mug' }, right: false, feedback: {} }])),
    path: '/scenes/0/hotspots/1/action/answers',
  },
  {
    code: 'answer-empty',
    edit: (s) => s.scenes[0]!.hotspots.push(question([{ id: 'a1', text: { en: 'Cup' }, right: true, feedback: {} }, { id: 'a2', text: {}, right: false, feedback: {} }])),
    path: '/scenes/0/hotspots/1/action/answers/1/text',
  },
  {
    code: 'translation-missing',
    options: { languages: ['en', 'nb'] },
    edit: (s) => s.scenes[0]!.hotspots.push(question([{ id: 'a1', text: { en: 'Cup', nb: 'Kopp' }, right: true, feedback: { en: 'Yes!' } }, { id: 'a2', text: { en: 'Mug', nb: 'Krus' }, right: false, feedback: {} }], { en: 'What?', nb: 'Hva?' }, { en: 'Q', nb: 'S' })),
    path: '/scenes/0/hotspots/1/action/answers/0/feedback',
  },
  {
    code: 'checkpoint-never-opens',
    edit: (s) => {
      s.variables.push({ id: 'score', name: 'Score', initial: 0 });
      s.scenes[0]!.hotspots.push({ ...question([{ id: 'a1', text: { en: 'Cup' }, right: true, feedback: {} }, { id: 'a2', text: { en: 'Mug' }, right: false, feedback: {} }]), action: { type: 'question', prompt: { en: 'Q?' }, chances: 'once', score: 'score', answers: [{ id: 'a1', text: { en: 'Cup' }, right: true, feedback: {} }, { id: 'a2', text: { en: 'Mug' }, right: false, feedback: {} }] } });
      // one question counts: "2 right" can never be reached
      s.scenes[0]!.hotspots[0]!.action = { type: 'goto', sceneId: 'scene-2', closed: { when: [{ variable: 'score', op: 'gte', value: 2 }], message: { en: 'Closed' } } };
    },
    path: '/scenes/0/hotspots/0/action/closed/when/0',
  },
  { code: 'credit-missing', edit: (s) => (s.assets[2]!.credit = { licence: 'CC0-1.0' }), path: '/assets/2/credit' },
  { code: 'asset-unused', edit: (s) => s.assets.push(fakeImageAsset(50)), path: '/assets/3' },
];

describe('lintStory', () => {
  it('finds nothing in a clean generated story (small and large, one and two languages)', () => {
    expect(lintStory(fakeStory())).toEqual([]);
    expect(lintStory(fakeStory({ scenes: 40, hotspotsPerScene: 4 }))).toEqual([]);
    const two = lintStory(fakeStory({ scenes: 10, languages: ['en', 'nb'] }));
    expect(two.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('every code in LINT_CODES is kebab-case, has a severity and a summary, and is covered by a case here', () => {
    for (const [code, info] of Object.entries(LINT_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.summary.length).toBeGreaterThan(10);
    }
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(Object.keys(LINT_CODES)));
  });

  it.each(CASES.map((c, i) => [`${c.code} #${i}`, c] as const))('%s', (_name, c) => {
    const s = story(c.edit, c.options);
    const problems = lintStory(s);
    expectWellFormedProblems(problems);
    const hits = problems.filter((p) => p.code === c.code);
    expect(hits.length, `expected ${c.code} in ${JSON.stringify(problems, null, 1)}`).toBeGreaterThan(0);
    for (const p of hits) expect(p.severity).toBe(LINT_CODES[c.code].severity);
    if (c.path !== undefined) expect(hits.map((p) => p.path)).toContain(c.path);
    // the same story without the change does not have this finding
    const before = lintStory(story(() => {}, c.options)).filter((p) => p.code === c.code);
    if (c.path !== undefined) expect(before.map((p) => p.path)).not.toContain(c.path);
    else expect(before).toEqual([]);
  });

  it('names scenes and hotspots by title and label, and says what to do', () => {
    const s = story((x) => ((x.scenes[1]!.hotspots[0]!.action as { sceneId: string }).sceneId = 'lake'));
    const [p] = only(s, 'link-target-missing');
    expect(p).toMatchObject({ severity: 'error', sceneId: 'scene-2', hotspotId: 'scene-2-next' });
    expect(p!.message).toContain('"Go to scene 3"');
    expect(p!.message).toContain('scene "Scene 2"');
    expect(p!.message).toContain('"lake"');
    expect(p!.message).toMatch(/Choose another scene|delete/);
  });

  it('unreachable: any go-to counts (conditions ignored), cycles are fine, a missing start skips the check', () => {
    const s = story((x) => {
      x.variables = [{ id: 'key', name: 'Has key', initial: false }];
      x.scenes[0]!.hotspots[0]!.conditions = [{ variable: 'key', op: 'eq', value: true }];
      x.scenes[2]!.hotspots.push({ id: 'back', yaw: 0, pitch: 0, label: { en: 'Back' }, action: { type: 'goto', sceneId: 'scene-1' } });
    });
    expect(codes(s)).not.toContain('scene-unreachable');
    expect(reachableScenes(s)).toEqual(new Set(['scene-1', 'scene-2', 'scene-3']));
    const noStart = story((x) => ((x.startSceneId = 'gone'), (x.scenes[0]!.hotspots = [])));
    expect(codes(noStart)).not.toContain('scene-unreachable');
  });

  it('translation-missing: one problem per field, naming the languages; none for fields with no text at all', () => {
    const s = story(
      (x) => {
        x.scenes[0]!.description = { en: 'A square' };
        x.scenes[0]!.hotspots[0]!.label = { en: 'Go' };
        x.scenes[1]!.description = {};
      },
      { languages: ['en', 'nb', 'se'] },
    );
    const hits = only(s, 'translation-missing');
    const desc = hits.filter((p) => p.path === '/scenes/0/description');
    expect(desc).toHaveLength(1);
    expect(desc[0]!.message).toMatch(/Norwegian Bokmål \(nb\) and .*\(se\)/);
    expect(hits.some((p) => p.path === '/scenes/1/description')).toBe(false);
    expect(hits.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('translation-missing covers captions, alt text, transcripts, info and link texts, ending text', () => {
    const s = story(
      (x) => {
        x.assets.push(audio(1, { transcript: { en: 'Words' } }));
        x.assets[0] = { ...x.assets[0]!, alt: { en: 'A square' } } as Story['assets'][number];
        x.scenes[0]!.soundscape.narration = { recordings: { en: audio(1).id }, captions: { en: [{ start: 0, end: 2, text: 'Hello' }] }, autoplay: true };
        x.scenes[0]!.hotspots.push({
          id: 'info',
          yaw: 100,
          pitch: 0,
          label: { en: 'Info', nb: 'Info' },
          action: { type: 'info', title: { en: 'T' }, text: { en: 'Text' }, link: { url: 'https://example.org', label: { en: 'More' } } },
        });
        x.scenes[2]!.ending = { text: { en: 'The end' } };
      },
      { languages: ['en', 'nb'] },
    );
    const paths = only(s, 'translation-missing').map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/assets/0/alt',
        '/assets/3/transcript',
        '/scenes/0/soundscape/narration/captions',
        '/scenes/0/hotspots/1/action/title',
        '/scenes/0/hotspots/1/action/text',
        '/scenes/0/hotspots/1/action/link/label',
        '/scenes/2/ending/text',
      ]),
    );
  });

  it('audio used only as captioned narration needs no transcript; an unused placeholder needs no alt', () => {
    const s = story((x) => {
      x.assets.push(audio(1, { transcript: {} }));
      x.scenes[0]!.soundscape.narration = { recordings: { en: audio(1).id }, captions: { en: [{ start: 0, end: 2, text: 'Hi' }] }, autoplay: true };
      x.assets[1] = { ...fakeImageAsset(2), placeholder: true, alt: {} };
    });
    expect(codes(s)).not.toContain('audio-no-transcript');
    expect(codes(s)).not.toContain('image-no-alt');
    expect(codes(s)).toContain('panorama-placeholder');
  });

  it('info links: http(s) with a host and mailto with an address open; others never do', () => {
    for (const ok of ['https://example.org', 'http://example.org/a?b=c#d', 'mailto:ana@example.org', 'HTTPS://EXAMPLE.ORG'])
      expect(isOpenableLink(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://x.org', 'example.org', '', 'https://', 'mailto:', 'file:///etc/passwd', 'data:text/html,x', 'https://exa mple.org'])
      expect(isOpenableLink(bad), bad).toBe(false);
  });

  it('info-link-invalid suggests the likely fix for addresses written without https:// or mailto:', () => {
    const withLink = (url: string) =>
      story((x) =>
        x.scenes[0]!.hotspots.push({ id: 'i1', yaw: 90, pitch: 0, label: { en: 'More' }, action: { type: 'info', text: { en: 'x' }, link: { url } } }),
      );
    expect(only(withLink('www.example.org/page'), 'info-link-invalid')[0]!.message).toContain('Did you mean "https://www.example.org/page"?');
    expect(only(withLink('ana@example.org'), 'info-link-invalid')[0]!.message).toContain('Did you mean "mailto:ana@example.org"?');
    expect(only(withLink('javascript:alert(1)'), 'info-link-invalid')[0]!.message).not.toContain('Did you mean');
  });

  it('overlap is measured on the sphere: near the poles yaw differences do not matter', () => {
    const s = story((x) => {
      x.scenes[0]!.hotspots = [
        { id: 'a', yaw: 0, pitch: 89, label: { en: 'A' }, action: { type: 'goto', sceneId: 'scene-2' } },
        { id: 'b', yaw: 170, pitch: 89, label: { en: 'B' }, action: { type: 'goto', sceneId: 'scene-2' } },
        { id: 'c', yaw: 179, pitch: 0, label: { en: 'C' }, action: { type: 'goto', sceneId: 'scene-2' } },
        { id: 'd', yaw: -179, pitch: 0, label: { en: 'D' }, action: { type: 'goto', sceneId: 'scene-2' } },
        { id: 'e', yaw: 90, pitch: 0, label: { en: 'E' }, action: { type: 'goto', sceneId: 'scene-2' } },
      ];
    });
    expect(only(s, 'hotspots-overlap').map((p) => p.hotspotId)).toEqual(['b', 'd']);
  });

  // loadStory makes hotspot and sound ids unique (repair), and lint then skips its own id maps for
  // the story it returned (graph/unique-ids.ts): what it finds must be what it finds in a copy.
  it.each(CASES.map((c, i) => [`${c.code} #${i}`, c] as const))('finds the same in a story loadStory returned as in a copy of it: %s', (_name, c) => {
    const loaded = loadStory(serializeStory(story(c.edit, c.options)));
    if (!loaded.ok) return; // a change loading refuses (or repairs away) is loadStory's to report
    const copy = structuredClone(loaded.story);
    expect(lintStory(loaded.story)).toEqual(lintStory(copy));
    expect(lintStoryKept(loaded.story)).toEqual(lintStory(copy));
  });

  it('still finds an id used twice in a new story made from a loaded one (as the editor makes them)', () => {
    const loaded = loadStory(serializeStory(fakeStory()));
    if (!loaded.ok) throw new Error('the generated story does not load');
    expect(lintStory(loaded.story).filter((p) => p.code === 'duplicate-id')).toEqual([]);
    const s = loaded.story;
    const twice = s.scenes[0]!.hotspots[0]!.id;
    const edited: Story = { ...s, scenes: s.scenes.map((x, i) => (i === 1 ? { ...x, hotspots: [{ ...x.hotspots[0]!, id: twice }, ...x.hotspots.slice(1)] } : x)) };
    for (const found of [lintStory(edited), lintStoryKept(edited)]) {
      expect(found.filter((p) => p.code === 'duplicate-id').map((p) => p.path)).toEqual(['/scenes/1/hotspots/0/id']);
    }
  });

  it('is pure: does not change the story', () => {
    const s = story((x) => (x.startSceneId = 'gone'));
    const before = structuredClone(s);
    lintStory(s);
    expect(s).toEqual(before);
  });

  // How fast it is (2,000 scenes) is measured in `npm run bench` (the model suite), never asserted here.
  it('lints a valid 2,000-scene story without a problem', () => {
    const big = fakeStory({ scenes: 2000, hotspotsPerScene: 4 });
    expect(StorySchema.safeParse(big).success).toBe(true);
    expect(lintStory(big).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('pathTo', () => {
  it('adds one to three segments without changing the path it starts from', () => {
    const base = ['scenes', 2] as const;
    expect(pathTo(base, 'title')).toEqual(['scenes', 2, 'title']);
    expect(pathTo(base, 'hotspots', 0)).toEqual(['scenes', 2, 'hotspots', 0]);
    expect(pathTo(base, 'ending', 'score', 'text')).toEqual(['scenes', 2, 'ending', 'score', 'text']);
    expect(pathTo(['scenes', 1, 'hotspots', 0], 0)).toEqual(['scenes', 1, 'hotspots', 0, 0]);
    expect(base).toEqual(['scenes', 2]);
  });
});
