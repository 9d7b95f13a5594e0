/**
 * Test stories for tests/e2e/player*.test.ts, built in the page with canvas-drawn panoramas
 * (blob URLs), so nothing is fetched from outside 127.0.0.1.
 */
import { fakeHash, fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import type { AudioAsset, ImageAsset, Scene, Story } from '../../../src/story/schema/index.ts';

export interface Fixture {
  story: Story;
  urls: Record<string, string>;
}

const toBlobUrl = (canvas: HTMLCanvasElement, type = 'image/jpeg') =>
  new Promise<string>((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(URL.createObjectURL(b)) : fail(new Error('toBlob failed'))), type, 0.85),
  );

/** A labelled panorama: a hue band, a 30° grid and the number in big type every 90°. */
export async function drawPanorama(width: number, hue: number, label: string): Promise<string> {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = width / 2;
  const g = c.getContext('2d')!;
  const grad = g.createLinearGradient(0, 0, 0, c.height);
  grad.addColorStop(0, `hsl(${hue} 60% 78%)`);
  grad.addColorStop(0.5, `hsl(${hue} 55% 45%)`);
  grad.addColorStop(1, `hsl(${hue} 45% 18%)`);
  g.fillStyle = grad;
  g.fillRect(0, 0, c.width, c.height);
  g.strokeStyle = 'rgba(255,255,255,0.35)';
  g.lineWidth = Math.max(1, width / 1024);
  for (let i = 0; i <= 12; i++) {
    const x = (i / 12) * c.width;
    g.beginPath();
    g.moveTo(x, 0);
    g.lineTo(x, c.height);
    g.stroke();
  }
  for (let i = 1; i < 6; i++) {
    const y = (i / 6) * c.height;
    g.beginPath();
    g.moveTo(0, y);
    g.lineTo(c.width, y);
    g.stroke();
  }
  g.fillStyle = 'rgba(255,255,255,0.9)';
  g.font = `700 ${width / 14}px sans-serif`;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  for (let q = 0; q < 4; q++) g.fillText(label, ((q + 0.5) / 4) * c.width, c.height / 2);
  return toBlobUrl(c);
}

/** The coloured-quarters panorama (see scripts/make-orientation-panorama.mjs); the fixture file if present. */
export async function quartersUrl(): Promise<string> {
  const res = await fetch('/tests/fixtures/generated/quarters.png').catch(() => null);
  if (res?.ok && (res.headers.get('content-type') ?? '').startsWith('image/')) {
    return URL.createObjectURL(await res.blob());
  }
  const c = document.createElement('canvas');
  c.width = 2048;
  c.height = 1024;
  const g = c.getContext('2d')!;
  const band = (x0: number, x1: number, colour: string) => {
    g.fillStyle = colour;
    g.fillRect(x0 * c.width, 0, (x1 - x0) * c.width, c.height);
  };
  // u = 0.5 + yaw / 360
  band(0, 0.125, '#0000ff');
  band(0.125, 0.375, '#ffff00');
  band(0.375, 0.625, '#ff0000');
  band(0.625, 0.875, '#00ff00');
  band(0.875, 1, '#0000ff');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, c.width, c.height * 0.15);
  g.fillStyle = '#000000';
  g.fillRect(0, c.height * 0.85, c.width, c.height * 0.15);
  return toBlobUrl(c, 'image/png');
}

