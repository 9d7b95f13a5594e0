import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Presence } from '../../live/showcase.ts';
import { VIEW_EVERY_MS } from '../../live/showcase-limits.ts';
import { normalizeYaw } from '../../story/angles.ts';
import type { LocalizedText, Story } from '../../story/schema/index.ts';
import type { PlayerEngine } from '../engine/index.ts';
import { localize } from '../engine/index.ts';
import { createGuidedController, throttle } from './controller.ts';
import type { GuideLink } from './link.ts';

export interface Guided {
  /** The facilitator paused this headset: the calm message to show over everything. */
  pause: string | null;
  /** Following the facilitator's moves. */
  following: boolean;
  /** Every view frame (desktop or headset): where the reader looks, sent a few times a second. */
  onViewFrame(yaw: number, pitch: number): void;
  /** The headset session started or ended. */
  onPresenting(presenting: boolean): void;
}

const idle: Guided = { pause: null, following: false, onViewFrame: () => {}, onPresenting: () => {} };

/**
 * The showcase in the player: a headset applies the hub's guide (guided controller) and says what
 * it shows and where it looks; the facilitator's player (lead) says each scene it arrives in.
 */
export function useGuided(link: GuideLink | undefined, engine: PlayerEngine, story: Story): Guided {
  const [pause, setPause] = useState<string | null>(null);
  const [following, setFollowing] = useState(false);
  const inVr = useRef(false);
  const text = useCallback((t: LocalizedText | undefined) => localize(t, engine.getState().language, story.meta.defaultLanguage), [engine, story]);

  const presence = useCallback((): Presence => {
    const s = engine.getState();
    return {
      type: 'presence',
      storyId: link?.storyId ?? null,
      storyTitle: text(story.meta.title).slice(0, 200),
      sceneId: s.sceneId,
      sceneTitle: (s.scene ? text(s.scene.title) || s.scene.id : '').slice(0, 200),
      inVr: inVr.current,
    };
  }, [engine, link, story, text]);

  // A headset: guided, and telling what it shows (on every arrival, and whenever it reconnects).
  useEffect(() => {
    if (!link || link.role !== 'headset') return;
    const controller = createGuidedController(
      { storyId: link.storyId, sceneId: () => engine.getState().sceneId, goTo: (id, vars) => void engine.follow(id, vars), restart: () => engine.restart() },
      { openStory: (id) => link.openStory(id), setPause, setFollowing },
    );
    const offGuide = link.onGuide((guide, fresh) => controller.apply(guide, fresh));
    const tell = () => link.send(presence());
    const offConnected = link.onConnected(tell);
    const offEngine = engine.subscribe((s, prev) => s.arrival !== prev.arrival && tell());
    tell();
    return () => {
      offGuide();
      offConnected();
      offEngine();
      link.send({ type: 'presence', storyId: null, storyTitle: '', sceneId: null, sceneTitle: '', inVr: false });
    };
  }, [link, engine, presence]);

  // The facilitator's player: each arrival moves the following headsets.
  useEffect(() => {
    if (!link || link.role !== 'lead') return;
    const lead = () => {
      const s = engine.getState();
      if (s.sceneId) link.send({ type: 'lead', storyId: link.storyId, sceneId: s.sceneId, variables: { ...s.variables } });
    };
    const offConnected = link.onConnected(lead);
    const offEngine = engine.subscribe((s, prev) => s.arrival !== prev.arrival && lead());
    lead();
    return () => {
      offConnected();
      offEngine();
    };
  }, [link, engine]);

  const sendView = useMemo(() => (link?.role === 'headset' ? throttle<[number, number]>(VIEW_EVERY_MS, ([yaw, pitch]) => link.send({ type: 'view', yaw, pitch })) : null), [link]);
  // Whole degrees are plenty for "where is this reader looking"; an unchanged view is not sent again.
  const lastView = useRef('');
  const onViewFrame = useCallback(
    (yaw: number, pitch: number) => {
      if (!sendView || !Number.isFinite(yaw) || !Number.isFinite(pitch)) return;
      const v: [number, number] = [Math.round(normalizeYaw(yaw)), Math.round(Math.max(-90, Math.min(90, pitch)))];
      const key = v.join();
      if (key === lastView.current) return;
      lastView.current = key;
      sendView(v);
    },
    [sendView],
  );
  const onPresenting = useCallback(
    (presenting: boolean) => {
      if (inVr.current === presenting) return;
      inVr.current = presenting;
      if (link?.role === 'headset') link.send(presence());
    },
    [link, presence],
  );
  return link ? { pause, following, onViewFrame, onPresenting } : idle;
}
