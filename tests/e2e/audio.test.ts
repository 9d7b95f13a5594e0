/**
 * The soundscape engine in real Chromium. Everything is measured from the audio the engine
 * actually produces: Howler.masterGain -> ChannelSplitter -> AnalyserNodes (left/right RMS), and an
 * FFT analyser that follows the test tones (bed A = 440 Hz, bed B = 660 Hz) separately.
 * Narration plays through an HTML5 <audio> element, so it is not in that tap: the tap hears the beds
 * and sources alone, which is what the ducking test needs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, launch, newPage } from './lib/browser.ts';
import { serveDev } from './lib/app.ts';
import { ensureAudioFixtures } from '../fixtures/audio/make-fixtures.ts';
import type { AudioTestApi, Sample } from './pages/audio.ts';

declare global {
  interface Window {
    audioTest: AudioTestApi;
  }
}

let dev: Awaited<ReturnType<typeof serveDev>>;
let browser: Browser;
const pages: { page: Page; errors: string[] }[] = [];

async function open(init: Parameters<AudioTestApi['init']>[0] = { memoryStorage: true }, b: Browser = browser) {
  const { page, errors } = await newPage(b);
  pages.push({ page, errors });
  await page.goto(`${dev.url}tests/e2e/pages/audio.html`);
  await page.waitForFunction(() => 'audioTest' in window);
  const info = await page.evaluate((o) => window.audioTest.init(o), init);
  return { page, errors, info };
}

const enter = (page: Page, name: string, opts: { language?: string; neighbours?: string[] } = {}) =>
  page.evaluate(([n, o]) => window.audioTest.enter(n, o), [name, opts] as const);
const levels = (page: Page, ms = 400) => page.evaluate((m) => window.audioTest.levels(m), ms);
const waitLoaded = async (page: Page) => assert.equal(await page.evaluate(() => window.audioTest.waitFor('loaded')), true, 'sounds should load');
const problems = (page: Page) => page.evaluate(() => window.audioTest.problems());
/** Page errors other than the expected 404 of the deliberately missing file. */
const unexpected = (errors: string[]) => errors.filter((e) => !/404|does-not-exist/.test(e));

before(async () => {
  ensureAudioFixtures();
  dev = await serveDev();
  browser = await launch(); // throws (test fails) when Chromium is missing
});

after(async () => {
  for (const { page } of pages) await page.close().catch(() => undefined);
  await browser?.close();
  await dev?.close();
});

/**
 * The steepest change of the voices' gains between samples, per second of AUDIO time. The page's
 * clock is the wrong one: the gains move on the audio thread, and a page that stalls (a busy
 * machine) takes its samples late and bunched. A sample taken late can also read a gain older than
 * the audio clock beside it (seen: a gain 50 ms behind its clock right after a 73-ms stall, caught up
 * 2 ms later), so a sample after a stall is left out: the change across the stall is measured from
 * the sample before it to the next one taken on time.
 */
function steepestGainChange(s: Sample[], ids: string[], gainOf: (x: Sample, id: string) => number, everyMs: number) {
  let worst = 0;
  let at = 0;
  let skipped = 0;
  let prev = s[0]!;
  for (let i = 1; i < s.length; i++) {
    const x = s[i]!;
    if (x.t - s[i - 1]!.t > 1.5 * everyMs) {
      skipped++;
      continue;
    }
    const dt = Math.max(x.audioTime - prev.audioTime, 0.005); // at least two render quanta
    for (const id of ids) {
      const slope = Math.abs(gainOf(x, id) - gainOf(prev, id)) / dt;
      if (slope > worst) [worst, at] = [slope, x.t];
    }
    prev = x;
  }
  return { worst, at, skipped };
}

