import { useRef, useState } from 'react';
import type { Scene } from '../../story/schema/scene.ts';
import type { Story } from '../../story/schema/story.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { setCaptionsCommand, setNarrationCommand } from '../commands/index.ts';
import { languageLabel } from '../panels/fields.tsx';
import { Icon } from '../icons.tsx';
import { FilePickButton } from '../media/FilePickButton.tsx';
import { useMediaImport, type ImportedMedia } from '../media/ImportProvider.tsx';
import { Recorder } from './Recorder.tsx';
import { narrationFileName } from './recording.ts';
import { CaptionEditor } from './CaptionEditor.tsx';
import { useAssetUrl } from '../media/useAssetUrl.ts';

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
          cues={scene.soundscape.narration?.captions[language] ?? []}
          language={language}
          duration={asset?.kind === 'audio' ? asset.duration : 0}
          audioRef={audioRef}
          fileStem={`captions-${scene.id}-${language}`}
          save={(cues, field) => editor.run(setCaptionsCommand, { sceneId: scene.id, language, cues, ...(field ? { field } : {}) })}
        />
      )}
    </div>
  );
}
