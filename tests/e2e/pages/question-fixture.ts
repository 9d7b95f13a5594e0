/**
 * A language café with one word question and a door that opens after a right answer, for
 * tests/e2e/player-question.test.ts (page and headset). English and Norwegian Bokmål.
 */
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import type { Scene, Story } from '../../../src/story/schema/index.ts';
import { drawPanorama, type Fixture } from './player-fixtures.ts';

export async function questionFixture(): Promise<Fixture> {
  const assets = [1, 2].map((n) => fakeImageAsset(n, { width: 1024, height: 512, mime: 'image/jpeg', bytes: 100_000, alt: { en: `Photo ${n}`, nb: `Bilde ${n}` } }));
  const base = fakeStory({ scenes: 1, panoramas: assets, languages: ['en', 'nb'] });
  const scene = (id: string, title: Record<string, string>, pano: number, hotspots: Scene['hotspots'], extra: Partial<Scene> = {}): Scene => ({
    ...base.scenes[0]!,
    id,
    title,
    panorama: assets[pano]!.id,
    view: { yaw: 0, pitch: 0, fov: 75 },
    hotspots,
    ending: undefined,
    ...extra,
  });
  const story: Story = {
    ...base,
    meta: { ...base.meta, title: { en: 'Language café', nb: 'Språkkafé' }, languages: ['en', 'nb'], defaultLanguage: 'en' },
    startSceneId: 'cafe',
    variables: [{ id: 'score', name: 'Score', initial: 0 }],
    scenes: [
      scene('cafe', { en: 'Café', nb: 'Kafé' }, 0, [
        {
          id: 'cup-word',
          yaw: 0,
          pitch: 0,
          label: { en: 'A word for this', nb: 'Et ord for dette' },
          action: {
            type: 'question',
            prompt: { en: 'What is a cup called in Norwegian?', nb: 'Hva heter en cup på norsk?' },
            chances: 'retry',
            score: 'score',
            answers: [
              { id: 'kopp', text: { en: 'kopp', nb: 'kopp' }, right: true, feedback: { en: 'Yes, a cup is “en kopp”.', nb: 'Ja, det er en kopp.' } },
              { id: 'krus', text: { en: 'krus', nb: 'krus' }, right: false, feedback: { en: 'A “krus” is a mug.', nb: 'Et krus er større.' } },
              { id: 'kanne', text: { en: 'kanne', nb: 'kanne' }, right: false, feedback: {} },
            ],
          },
        },
        {
          id: 'to-garden',
          yaw: 120,
          pitch: 0,
          label: { en: 'Out to the garden', nb: 'Ut i hagen' },
          action: { type: 'goto', sceneId: 'garden', closed: { when: [{ variable: 'score', op: 'gte', value: 1 }], message: { en: 'Find one word first.', nb: 'Finn ett ord først.' } } },
        },
      ]),
      scene('garden', { en: 'Garden', nb: 'Hage' }, 1, [], {
        ending: { text: { en: 'Thank you!', nb: 'Takk!' }, score: { variable: 'score', text: { en: 'You found {score} of {total} words', nb: 'Du fant {score} av {total} ord' } } },
      }),
    ],
  };
  const urls: Record<string, string> = {};
  for (let i = 0; i < assets.length; i++) urls[assets[i]!.id] = await drawPanorama(1024, [40, 130][i]!, ['Café', 'Garden'][i]!);
  return { story, urls };
}
