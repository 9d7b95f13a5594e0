import { useEffect, useRef, useState } from 'react';
import type { Scene } from '../../story/schema/scene.ts';
import type { Story } from '../../story/schema/story.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { setNarrationCommand } from '../commands/index.ts';
import { languageLabel } from '../panels/fields.tsx';
import { Icon } from '../icons.tsx';
import { FilePickButton } from '../media/FilePickButton.tsx';
import { useMediaImport, type ImportedMedia } from '../media/ImportProvider.tsx';
import { Recorder } from './Recorder.tsx';
import { narrationFileName } from './recording.ts';
import { CaptionEditor } from './CaptionEditor.tsx';

/** Narration: one recording per story language (record it or choose a file), with its captions. */
export function NarrationEditor({ story, scene }: { story: Story; scene: Scene }) {
  return (
    <div className="sound-group narration">
      <h4>{t('narration.heading')}</h4>
      <p className="hint">{t('narration.help')}</p>
      {story.meta.languages.map((language) => (
        <LanguageNarration key={language} story={story} scene={scene} language={language} />
      ))}
    </div>
  );
}

function useAssetUrl(assetId: string | undefined): string | null {
  const { assets } = useEditor();
  const [url, setUrl] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    void assets.getUrl(assetId).then((u) => live && setUrl({ id: assetId, url: u }));
    return () => {
      live = false;
      assets.release?.(assetId);
      // The URL is revoked now: coming back to this recording (e.g. next scene, then previous)
      // must wait for a new one, not hand the player the dead one.
      setUrl((u) => (u?.id === assetId ? null : u));
    };
  }, [assets, assetId]);
  return assetId && url?.id === assetId ? url.url : null;
}

function LanguageNarration({ story, scene, language }: { story: Story; scene: Scene; language: string }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const { importFiles } = useMediaImport();
  const [recording, setRecording] = useState(false);
  const audioRef = useRef<HTMLAudioElement>(null);
  const assetId = scene.soundscape.narration?.recordings[language];
  const asset = story.assets.find((a) => a.id === assetId);
  const url = useAssetUrl(assetId);
  const multi = story.meta.languages.length > 1;
  const langName = languageLabel(language);
  const setRecordingAsset = (m: ImportedMedia) => {
    if (m.kind === 'audio') editor.run(setNarrationCommand, { sceneId: scene.id, language, assetId: m.asset.id });
  };
  return (
    <div className="narration-language" role="group" aria-label={multi ? t('narration.inLanguage', { language: langName }) : t('narration.heading')}>
      {multi && <h5>{langName}</h5>}
      {assetId && url && (
        <audio ref={audioRef} controls src={url} aria-label={t('narration.listen', { name: asset?.name ?? '' })} />
      )}
      {assetId && !asset && <p className="hint">{t('sound.missing')}</p>}
      {recording ? (
        <Recorder
          fileName={narrationFileName(story, scene, language)}
          onCancel={() => setRecording(false)}
          onDone={(file) => {
            setRecording(false);
            void importFiles([file], setRecordingAsset);
          }}
        />
      ) : (
        <div className="row wrap">
          <button type="button" className="button" disabled={readOnly} onClick={() => setRecording(true)}>
            <span className="recording-dot" aria-hidden="true" /> {assetId ? t('narration.recordAgain') : t('narration.record')}
          </button>
          <FilePickButton accept="audio" single className="button" target={setRecordingAsset}>
            <Icon name="plus" /> {t('narration.chooseFile')}
          </FilePickButton>
          {assetId && (
            <button type="button" className="button small danger" disabled={readOnly} onClick={() => editor.run(setNarrationCommand, { sceneId: scene.id, language, assetId: null })}>
              <Icon name="trash" /> {t('narration.remove')}
            </button>
          )}
        </div>
      )}
      {assetId && (
        <CaptionEditor
          story={story}
          scene={scene}
          language={language}
          duration={asset?.kind === 'audio' ? asset.duration : 0}
          audioRef={audioRef}
        />
      )}
    </div>
  );
}
