import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, openPlayer, shot, startHarness, type PlayerHarness } from './pages/player-testing.ts';

// The coloured-quarters panorama: yaw [-45,45) red, [45,135) green, back blue, [-135,-45) yellow,
// top 15 % white, bottom 15 % black (scripts/make-orientation-panorama.mjs).
let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

const near = (actual: number[], expected: number[]) => expected.every((v, i) => Math.abs(actual[i]! - v) <= 40);

test('the panorama is the right way round: yaw 0 red, +90 green, 180 blue, -90 yellow, up white', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=quarters&transition=none');
  const cases: Array<[string, { yaw: number; pitch: number }, number[]]> = [
    ['front', { yaw: 0, pitch: 0 }, [255, 0, 0]],
    ['right', { yaw: 90, pitch: 0 }, [0, 255, 0]],
    ['back', { yaw: 180, pitch: 0 }, [0, 0, 255]],
    ['left', { yaw: -90, pitch: 0 }, [255, 255, 0]],
    ['up', { yaw: 0, pitch: 80 }, [255, 255, 255]],
    ['down', { yaw: 0, pitch: -80 }, [0, 0, 0]],
    ['front-right edge side', { yaw: 40, pitch: 0 }, [255, 0, 0]],
    ['right-back edge side', { yaw: 130, pitch: 0 }, [0, 255, 0]],
  ];
  for (const [name, view, expected] of cases) {
    const px = await page.evaluate((v) => {
      window.__story!.setView({ ...v, fov: 60 });
      return window.__story!.sample(0.5, 0.5);
    }, view);
    assert.ok(px, 'no pixels could be read');
    assert.ok(near(px, expected), `${name} (yaw ${view.yaw}, pitch ${view.pitch}): expected ~${expected}, got ${px}`);
  }
  // Turning right (yaw +) brings the green quarter in from the right edge of the screen.
  const edge = await page.evaluate(() => {
    window.__story!.setView({ yaw: 30, pitch: 0, fov: 75 });
    return [window.__story!.sample(0.05, 0.5), window.__story!.sample(0.95, 0.5)];
  });
  assert.ok(near(edge[0]!, [255, 0, 0]), `left edge at yaw 30 should be red, got ${edge[0]}`);
  assert.ok(near(edge[1]!, [0, 255, 0]), `right edge at yaw 30 should be green, got ${edge[1]}`);
  await page.evaluate(() => window.__story!.setView({ yaw: 0, pitch: 0, fov: 75 }));
  await shot(page, 'player-orientation');
  assertNoErrors(errors);
  await context.close();
});