/** A short tone as a WAV blob URL (mono 16-bit), for sound hotspots and narration. */
export function toneUrl(seconds: number, hz: number): string {
  const rate = 22050;
  const n = Math.floor(seconds * rate);
  const buf = new ArrayBuffer(44 + n * 2);
  const v = new DataView(buf);
  const str = (o: number, x: string) => [...x].forEach((c, i) => v.setUint8(o + i, c.charCodeAt(0)));
  str(0, 'RIFF');
  v.setUint32(4, 36 + n * 2, true);
  str(8, 'WAVEfmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  str(36, 'data');
  v.setUint32(40, n * 2, true);
  for (let i = 0; i < n; i++) v.setInt16(44 + i * 2, Math.sin((2 * Math.PI * hz * i) / rate) * 8000, true);
  return URL.createObjectURL(new Blob([buf], { type: 'audio/wav' }));
}

function audioAsset(n: number, seconds: number, transcript: string): AudioAsset {
  return {
    id: fakeHash(1000 + n),
    kind: 'audio',
    mime: 'audio/wav',
    bytes: 1000,
    name: `sound-${n}.wav`,
    duration: seconds,
    transcript: { en: transcript },
    credit: { author: 'Test', licence: 'CC0-1.0' },
    consent: { peopleRecognisable: 'no', consentRecorded: false },
  };
}

function imageAsset(n: number, width: number, extra: Partial<ImageAsset> = {}): ImageAsset {
  return fakeImageAsset(n, { width, height: width / 2, mime: 'image/jpeg', bytes: 100_000, ...extra });
}

export async function quartersFixture(): Promise<Fixture> {
  const asset = imageAsset(1, 2048, { mime: 'image/png', alt: { en: 'Four coloured quarters' } });
  const story = fakeStory({ scenes: 1, panoramas: [asset] });
  story.scenes[0]!.hotspots = [];
  delete story.scenes[0]!.ending;
  return { story, urls: { [asset.id]: await quartersUrl() } };
}

/** A chain of `count` scenes with distinct pictures (fakeStory links: next, and every third home). */
export async function walkFixture(count: number, width = 1024): Promise<Fixture> {
  const assets = Array.from({ length: count }, (_, i) => imageAsset(i + 1, width, { alt: { en: `Picture ${i + 1}` } }));
  const story = fakeStory({ scenes: count, panoramas: assets });
  const urls: Record<string, string> = {};
  for (let i = 0; i < count; i++) urls[assets[i]!.id] = await drawPanorama(width, (i * 47) % 360, String(i + 1));
  return { story, urls };
}

/** A small branching story for keyboard play: hall -> (info) -> garden or cellar -> ending. */
export async function keyboardFixture(): Promise<Fixture> {
  const assets = [1, 2, 3, 4].map((n) => imageAsset(n, 1024, { alt: { en: `Photo ${n}` } }));
  const bell = audioAsset(1, 0.8, 'A bell rings: ding, dong.');
  const voice = audioAsset(2, 3, 'Birds sing in the old garden.');
  const base = fakeStory({ scenes: 1, panoramas: assets });
  const scene = (id: string, title: string, pano: number, hotspots: Scene['hotspots'], extra: Partial<Scene> = {}): Scene => ({
    ...base.scenes[0]!,
    id,
    title: { en: title },
    description: { en: `You are in the ${title.toLowerCase()}.` },
    panorama: assets[pano]!.id,
    hotspots,
    ending: undefined,
    ...extra,
  });
  const story: Story = {
    ...base,
    meta: { ...base.meta, title: { en: 'The old library' }, authors: [{ name: 'Ada' }, { name: 'Sam' }] },
    startSceneId: 'hall',
    assets: [...assets, bell, voice],
    variables: [{ id: 'knows', name: 'Knows the way', initial: false }],
    scenes: [
      scene('hall', 'Hall', 0, [
        { id: 'sign', yaw: -40, pitch: 5, label: { en: 'Read the sign' }, action: { type: 'info', title: { en: 'A sign' }, text: { en: 'The garden is through the glass door.' } }, effects: [{ variable: 'knows', op: 'set', value: true }] },
        { id: 'to-cellar', yaw: 120, pitch: -10, label: { en: 'Go down to the cellar' }, action: { type: 'goto', sceneId: 'cellar' } },
        { id: 'to-garden', yaw: 30, pitch: 0, label: { en: 'Open the glass door' }, action: { type: 'goto', sceneId: 'garden' }, conditions: [{ variable: 'knows', op: 'eq', value: true }] },
      ], { description: undefined }),
      scene('cellar', 'Cellar', 1, [
        { id: 'up', yaw: 0, pitch: 20, label: { en: 'Climb back up' }, action: { type: 'goto', sceneId: 'hall' } },
        { id: 'bell', yaw: -70, pitch: 0, label: { en: 'Ring the bell' }, action: { type: 'sound', asset: bell.id, volume: 0.6 } },
      ]),
      scene('garden', 'Garden', 2, [
        { id: 'to-pond', yaw: 60, pitch: -5, label: { en: 'Walk to the pond' }, action: { type: 'goto', sceneId: 'pond' } },
      ], {
        soundscape: {
          beds: [],
          sources: [],
          narration: { recordings: { en: voice.id }, captions: { en: [{ start: 0, end: 2.5, text: 'Birds sing in the old garden.' }] }, autoplay: true },
        },
      }),
      scene('pond', 'Pond', 3, [], { ending: { text: { en: 'The ducks say goodbye. Thank you for visiting.' } } }),
    ],
  };
  const urls: Record<string, string> = {};
  for (let i = 0; i < assets.length; i++) urls[assets[i]!.id] = await drawPanorama(1024, [30, 200, 120, 280][i]!, ['Hall', 'Cellar', 'Garden', 'Pond'][i]!);
  urls[bell.id] = toneUrl(0.8, 880);
  urls[voice.id] = toneUrl(3, 440);
  return { story, urls };
}

/** One scene with info hotspots whose text tries to be HTML, and links of every kind. */
export async function infoFixture(): Promise<Fixture> {
  const pano = imageAsset(1, 1024);
  const picture = imageAsset(2, 512, { alt: { en: 'A drawing of a red door' }, credit: { author: 'Kim', licence: 'CC-BY-4.0' } });
  const story = fakeStory({ scenes: 1, panoramas: [pano] });
  story.assets.push(picture);
  delete story.scenes[0]!.ending;
  story.scenes[0]!.hotspots = [
    {
      id: 'evil',
      yaw: -20,
      pitch: 0,
      label: { en: '<img src=x onerror=alert(1)>' },
      action: {
        type: 'info',
        title: { en: '<b>Not bold</b>' },
        text: { en: 'First line <script>alert(2)</script>\nSecond line' },
        image: picture.id,
        link: { url: 'javascript:alert(3)', label: { en: 'Do not run me' } },
      },
    },
    {
      id: 'good',
      yaw: 25,
      pitch: 0,
      label: { en: 'About the library' },
      action: { type: 'info', text: { en: 'Open every day.' }, link: { url: 'https://example.org/library', label: { en: 'Library website' } } },
    },
  ];
  const c = document.createElement('canvas');
  c.width = 512;
  c.height = 256;
  const g = c.getContext('2d')!;
  g.fillStyle = '#c0392b';
  g.fillRect(180, 40, 150, 200);
  return { story, urls: { [pano.id]: await drawPanorama(1024, 210, 'Info'), [picture.id]: await toBlobUrl(c, 'image/png') } };
}