describe('soundscape engine in Chromium', () => {
  test('starts running under the autoplay policy flag, without a "Start with sound" button', async () => {
    const { page, info, errors } = await open();
    assert.equal(info.state, 'running');
    assert.equal(await page.getByRole('button', { name: /start with sound/i }).count(), 0);
    assert.deepEqual(unexpected(errors), []);
  });

  test('positional source: yaw +90 louder on the right, -90 on the left; turning 180° swaps the sides (HRTF)', async () => {
    const { page, errors } = await open();
    await enter(page, 'right');
    await waitLoaded(page);
    const voices = await page.evaluate(() => window.audioTest.inspect());
    assert.equal(voices[0]?.panningModel, 'HRTF');
    await page.waitForTimeout(1700); // fade-in
    const r = await levels(page);
    assert.ok(r.right > 1.8 * r.left, `yaw +90: right ${r.right.toFixed(3)} should be well above left ${r.left.toFixed(3)}`);
    assert.ok(r.left > 0.01, 'HRTF keeps some sound in the far ear (not a hard pan)');

    await page.evaluate(() => window.audioTest.listener(180, 0));
    await page.waitForTimeout(300);
    const turned = await levels(page);
    assert.ok(turned.left > 1.8 * turned.right, `turned 180°: left ${turned.left.toFixed(3)} should be above right ${turned.right.toFixed(3)}`);

    await page.evaluate(() => window.audioTest.listener(0, 0));
    await enter(page, 'left');
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const l = await levels(page);
    assert.ok(l.left > 1.8 * l.right, `yaw -90: left ${l.left.toFixed(3)} should be above right ${l.right.toFixed(3)}`);

    // Facing the source: both ears about equal.
    await enter(page, 'front');
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const f = await levels(page);
    assert.ok(Math.abs(f.left - f.right) / Math.max(f.left, f.right) < 0.2, `ahead: left ${f.left.toFixed(3)} ≈ right ${f.right.toFixed(3)}`);
    console.log(`  HRTF RMS L/R: +90 ${r.left.toFixed(3)}/${r.right.toFixed(3)}, turned ${turned.left.toFixed(3)}/${turned.right.toFixed(3)}, -90 ${l.left.toFixed(3)}/${l.right.toFixed(3)}, 0 ${f.left.toFixed(3)}/${f.right.toFixed(3)}`);
    assert.deepEqual(unexpected(errors), []);
  });

  test('crossfade between two scenes: outgoing falls while incoming rises, equal power, never silent', async () => {
    const { page, errors } = await open();
    await enter(page, 'a', { neighbours: ['b'] });
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const s: Sample[] = await page.evaluate(() => window.audioTest.sampleDuring(2000, 'b', 20));
    assert.ok(s.length >= 60, `sampled ${s.length} times`);
    const start = s[0]!;
    assert.ok(start.l440 > 0.05 && start.l660 < 0.01, 'only bed A before');

    const gainOf = (x: Sample, id: string) => x.voices.find((v) => v.itemId === id)?.gain ?? 0;
    // Engine gains (read from the AudioParams on the audio thread): monotone.
    for (let i = 1; i < s.length; i++) {
      assert.ok(gainOf(s[i]!, 'a-bed') <= gainOf(s[i - 1]!, 'a-bed') + 1e-4, `outgoing gain must not rise (sample ${i})`);
      assert.ok(gainOf(s[i]!, 'b-bed') >= gainOf(s[i - 1]!, 'b-bed') - 1e-4, `incoming gain must not fall (sample ${i})`);
    }
    // The real output: the 440 Hz tone falls and the 660 Hz tone rises...
    const window_ = (from: number, to: number) => s.filter((x) => x.t >= from && x.t < to);
    const mean = (xs: Sample[], f: (x: Sample) => number) => xs.reduce((a, x) => a + f(x), 0) / xs.length;
    const early = window_(150, 450);
    const mid = window_(600, 900);
    const late = window_(1100, 1400);
    assert.ok(mean(early, (x) => x.l440) > mean(mid, (x) => x.l440) && mean(mid, (x) => x.l440) > mean(late, (x) => x.l440), 'A falls');
    assert.ok(mean(early, (x) => x.l660) < mean(mid, (x) => x.l660) && mean(mid, (x) => x.l660) < mean(late, (x) => x.l660), 'B rises');
    // ...overlapping in the middle (no gap)...
    assert.ok(mean(mid, (x) => x.l440) > 0.3 * start.l440 && mean(mid, (x) => x.l660) > 0.3 * start.l440, 'both audible mid-way');
    // ...and the total level never drops (equal power: constant for two different tones).
    const minRms = Math.min(...s.map((x) => x.rms));
    assert.ok(minRms > 0.8 * start.rms, `output never near silent: min RMS ${minRms.toFixed(3)} vs ${start.rms.toFixed(3)}`);
    // Done after ~1.5 s: A gone, B at full level.
    const end = s.at(-1)!;
    assert.ok(end.l440 < 0.05 * start.l440, 'A silent at the end');
    assert.ok(Math.abs(end.l660 - start.l440) < 0.15 * start.l440, 'B at the level A had (same bed volume)');
    const reached = s.find((x) => gainOf(x, 'b-bed') >= 0.95 * 0.8);
    assert.ok(reached && reached.t > 1000 && reached.t < 1800, `crossfade takes ~1.5 s (incoming at 95 % after ${reached?.t.toFixed(0)} ms)`);
    assert.ok(end.voices.every((v) => v.itemId !== 'a-bed'), 'outgoing voice released');
    console.log(`  crossfade: RMS min/start ${minRms.toFixed(3)}/${start.rms.toFixed(3)}; 95 % after ${reached?.t.toFixed(0)} ms; ${s.length} samples`);
    assert.deepEqual(unexpected(errors), []);
  });

  test('turning back in the middle of a crossfade glides back without a jump', async () => {
    const { page, errors } = await open();
    await enter(page, 'a', { neighbours: ['b'] });
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const s: Sample[] = await page.evaluate(async () => {
      const samples = window.audioTest.sampleDuring(2600, 'b', 20);
      await new Promise((ok) => setTimeout(ok, 600));
      window.audioTest.enter('a', { neighbours: ['b'] });
      return samples;
    });
    const gainOf = (x: Sample, id: string) => x.voices.find((v) => v.itemId === id)?.gain ?? 0;
    const { worst, at, skipped } = steepestGainChange(s, ['a-bed', 'b-bed'], gainOf, 20);
    // A 1.5-s equal-power fade of a 0.8 bed changes by at most 0.8·π/2/1.5 ≈ 0.84 per second.
    assert.ok(worst < 1.5, `gain slope at most ${worst.toFixed(2)}/s: no jumps (steepest at ${at.toFixed(0)} ms)`);
    console.log(`  interrupted crossfade: steepest gain change ${worst.toFixed(2)}/s (${skipped} of ${s.length} samples taken late, left out)`);
    const end = s.at(-1)!;
    assert.ok(Math.abs(gainOf(end, 'a-bed') - 0.8) < 0.02, 'A back at its level');
    assert.ok(end.voices.every((v) => v.itemId !== 'b-bed'), 'B gone');
    assert.ok(Math.min(...s.map((x) => x.rms)) > 0.8 * s[0]!.rms, 'never near silent');
    assert.deepEqual(unexpected(errors), []);
  });

  test('a bed shared by both scenes keeps playing through the scene change', async () => {
    const { page, errors } = await open();
    await enter(page, 'a');
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const s: Sample[] = await page.evaluate(() => window.audioTest.sampleDuring(800, 'narratedManual', 20));
    const min = Math.min(...s.map((x) => x.l440));
    assert.ok(min > 0.9 * s[0]!.l440, `the shared bed never dips (${min.toFixed(3)} vs ${s[0]!.l440.toFixed(3)})`);
    assert.deepEqual(unexpected(errors), []);
  });

  test('narration: captions follow the playback time; beds duck while it speaks and come back after', async () => {
    const { page, errors } = await open();
    await enter(page, 'narratedManual');
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const before = await levels(page, 400);
    await page.evaluate(() => window.audioTest.clearCaptionLog());
    await page.evaluate(() => window.audioTest.engine.playNarration());
    assert.equal(await page.evaluate(() => window.audioTest.waitFor('narration-playing')), true);

    // DOM caption box: aria-live polite, shows the cue text.
    const box = page.getByTestId('captions');
    assert.equal(await box.getAttribute('aria-live'), 'polite');
    await page.waitForFunction(() => document.querySelector('[data-testid=captions]')?.textContent === 'One', null, { timeout: 3000 });
    assert.equal(await box.getAttribute('lang'), 'en');

    await page.waitForTimeout(400);
    const during = await levels(page, 300); // ~0.9-1.2 s into the narration
    assert.equal(await page.evaluate(() => window.audioTest.waitFor('narration-ended', 6000)), true);
    await page.waitForFunction(() => document.querySelector('[data-testid=captions]')?.textContent === '', null, { timeout: 1000 });
    await page.waitForTimeout(1300);
    const afterEnd = await levels(page, 400);

    const log = await page.evaluate(() => window.audioTest.captionLog());
    assert.deepEqual(
      log.map((c) => c.text),
      ['One', null, 'Two,\nin two lines', null],
    );
    const cues = [0.5, 1.2, 1.6, 2.3];
    log.forEach((c, i) => {
      if (i === 3) return; // the last null comes at the cue's end or when playback ends (3 s)
      const late = c.media - cues[i]!;
      assert.ok(late >= -0.02 && late < 0.15, `caption ${i} changed at ${c.media.toFixed(3)} s, cue time ${cues[i]} s`);
    });
    const duck = during.l440 / before.l440;
    const back = afterEnd.l440 / before.l440;
    assert.ok(duck > 0.25 && duck < 0.45, `bed ducked to ${(duck * 100).toFixed(0)} % while narration speaks`);
    assert.ok(back > 0.9, `bed back to ${(back * 100).toFixed(0)} % after the narration`);
    console.log(`  captions at media time ${log.map((c) => c.media.toFixed(3)).join(', ')} s; bed level during narration ${(duck * 100).toFixed(0)} %, after ${(back * 100).toFixed(0)} %`);
    assert.deepEqual(unexpected(errors), []);
  });

  test("autoplaying narration in the reader's language, with that language's captions", async () => {
    const { page, errors } = await open();
    await enter(page, 'narrated', { language: 'nb' });
    await page.waitForFunction(() => document.querySelector('[data-testid=captions]')?.textContent === 'En', null, { timeout: 4000 });
    const status = await page.evaluate(() => window.audioTest.engine.narrationStatus());
    assert.equal(status?.language, 'nb');
    assert.equal(await page.getByTestId('captions').getAttribute('lang'), 'nb');
    // Leaving the scene stops the narration and clears the caption.
    await enter(page, 'a');
    await page.waitForFunction(() => document.querySelector('[data-testid=captions]')?.textContent === '', null, { timeout: 1000 });
    assert.equal(await page.evaluate(() => window.audioTest.engine.narrationStatus()), null);
    assert.deepEqual(unexpected(errors), []);
  });

  test('a missing asset is reported once and the other sounds keep playing', async () => {
    const { page, errors } = await open();
    await enter(page, 'missingOnly');
    await page.waitForTimeout(1800);
    const lv = await levels(page);
    assert.ok(lv.l440 > 0.05, 'the bed plays');
    let found = await problems(page);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.code, 'asset-missing');
    assert.match(found[0]!.message, /positional sound "missing.wav" in scene "missingOnly" has no sound file/);
    assert.match(found[0]!.message, /Add the file again/);
    // Again and again: still one report.
    await enter(page, 'a');
    await enter(page, 'missingOnly');
    await page.waitForTimeout(300);
    found = await problems(page);
    assert.equal(found.length, 1);

    // A file that is not audio, and one that is not there (404): one problem each, the good bed plays on.
    // (Vite's dev server answers unknown paths with index.html, so make this one a real 404.)
    await page.route('**/does-not-exist.wav', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await enter(page, 'broken');
    await page.waitForTimeout(1800);
    found = await problems(page);
    const codes = found.map((p) => p.code).sort();
    assert.deepEqual(codes, ['asset-missing', 'decode-failed', 'load-failed']);
    assert.match(found.find((p) => p.code === 'load-failed')!.message, /HTTP 404/);
    assert.match(found.find((p) => p.code === 'decode-failed')!.message, /ambient sound "broken-bed".*damaged/);
    const lv2 = await levels(page);
    assert.ok(lv2.l440 > 0.05, 'the good bed still plays');
    const stats = await page.evaluate(() => window.audioTest.stats());
    assert.equal(stats.howls, stats.howlerHowls, 'failed Howls are not kept');
    assert.deepEqual(unexpected(errors), []);
  });

  test('a format this browser cannot play is reported clearly; MP3 decodes', async () => {
    const { page, errors } = await open();
    await enter(page, 'caf');
    await page.waitForTimeout(500);
    const found = await problems(page);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.code, 'format-unsupported');
    assert.match(found[0]!.message, /narration .* is Apple CAF \(audio\/x-caf\), which this browser cannot play.*MP3/);
    await enter(page, 'rain');
    await waitLoaded(page);
    await page.waitForTimeout(1600);
    const lv = await levels(page);
    assert.ok(lv.rms > 0.01, `rain.mp3 is heard (RMS ${lv.rms.toFixed(3)})`);
    assert.deepEqual(unexpected(errors), []);
  });

  test('one-shot sounds play over the scene and let go of their Howl when done', async () => {
    const { page, errors } = await open();
    await enter(page, 'a');
    await waitLoaded(page);
    const started = await page.evaluate(([id]) => window.audioTest.engine.playOneShot(id!, 1), [(await page.evaluate(() => window.audioTest.ID.tone660))]);
    assert.equal(started, true);
    const lv = await levels(page, 300);
    assert.ok(lv.l660 > 0.05, 'the one-shot is heard');
    await page.waitForTimeout(2200); // the 2 s tone ends
    const stats = await page.evaluate(() => window.audioTest.stats());
    assert.equal(stats.howls, 1, 'only the bed remains loaded');
    assert.equal(stats.howlerHowls, 1);
    assert.deepEqual(unexpected(errors), []);
  });

  test('global volume and mute act on the output and are remembered (localStorage)', async () => {
    const { page, errors } = await open({});
    await page.evaluate(() => localStorage.clear());
    await enter(page, 'a');
    await waitLoaded(page);
    await page.waitForTimeout(1700);
    const full = await levels(page, 300);
    await page.evaluate(() => window.audioTest.engine.setVolume(0.5));
    await page.waitForTimeout(100);
    const half = await levels(page, 300);
    assert.ok(Math.abs(half.l440 / full.l440 - 0.5) < 0.08, `volume 0.5 halves the output (${(half.l440 / full.l440).toFixed(2)})`);
    await page.evaluate(() => window.audioTest.engine.setMuted(true));
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.audioTest.engine.state), 'muted');
    const muted = await levels(page, 300);
    assert.ok(muted.rms < 1e-4, 'muted is silent');

    await page.reload();
    await page.waitForFunction(() => 'audioTest' in window);
    await page.evaluate(() => window.audioTest.init({}));
    const remembered = await page.evaluate(() => ({ volume: window.audioTest.engine.volume, muted: window.audioTest.engine.muted, state: window.audioTest.engine.state }));
    assert.deepEqual(remembered, { volume: 0.5, muted: true, state: 'muted' });
    await page.evaluate(() => {
      window.audioTest.engine.setMuted(false);
      window.audioTest.engine.setVolume(1);
    });
    await page.evaluate(() => localStorage.clear());
    assert.deepEqual(unexpected(errors), []);
  });

  test('visiting 20 scenes keeps only the current scene and its neighbours loaded; dispose unloads all', async () => {
    // Short crossfades so that each scene's outgoing sounds have finished before the next step.
    const { page, errors } = await open({ memoryStorage: true, crossfadeSeconds: 0.2 });
    const counts = await page.evaluate(() => window.audioTest.walk(20, 400));
    const max = Math.max(...counts.map((c) => c.howls));
    // current + previous + next scene, a bed and a source each
    assert.ok(max <= 6, `at most ${max} Howls while walking`);
    await page.waitForTimeout(500); // the last fade-outs finish
    const settled = await page.evaluate(() => window.audioTest.stats());
    assert.ok(settled.howls <= 4, `settled at ${settled.howls} Howls (last scene + its previous one)`);
    assert.equal(settled.howlerHowls, settled.howls, 'howler holds no Howl the engine forgot');
    await page.evaluate(() => window.audioTest.engine.dispose());
    const afterDispose = await page.evaluate(() => window.audioTest.stats());
    assert.deepEqual(afterDispose, { howls: 0, playing: 0, howlerHowls: 0 });
    assert.equal(await page.evaluate(() => window.audioTest.engine.state), 'disposed');
    console.log(`  walk: Howls per step ${counts.map((c) => c.howls).join(' ')}; settled ${settled.howls}`);
    assert.deepEqual(unexpected(errors), []);
  });
});

