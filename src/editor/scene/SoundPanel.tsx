import { useId } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { deleteSoundSourceCommand } from '../commands/delete-sound-source.ts';
import { Icon } from '../icons.tsx';
import { FilePickButton } from '../media/FilePickButton.tsx';
import type { Placing } from './usePlacing.ts';

/**
 * Positional sounds of the scene: "Place a sound" mode (which sound goes down where you click),
 * and the placed ones as a list, to select or remove them without pointing.
 */
export function SoundPanel({ story, scene, placing, selectedId, onSelect }: {
  story: Story;
  scene: Scene;
  placing: Placing;
  selectedId: string | null;
  onSelect(id: string | null): void;
}) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const base = useId();
  const sounds = story.assets.filter((a) => a.kind === 'audio');
  const nameOf = (id: string) => sounds.find((a) => a.id === id)?.name || t('sceneView.sound');
  const on = placing.mode === 'sound';
  return (
    <section className="scene-sounds" aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>{t('sceneView.sounds')}</h3>
      {sounds.length === 0 ? (
        <div className="row wrap">
          <p className="hint">{t('sceneView.noSounds')}</p>
          {/* The first sound added here is ready to place: the next click in the picture puts it down. */}
          <FilePickButton
            accept="audio"
            single
            className="button small"
            target={(m) => {
              if (m.kind !== 'audio') return;
              placing.setSoundAsset(m.asset.id);
              placing.setMode('sound');
            }}
          >
            <Icon name="plus" /> {t('sceneView.addSound')}
          </FilePickButton>
        </div>
      ) : (
        <div className="row wrap">
          <button
            type="button"
            className={`button small${on ? ' primary' : ''}`}
            aria-pressed={on}
            disabled={readOnly}
            onClick={() => placing.setMode(on ? 'hotspot' : 'sound')}
          >
            <Icon name="play" /> {t('sceneView.placeSound')}
          </button>
          <div className="field inline">
            <label htmlFor={`${base}-asset`}>{t('sceneView.soundToPlace')}</label>
            <select id={`${base}-asset`} value={placing.soundAsset ?? ''} disabled={readOnly} onChange={(e) => placing.setSoundAsset(e.target.value)}>
              {sounds.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name || a.id.slice(0, 8)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {scene.soundscape.sources.length === 0 ? (
        sounds.length > 0 && <p className="hint">{t('sceneView.noPlacedSounds')}</p>
      ) : (
        <ul className="sound-list">
          {scene.soundscape.sources.map((s) => {
            const name = nameOf(s.asset);
            return (
              <li key={s.id} className={s.id === selectedId ? 'is-selected' : undefined} data-sound={s.id}>
                <button type="button" className="button small quiet" aria-pressed={s.id === selectedId} onClick={() => onSelect(s.id === selectedId ? null : s.id)}>
                  {t('sceneView.soundAt', { name, yaw: Math.round(s.yaw), pitch: Math.round(s.pitch) })}
                </button>
                <button
                  type="button"
                  className="button small danger"
                  disabled={readOnly}
                  aria-label={t('sceneView.removeSound', { name })}
                  onClick={() => {
                    editor.run(deleteSoundSourceCommand, { sceneId: scene.id, sourceId: s.id });
                    if (s.id === selectedId) onSelect(null);
                  }}
                >
                  <Icon name="trash" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
