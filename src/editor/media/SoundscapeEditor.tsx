import { useId, useState } from 'react';
import type { Scene } from '../../story/schema/scene.ts';
import type { Story } from '../../story/schema/story.ts';
import type { AudioAsset } from '../../story/schema/asset.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { addBedCommand, addSoundSourceCommand, deleteSoundSourceCommand, removeBedCommand, updateBedCommand, updateSoundSourceCommand } from '../commands/index.ts';
import { MAX_BEDS, MAX_SOUND_SOURCES } from '../../story/graph/sound-ops.ts';
import { Icon } from '../icons.tsx';
import { FilePickButton } from './FilePickButton.tsx';
import { AudioPreview } from './AudioPreview.tsx';
import { NarrationEditor } from '../narration/NarrationEditor.tsx';

/** The scene's sound: background sounds with their volume, placed sounds, and the narration. */
export function SoundscapeEditor({ story, scene }: { story: Story; scene: Scene }) {
  const sounds = story.assets.filter((a): a is AudioAsset => a.kind === 'audio');
  return (
    <section className="soundscape" aria-labelledby="sound-heading">
      <h3 id="sound-heading">{t('sound.heading')}</h3>
      <Beds scene={scene} sounds={sounds} />
      <Sources scene={scene} sounds={sounds} />
      <NarrationEditor story={story} scene={scene} />
    </section>
  );
}

function SoundChooser({ sounds, label, onChoose, onFile }: { sounds: AudioAsset[]; label: string; onChoose(id: string): void; onFile(id: string): void }) {
  const id = useId();
  const readOnly = useDoc((s) => s.readOnly);
  const [value, setValue] = useState('');
  return (
    <div className="row wrap">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <select
        id={id}
        value={value}
        disabled={readOnly || sounds.length === 0}
        onChange={(e) => {
          setValue('');
          if (e.target.value) onChoose(e.target.value);
        }}
      >
        <option value="">{label}</option>
        {sounds.map((a) => (
          <option key={a.id} value={a.id}>{a.name || a.id.slice(0, 8)}</option>
        ))}
      </select>
      <FilePickButton accept="audio" className="button small" label={`${label}: ${t('sound.fromFile')}`} target={(m) => m.kind === 'audio' && onFile(m.asset.id)}>
        <Icon name="plus" /> {t('sound.fromFile')}
      </FilePickButton>
    </div>
  );
}

const nameOf = (sounds: AudioAsset[], id: string) => sounds.find((a) => a.id === id)?.name || t('sound.missing');

function Beds({ scene, sounds }: { scene: Scene; sounds: AudioAsset[] }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const base = useId();
  const add = (assetId: string) => editor.run(addBedCommand, { sceneId: scene.id, assetId });
  return (
    <div className="sound-group">
      <h4>{t('sound.beds')}</h4>
      <p className="hint">{t('sound.bedsHelp')}</p>
      <ul className="media-sound-list">
        {scene.soundscape.beds.map((b) => {
          const name = nameOf(sounds, b.asset);
          return (
            <li key={b.id} className="sound-card">
              <div className="row wrap">
                <strong style={{ flex: 1 }}>{name}</strong>
                <AudioPreview assetId={b.asset} name={name} />
              </div>
              <div className="field">
                <label htmlFor={`${base}-${b.id}-vol`}>{t('sound.volumeOf', { name })}</label>
                <input
                  id={`${base}-${b.id}-vol`}
                  type="range"
                  min={0}
                  max={100}
                  value={Math.round(b.volume * 100)}
                  disabled={readOnly}
                  onChange={(e) => editor.run(updateBedCommand, { sceneId: scene.id, bedId: b.id, change: { volume: Number(e.target.value) / 100 } })}
                />
              </div>
              <button type="button" className="button small danger" disabled={readOnly} onClick={() => editor.run(removeBedCommand, { sceneId: scene.id, bedId: b.id })}>
                <Icon name="trash" /> {t('sound.removeNamed', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      {scene.soundscape.beds.length < MAX_BEDS && <SoundChooser sounds={sounds} label={t('sound.addBed')} onChoose={add} onFile={add} />}
    </div>
  );
}

function NumberField({ id, label, value, min, max, step, onChange, readOnly }: { id: string; label: string; value: number; min: number; max: number; step: number; onChange(v: number): void; readOnly: boolean }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={step}
        value={Math.round(value * 100) / 100}
        readOnly={readOnly}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }}
      />
    </div>
  );
}

function Sources({ scene, sounds }: { scene: Scene; sounds: AudioAsset[] }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const base = useId();
  const add = (assetId: string) => editor.run(addSoundSourceCommand, { sceneId: scene.id, asset: assetId });
  return (
    <div className="sound-group">
      <h4>{t('sound.sources')}</h4>
      <p className="hint">{t('sound.sourcesHelp')}</p>
      <ul className="media-sound-list">
        {scene.soundscape.sources.map((p) => {
          const name = nameOf(sounds, p.asset);
          const set = (change: Partial<typeof p>) => editor.run(updateSoundSourceCommand, { sceneId: scene.id, sourceId: p.id, change });
          const id = `${base}-${p.id}`;
          return (
            <li key={p.id} className="sound-card" aria-label={name}>
              <div className="row wrap">
                <strong style={{ flex: 1 }}>{name}</strong>
                <AudioPreview assetId={p.asset} name={name} />
              </div>
              <div className="sound-grid">
                <NumberField id={`${id}-yaw`} label={t('sound.yaw')} value={p.yaw} min={-179} max={180} step={1} readOnly={readOnly} onChange={(yaw) => set({ yaw })} />
                <NumberField id={`${id}-pitch`} label={t('sound.pitch')} value={p.pitch} min={-90} max={90} step={1} readOnly={readOnly} onChange={(pitch) => set({ pitch })} />
                <NumberField id={`${id}-dist`} label={t('sound.distance')} value={p.distance} min={1} max={100} step={1} readOnly={readOnly} onChange={(distance) => set({ distance })} />
                <NumberField id={`${id}-vol`} label={t('sound.volume')} value={Math.round(p.volume * 100)} min={0} max={100} step={5} readOnly={readOnly} onChange={(v) => set({ volume: v / 100 })} />
              </div>
              <div className="check">
                <input id={`${id}-loop`} type="checkbox" checked={p.loop} disabled={readOnly} onChange={(e) => set({ loop: e.target.checked })} />
                <label htmlFor={`${id}-loop`}>{t('sound.loop')}</label>
              </div>
              <button type="button" className="button small danger" disabled={readOnly} onClick={() => editor.run(deleteSoundSourceCommand, { sceneId: scene.id, sourceId: p.id })}>
                <Icon name="trash" /> {t('sound.removeNamed', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      {scene.soundscape.sources.length < MAX_SOUND_SOURCES && <SoundChooser sounds={sounds} label={t('sound.addSource')} onChoose={add} onFile={add} />}
    </div>
  );
}