describe('autoplay blocked until a gesture', () => {
  let locked: Browser;
  before(async () => {
    // The same Chromium, with the browser's normal autoplay policy (sound needs a user gesture).
    locked = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS.filter((a) => !a.startsWith('--autoplay-policy')), '--autoplay-policy=document-user-activation-required'],
    });
  });
  after(async () => {
    await locked?.close();
  });

  /** Opens the page with the engine started at load (no evaluate: that would count as a gesture). */
  async function openLocked(scene: string) {
    const { page, errors } = await newPage(locked);
    pages.push({ page, errors });
    const ready = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('audio-auto-ready'), timeout: 60_000 });
    // A new browser's first page from the dev server: slow on a busy machine (seen over 15 s in CI-like load).
    await page.goto(`${dev.url}tests/e2e/pages/audio.html?auto=${scene}`, { timeout: 60_000 });
    const initial = (await ready).text().split(' ')[1];
    return { page, errors, initial };
  }

  test('shows a keyboard-accessible "Start with sound" button; pressing it unlocks and the scene is heard', async () => {
    const { page, errors, initial } = await openLocked('a');
    assert.equal(initial, 'locked');
    await page.waitForTimeout(500);
    assert.equal(await page.locator('body').getAttribute('data-audio-state'), 'locked');
    const button = page.getByRole('button', { name: 'Start with sound' });
    assert.equal(await button.isVisible(), true);
    // A native <button>: in the tab order. (Focus it directly: any real key press, Tab included,
    // already unlocks the sound through howler's document listeners, which removes the button.)
    assert.equal(await button.evaluate((el) => (el as HTMLButtonElement).tabIndex), 0, 'in the tab order');
    await button.focus();
    assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focusable');
    assert.equal(await page.locator('body').getAttribute('data-audio-state'), 'locked', 'focusing alone does not start sound');
    await page.keyboard.press('Enter');
    await page.locator('body[data-audio-state=running]').waitFor({ timeout: 3000 });
    assert.equal(await button.count(), 0, 'the button goes away');
    assert.deepEqual(await page.evaluate(() => window.audioTest.stateLog()), ['running']);
    await page.waitForTimeout(1700);
    const heard = await levels(page, 300);
    assert.ok(heard.l440 > 0.05, `the bed is heard after unlocking (${heard.l440.toFixed(3)})`);
    assert.deepEqual(unexpected(errors), []);
  });

  test('any first key press also starts the sound', async () => {
    const { page, errors, initial } = await openLocked('a');
    assert.equal(initial, 'locked');
    await page.keyboard.press('Tab');
    await page.locator('body[data-audio-state=running]').waitFor({ timeout: 3000 });
    assert.equal(await page.getByRole('button', { name: 'Start with sound' }).count(), 0);
    assert.deepEqual(unexpected(errors), []);
  });

  test('narration waits for the unlock, then plays with captions', async () => {
    const { page, errors, initial } = await openLocked('narrated');
    assert.equal(initial, 'locked');
    await page.waitForTimeout(800);
    assert.equal(await page.getByTestId('captions').textContent(), '', 'no captions before sound can play');
    await page.getByRole('button', { name: 'Start with sound' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid=captions]')?.textContent === 'One', null, { timeout: 4000 });
    assert.deepEqual(await problems(page), []);
    assert.deepEqual(unexpected(errors), []);
  });
});
