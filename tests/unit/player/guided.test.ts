import { describe, expect, it } from 'vitest';
import { NO_GUIDE, type Guide } from '../../../src/live/showcase.ts';
import { createGuidedController, throttle } from '../../../src/player/guided/controller.ts';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';
import { fakeStory } from '../../../src/story/fake.ts';

function setup(storyId = 'forest') {
  const log: string[] = [];
  let scene: string | null = 'start';
  const player = {
    storyId,
    sceneId: () => scene,
    goTo: (id: string, vars: object) => {
      scene = id;
      log.push(`go ${id} ${JSON.stringify(vars)}`);
    },
    restart: () => {
      scene = 'start';
      log.push('restart');
    },
  };
  const view = {
    openStory: (id: string) => log.push(`open ${id}`),
    setPause: (m: string | null) => log.push(`pause ${m}`),
    setFollowing: (f: boolean) => log.push(`following ${f}`),
  };
  return { c: createGuidedController(player, view), log, at: () => scene };
}
const g = (over: Partial<Guide>): Guide => ({ ...NO_GUIDE, ...over });
const lead = (sceneId: string, seq: number, storyId = 'forest') => ({ storyId, sceneId, variables: { torch: true }, seq });

describe('the guided player (showcase, #16)', () => {
  it('follows the facilitator: each new move, only in the same story, only while following', () => {
    const { c, log, at } = setup();
    c.apply(g({ storyId: 'forest', sent: 1 }), true);
    expect(log).toEqual([]); // the page opened on the story that was sent: nothing to do
    c.apply(g({ storyId: 'forest', sent: 1, follow: true }), false);
    c.apply(g({ storyId: 'forest', sent: 1, follow: true, lead: lead('river', 1) }), false);
    expect(at()).toBe('river');
    c.apply(g({ storyId: 'forest', sent: 1, follow: true, lead: lead('other-story-scene', 2, 'desert') }), false);
    expect(at()).toBe('river');
    c.apply(g({ storyId: 'forest', sent: 1, follow: false, lead: lead('cave', 3) }), false);
    expect(at()).toBe('river'); // exploring: the facilitator's move is not followed
    c.apply(g({ storyId: 'forest', sent: 1, follow: true, lead: lead('cave', 3) }), false);
    expect(at()).toBe('cave'); // follow me again: straight to the facilitator's scene
    expect(log).toEqual(['following true', 'go river {"torch":true}', 'following false', 'go cave {"torch":true}', 'following true']);
  });

  it('opens a story that was sent, restarts when the same one is sent again or on "back to the start"', () => {
    const { c, log } = setup();
    c.apply(g({}), true);
    c.apply(g({ storyId: 'desert', sent: 1 }), false);
    expect(log).toEqual(['open desert']);
    const second = setup('desert');
    second.c.apply(g({ storyId: 'desert', sent: 1 }), true);
    second.c.apply(g({ storyId: 'desert', sent: 2 }), false);
    second.c.apply(g({ storyId: 'desert', sent: 2, restart: 1 }), false);
    expect(second.log).toEqual(['restart', 'restart']);
  });

  it('pauses with a calm message and plays on when resumed', () => {
    const { c, log } = setup();
    c.apply(g({ pause: { message: 'Time to take the headset off' } }), true);
    c.apply(g({ pause: { message: 'Time to take the headset off' } }), false);
    c.apply(g({}), false);
    expect(log).toEqual(['pause Time to take the headset off', 'pause null']);
  });

  it('catches up after a dropped connection: the whole state, without replaying what was missed', () => {
    const { c, log, at } = setup();
    c.apply(g({ storyId: 'forest', sent: 1, follow: true, lead: lead('river', 1) }), true);
    expect(at()).toBe('river');
    // Offline meanwhile: two moves, a restart and a pause it never saw. Then it reconnects.
    c.apply(g({ storyId: 'forest', sent: 1, follow: true, lead: lead('summit', 4), restart: 1, pause: { message: 'Break' } }), true);
    expect(at()).toBe('summit');
    expect(log).toEqual(['go river {"torch":true}', 'following true', 'restart', 'go summit {"torch":true}', 'pause Break']);
    // The reader had wandered off while following: on reconnecting, back to the facilitator's scene.
    c.apply(g({ storyId: 'forest', sent: 1, follow: true, lead: lead('summit', 4), restart: 1, pause: { message: 'Break' } }), false);
    expect(log).toHaveLength(5);
  });

  it('a sent story the page does not show is opened when it reconnects', () => {
    const { c, log } = setup();
    c.apply(g({ storyId: 'forest', sent: 1 }), true);
    c.apply(g({ storyId: 'desert', sent: 2 }), true);
    expect(log).toEqual(['open desert']);
  });

  it('moves the real engine with the facilitator\'s variables (declared ones only)', () => {
    const story = fakeStory({ scenes: 3 });
    const engine = createPlayerEngine(story);
    engine.start();
    const target = story.scenes[2]!.id;
    expect(engine.follow(target, { nope: 1 })).toBe(true);
    expect(engine.getState().sceneId).toBe(target);
    expect(engine.getState().canGoBack).toBe(true);
    expect(engine.follow('missing', {})).toBe(false);
  });
});

describe('throttle', () => {
  it('lets one value through per period and keeps the latest for the end of the wait', () => {
    let now = 0;
    const timers: Array<[() => void, number]> = [];
    const sent: number[] = [];
    const t = throttle<number>(250, (v) => sent.push(v), { now: () => now, later: (fn, ms) => timers.push([fn, now + ms]) });
    t(1);
    now = 50;
    t(2);
    now = 100;
    t(3);
    expect(sent).toEqual([1]);
    now = 250;
    timers.shift()![0]();
    expect(sent).toEqual([1, 3]);
  });
});
