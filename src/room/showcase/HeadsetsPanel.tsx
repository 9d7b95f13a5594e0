import { useEffect, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { MAX_PAUSE_MESSAGE, type GuideCommand } from '../../live/showcase.ts';
import { useRoom, useRoomSnapshot } from '../context.ts';
import { HeadsetCard } from './HeadsetCard.tsx';
import './headsets.css';

type View = { yaw: number; pitch: number };

/** Where each headset looks, as the hub passes it on (a few times a second). */
function useHeadsetViews(): Record<string, View> {
  const room = useRoom();
  const [views, setViews] = useState<Record<string, View>>({});
  useEffect(
    () =>
      room?.state.onMessage((m) => {
        if (m.type === 'headset-view') setViews((v) => ({ ...v, [m.deviceId]: { yaw: m.yaw, pitch: m.pitch } }));
      }),
    [room],
  );
  return views;
}

/**
 * The facilitator's Headsets panel (showcase, #16): send a story to every headset or one, lead them
 * through it (follow me / let them explore), back to the start, pause with a calm message, rename,
 * and see each headset's scene and where it looks. Mounted by the facilitator's page (and on its
 * own at /room/headsets); it needs the facilitator's session (the hub ignores anyone else).
 */
export function HeadsetsPanel() {
  const room = useRoom();
  const snap = useRoomSnapshot();
  const views = useHeadsetViews();
  const stories = snap?.stories ?? [];
  const [storyId, setStoryId] = useState<string>('');
  const [pauseMessage, setPauseMessage] = useState(() => t('showcase.defaultPause'));
  const [unsent, setUnsent] = useState(false);
  const chosen = storyId || stories[0]?.id || '';
  if (!room || !snap) return null;
  const headsets = snap.headsets?.headsets ?? [];
  const roomGuide = snap.headsets?.room;
  const send = (to: 'all' | { deviceId: string }, command: GuideCommand) => setUnsent(!room.state.send({ type: 'guide', to, command }));
  const titleOf = (s: (typeof stories)[number]) => s.title[s.language] || Object.values(s.title)[0] || s.id;
  const lead = () => {
    if (!chosen) return;
    send('all', { do: 'follow' });
    window.open(`${room.base}play/${encodeURIComponent(chosen)}?room&lead`, '_blank');
  };

  return (
    <section className="headsets-panel" aria-labelledby="headsets-title">
      <h2 id="headsets-title">{t('showcase.title')}</h2>
      <p>{t('showcase.intro')}</p>
      {(unsent || snap.live !== 'open') && (
        <p className="room-panel room-warning" role="status">
          {t('showcase.notConnected')}
        </p>
      )}
      <fieldset className="headsets-all">
        <legend>{t('showcase.everyHeadset')}</legend>
        {stories.length === 0 ? (
          <p>{t('showcase.noStories')}</p>
        ) : (
          <p className="headsets-row">
            <label>
              {t('showcase.story')}{' '}
              <select value={chosen} onChange={(e) => setStoryId(e.target.value)}>
                {stories.map((s) => (
                  <option key={s.id} value={s.id}>
                    {titleOf(s)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button primary" onClick={() => chosen && send('all', { do: 'send', storyId: chosen })}>
              {t('showcase.sendAll')}
            </button>
            <button type="button" className="button" onClick={lead} title={t('showcase.leadHint')}>
              {t('showcase.lead')}
            </button>
          </p>
        )}
        <p className="headsets-row">
          {roomGuide?.follow ? (
            <button type="button" className="button" aria-pressed="true" onClick={() => send('all', { do: 'explore' })}>
              {t('showcase.exploreAll')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => send('all', { do: 'follow' })}>
              {t('showcase.followAll')}
            </button>
          )}
          <button type="button" className="button" onClick={() => send('all', { do: 'restart' })}>
            {t('showcase.restartAll')}
          </button>
        </p>
        <p className="headsets-row">
          <label>
            {t('showcase.pauseMessage')}{' '}
            <input value={pauseMessage} maxLength={MAX_PAUSE_MESSAGE} onChange={(e) => setPauseMessage(e.target.value)} />
          </label>
          <button type="button" className="button" onClick={() => send('all', { do: 'pause', message: pauseMessage.trim() })}>
            {t('showcase.pauseAll')}
          </button>
          <button type="button" className="button" onClick={() => send('all', { do: 'resume' })}>
            {t('showcase.resumeAll')}
          </button>
        </p>
      </fieldset>
      {headsets.length === 0 ? (
        <p>{t('showcase.none')}</p>
      ) : (
        <ul className="headset-list">
          {headsets.map((h) => (
            <HeadsetCard
              key={h.deviceId}
              headset={h}
              client={room.client}
              view={views[h.deviceId] ?? null}
              chosenStory={chosen || null}
              pauseMessage={pauseMessage.trim()}
              command={(c) => send({ deviceId: h.deviceId }, c)}
              rename={(name) => setUnsent(!room.state.send({ type: 'rename-headset', deviceId: h.deviceId, name }))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
