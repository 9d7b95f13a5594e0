/**
 * A 360° video scene for tests/e2e/player-video.test.ts: count.webm (12 s, the second it is at in
 * big digits) over a drawn poster, with a short narration (a tone) that plays at once, and captions
 * timed to the video (0:05 to 0:09) in English and Norwegian.
 */
import { fakeStory, fakeVideoAsset, fakeHash } from '../../../src/story/fake.ts';
import type { AudioAsset, Story } from '../../../src/story/schema/index.ts';
import { drawPanorama, toneUrl, type Fixture } from './player-fixtures.ts';

export async function videoFixture(): Promise<Fixture> {
  const base = fakeStory({ scenes: 1, languages: ['en', 'nb'] });
  const poster = base.assets[0]!;
  const video = fakeVideoAsset(1, {
    mime: 'video/webm',
    name: 'count.webm',
    width: 256,
    height: 128,
    duration: 12,
    bytes: 48_000,
    sound: 'speech',
    captions: {
      en: [{ start: 5, end: 9, text: 'The bell rings at five.' }],
      nb: [{ start: 5, end: 9, text: 'Klokka ringer klokka fem.' }],
    },
  });
  const voice: AudioAsset = {
    id: fakeHash(2001),
    kind: 'audio',
    mime: 'audio/wav',
    bytes: 1000,
    name: 'voice.wav',
    duration: 2,
    transcript: { en: 'A short tone.' },
    credit: {},
    consent: { peopleRecognisable: 'no', consentRecorded: false },
  };
  const scene = base.scenes[0]!;
  const story: Story = {
    ...base,
    meta: { ...base.meta, title: { en: 'The tower', nb: 'Tårnet' } },
    assets: [poster, video, voice],
    scenes: [
      {
        ...scene,
        id: scene.id,
        title: { en: 'Tower', nb: 'Tårn' },
        hotspots: [],
        ending: undefined,
        video: { asset: video.id, end: { type: 'loop' }, volume: 0.8 },
        soundscape: { beds: [], sources: [], narration: { recordings: { en: voice.id }, captions: {}, autoplay: true } },
      },
    ],
  };
  const countUrl = URL.createObjectURL(await (await fetch('/tests/fixtures/media/count.webm')).blob());
  return { story, urls: { [poster.id]: await drawPanorama(1024, 200, 'Tower'), [video.id]: countUrl, [voice.id]: toneUrl(2, 440) } };
}
