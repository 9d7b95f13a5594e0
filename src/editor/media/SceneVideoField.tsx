import { useEffect, useId, useRef, useState } from 'react';
import type { Scene } from '../../story/schema/scene.ts';
import type { Story } from '../../story/schema/story.ts';
import type { VideoEnd } from '../../story/schema/video.ts';
import { localize } from '../../player/engine/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { setSceneVideoCommand, setVideoCaptionsCommand, setVideoEndCommand } from '../commands/index.ts';
import { CaptionEditor } from '../narration/CaptionEditor.tsx';
import { languageLabel } from '../panels/fields.tsx';
import { useAssetUrl } from './useAssetUrl.ts';
import { Icon } from '../icons.tsx';
import { FilePickButton } from './FilePickButton.tsx';
import { posterAt } from './import.ts';

/**
 * The scene's 360° video: add one (its first frame becomes the still picture), say what happens
 * when it ends, take another moment as the still picture, or remove it.
 */
export function SceneVideoField({ story, scene }: { story: Story; scene: Scene }) {
  const { editor, assets } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const endId = useId();
  const timeId = useId();
  const [time, setTime] = useState('0');
  const [busy, setBusy] = useState(false);
  const video = scene.video;
  const asset = video ? story.assets.find((a) => a.id === video.asset) : undefined;
  const lang = story.meta.defaultLanguage;
  const previewRef = useRef<HTMLVideoElement>(null);
  const url = useAssetUrl(video?.asset);
  // The still picture's moment follows the preview: pause it where the picture should be.
  useEffect(() => {
    const el = previewRef.current;
    if (!el) return;
    const on = () => setTime(String(Math.round(el.currentTime * 10) / 10));
    el.addEventListener('seeked', on);
    el.addEventListener('pause', on);
    return () => {
      el.removeEventListener('seeked', on);
      el.removeEventListener('pause', on);
    };
  }, [url]);

  if (!video) {
    return (
      <div className="field">
        <FilePickButton
          accept="video"
          single
          className="button small"
          target={(m) => {
            if (m.kind === 'video') editor.run(setSceneVideoCommand, { sceneId: scene.id, videoId: m.asset.id, posterId: m.poster.asset.id });
          }}
        >
          <Icon name="plus" /> {t('media.addSceneVideo')}
        </FilePickButton>
      </div>
    );
  }

  const endValue = video.end.type === 'goto' ? `goto:${video.end.sceneId}` : video.end.type;
  const setEnd = (v: string) => {
    const end: VideoEnd = v.startsWith('goto:') ? { type: 'goto', sceneId: v.slice(5) } : v === 'choices' ? { type: 'choices' } : { type: 'loop' };
    editor.run(setVideoEndCommand, { sceneId: scene.id, end });
  };
  const takePoster = async () => {
    if (!asset) return;
    setBusy(true);
    try {
      const url = await assets.getUrl(asset.id);
      const blob = url ? await (await fetch(url)).blob() : null;
      const seconds = Math.max(0, Math.min(asset.kind === 'video' ? asset.duration : 0, Number(time) || 0));
      const poster = blob ? await posterAt(blob, asset.name, seconds) : null;
      if (poster && editor.addAsset(poster.asset, poster.blob)) editor.run(setSceneVideoCommand, { sceneId: scene.id, videoId: video.asset, posterId: poster.asset.id });
      else editor.notify(t('media.error.noPoster', { name: asset.name }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="field scene-video">
      <legend>{t('media.sceneVideo')}</legend>
      {asset?.kind === 'video' && (
        <p className="hint">{t('media.videoFacts', { name: asset.name, width: String(asset.width), height: String(asset.height), seconds: String(Math.round(asset.duration)) })}</p>
      )}
      {url && <video ref={previewRef} className="scene-video-preview" src={url} controls preload="metadata" playsInline aria-label={t('media.videoPreview')} />}
      <label htmlFor={endId}>{t('media.videoEnd')}</label>
      <select id={endId} value={endValue} disabled={readOnly} onChange={(e) => setEnd(e.target.value)}>
        <option value="loop">{t('media.videoEnd.loop')}</option>
        <option value="choices">{t('media.videoEnd.choices')}</option>
        {story.scenes
          .filter((s) => s.id !== scene.id)
          .map((s) => (
            <option key={s.id} value={`goto:${s.id}`}>
              {t('media.videoEnd.goto', { scene: localize(s.title, lang) || s.id })}
            </option>
          ))}
      </select>
      <label htmlFor={timeId}>{t('media.posterTime')}</label>
      <div className="row wrap">
        <input id={timeId} type="number" min={0} max={asset?.kind === 'video' ? asset.duration : undefined} step={0.1} value={time} disabled={readOnly || busy} onChange={(e) => setTime(e.target.value)} />
        <button type="button" className="button small" disabled={readOnly || busy} onClick={() => void takePoster()}>
          {t('media.posterHere')}
        </button>
        <button type="button" className="button small quiet" disabled={readOnly} onClick={() => editor.run(setSceneVideoCommand, { sceneId: scene.id, videoId: null })}>
          <Icon name="trash" /> {t('media.removeVideo')}
        </button>
      </div>
      {asset?.kind === 'video' &&
        story.meta.languages.map((language) => (
          <CaptionEditor
            key={language}
            cues={asset.captions[language] ?? []}
            language={language}
            duration={asset.duration}
            audioRef={previewRef}
            fileStem={`captions-${asset.name.replace(/\.[^.]+$/, '')}-${language}`}
            heading={story.meta.languages.length > 1 ? t('media.videoCaptionsIn', { language: languageLabel(language) }) : t('media.videoCaptions')}
            help={t('media.videoCaptionsHelp')}
            save={(cues, field) => editor.run(setVideoCaptionsCommand, { assetId: asset.id, language, cues, ...(field ? { field } : {}) })}
          />
        ))}
    </fieldset>
  );
}
