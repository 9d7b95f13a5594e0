import { useState, type FormEvent } from 'react';
import { t } from '../../i18n/index.ts';
import { MAX_HEADSET_NAME, type GuideCommand, type HeadsetInfo } from '../../live/showcase.ts';
import type { HubClient } from '../../storage/hub/client.ts';
import { relativeTime } from '../../ui/when.ts';
import { deviceName } from '../device-name.ts';
import { ViewThumb } from './ViewThumb.tsx';

export interface HeadsetCardProps {
  headset: HeadsetInfo;
  client: HubClient;
  view: { yaw: number; pitch: number } | null;
  /** The story chosen in the panel (for "Send this story"), or null. */
  chosenStory: string | null;
  pauseMessage: string;
  command(command: GuideCommand): void;
  rename(name: string): void;
}

/** One headset: its name (the facilitator can change it), what it plays, where it looks, and its own buttons. */
export function HeadsetCard({ headset: h, client, view, chosenStory, pauseMessage, command, rename }: HeadsetCardProps) {
  const shown = deviceName(h.name);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(shown);
  const onRename = (e: FormEvent) => {
    e.preventDefault();
    const n = name.trim();
    if (n) rename(n);
    setRenaming(false);
  };
  const state = h.guide.pause ? t('showcase.paused') : h.guide.follow ? t('showcase.following') : t('showcase.exploring');
  return (
    <li className={`headset-card ${h.online ? 'online' : 'offline'}`} aria-label={shown} data-device={h.deviceId}>
      <header>
        {renaming ? (
          <form onSubmit={onRename} className="headset-rename">
            <label>
              <span className="visually-hidden">{t('showcase.renameLabel', { name: shown })}</span>
              <input value={name} maxLength={MAX_HEADSET_NAME} onChange={(e) => setName(e.target.value)} autoFocus aria-label={t('showcase.renameLabel', { name: shown })} />
            </label>
            <button type="submit" className="button small primary">
              {t('showcase.save')}
            </button>
            <button type="button" className="button small quiet" onClick={() => setRenaming(false)}>
              {t('showcase.cancel')}
            </button>
          </form>
        ) : (
          <h3>
            <bdi>{shown}</bdi>{' '}
            <button
              type="button"
              className="button small quiet"
              onClick={() => {
                setName(shown);
                setRenaming(true);
              }}
            >
              {t('showcase.rename')}
            </button>
          </h3>
        )}
        <p className="headset-status">
          <span className="headset-online">{h.online ? t('showcase.online') : t('showcase.offline', { when: relativeTime(h.lastHeardAt) })}</span>
          {h.online && <span> · {t('showcase.lastHeard', { when: relativeTime(h.lastHeardAt) })}</span>}
          {' · '}
          <span className="headset-vr">{h.inVr ? t('showcase.inVr') : t('showcase.notInVr')}</span>
          {' · '}
          <span className="headset-guide">{state}</span>
        </p>
        <p className="headset-playing">{h.storyId ? t('showcase.playing', { story: h.storyTitle, scene: h.sceneTitle }) : t('showcase.nothingPlaying')}</p>
      </header>
      <ViewThumb client={client} storyId={h.storyId} sceneId={h.sceneId} view={view} name={shown} />
      <div className="headset-actions">
        {chosenStory && (
          <button type="button" className="button small" onClick={() => command({ do: 'send', storyId: chosenStory })}>
            {t('showcase.send')}
          </button>
        )}
        {h.guide.follow ? (
          <button type="button" className="button small" onClick={() => command({ do: 'explore' })}>
            {t('showcase.explore')}
          </button>
        ) : (
          <button type="button" className="button small" onClick={() => command({ do: 'follow' })}>
            {t('showcase.follow')}
          </button>
        )}
        <button type="button" className="button small" onClick={() => command({ do: 'restart' })}>
          {t('showcase.restart')}
        </button>
        {h.guide.pause ? (
          <button type="button" className="button small primary" onClick={() => command({ do: 'resume' })}>
            {t('showcase.resume')}
          </button>
        ) : (
          <button type="button" className="button small" onClick={() => command({ do: 'pause', message: pauseMessage })}>
            {t('showcase.pause')}
          </button>
        )}
      </div>
    </li>
  );
}
