import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/player/links.ts';
import { readingOrder } from '../../../src/player/dialogs/readingOrder.ts';
import { sceneAnnouncement } from '../../../src/player/describe.ts';
import { lookFromOrientation } from '../../../src/player/settings/useGyro.ts';
import { localize } from '../../../src/player/engine/index.ts';
import { fakeStory } from '../../../src/story/fake.ts';

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:kim@example.org', 'mailto:kim@example.org'],
    ['  https://example.org  ', 'https://example.org/'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['example.org', null],
    ['', null],
  ])('%s -> %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe('reading order', () => {
  it('goes breadth-first from the start, then lists unreachable scenes', () => {
    const story = fakeStory({ scenes: 7 });
    story.scenes.push({ ...story.scenes[1]!, id: 'island', hotspots: [] });
    const { reached, unreached } = readingOrder(story);
    expect(reached.map((s) => s.id)).toEqual(['scene-1', 'scene-2', 'scene-3', 'scene-4', 'scene-5', 'scene-6', 'scene-7']);
    expect(unreached.map((s) => s.id)).toEqual(['island']);
  });
});

describe('scene announcement', () => {
  it('says the title, then the description, else the picture alt text', () => {
    const story = fakeStory({ scenes: 2 });
    const t = (x: Record<string, string> | undefined) => localize(x, 'en', 'en');
    expect(sceneAnnouncement(story, story.scenes[0]!, t)).toBe('Scene 1. A generated place, number 1.');
    const bare = { ...story.scenes[1]!, description: undefined };
    expect(sceneAnnouncement(story, bare, t)).toBe('Scene 2. Panorama number 2');
    expect(sceneAnnouncement(story, { ...bare, panorama: null }, t)).toBe('Scene 2');
  });
});

describe('phone orientation', () => {
  it('an upright phone looks at the horizon; turning it left looks left; tilting it back looks up', () => {
    const upright = lookFromOrientation(0, 90, 0, 0);
    expect(upright.pitch).toBeCloseTo(0, 5);
    const left = lookFromOrientation(90, 90, 0, 0);
    expect(left.yaw - upright.yaw).toBeCloseTo(-90, 5);
    expect(lookFromOrientation(0, 120, 0, 0).pitch).toBeCloseTo(30, 5);
    expect(lookFromOrientation(0, 0, 0, 0).pitch).toBeCloseTo(-90, 5); // flat on a table: looking down
  });
});
