import { useEffect, useRef, useState } from 'react';
import type { Asset } from '../../story/schema/asset.ts';
import type { Story } from '../../story/schema/story.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor, useSession } from '../context.ts';
import { deleteAssetCommand, replaceAssetCommand } from '../commands/index.ts';
import { assetUsages, type Usage } from '../../story/graph/asset-ops.ts';
import { useThumbnail } from '../useThumbnail.ts';
import { Icon } from '../icons.tsx';
import { AssetInfoForm } from '../media/AssetInfoForm.tsx';
import { AudioPreview } from '../media/AudioPreview.tsx';
import { FilePickButton } from '../media/FilePickButton.tsx';
import { formatBytes, formatDuration } from '../media/format.ts';
import { setLibraryOpen } from '../media/ui-store.ts';

/** Every picture and sound in the story: preview, where it is used, details, replace, remove. */
export function AssetLibrary() {
  const story = useDoc((s) => s.story);
  // Choosing a scene (on the map, or a "used in" link) shows it in the inspector again.
  const selected = useSession((s) => `${s.selection.sceneId}/${s.selection.hotspotId}`);
  const opened = useRef(selected);
  useEffect(() => {
    if (selected !== opened.current) setLibraryOpen(false);
  }, [selected]);
  return (
    <aside className="inspector" aria-labelledby="inspector-heading">
      <div className="panel-section">
        <div className="row">
          <h2 id="inspector-heading" style={{ flex: 1 }}>{t('media.libraryTitle')}</h2>
          <button type="button" className="button small quiet" onClick={() => setLibraryOpen(false)}>
            {t('media.closeLibrary')}
          </button>
        </div>
        <p className="hint">{t('media.libraryHelp')}</p>
        <div className="row wrap">
          <FilePickButton accept="both" target="library">
            <Icon name="plus" /> {t('media.addToLibrary')}
          </FilePickButton>
        </div>
        {story.assets.length === 0 && <p className="hint">{t('media.libraryEmpty')}</p>}
        <ul className="asset-list">
          {story.assets.map((a) => (
            <AssetCard key={a.id} story={story} asset={a} />
          ))}
        </ul>
      </div>
    </aside>
  );
}

function usageText(story: Story, u: Usage): string {
  const lang = story.meta.defaultLanguage;
  const scene = story.scenes.find((s) => s.id === u.sceneId);
  const title = (scene && localize(scene.title, lang)) || t('editor.scene.untitled');
  if (u.kind === 'panorama') return t('media.use.panorama', { title });
  if (u.kind === 'video') return t('media.use.video', { title });
  if (u.kind === 'bed') return t('media.use.bed', { title });
  if (u.kind === 'source') return t('media.use.source', { title });
  if (u.kind === 'narration') return t('media.use.narration', { title, language: u.language });
  const h = scene?.hotspots.find((x) => x.id === u.hotspotId);
  return t('media.use.hotspot', { title, label: (h && localize(h.label, lang)) || t('media.use.unnamedHotspot') });
}

function AssetCard({ story, asset }: { story: Story; asset: Asset }) {
  const { editor, assets } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const thumb = useThumbnail(assets, asset.kind === 'image' ? asset.id : null);
  const uses = assetUsages(story, asset.id);
  const name = asset.name || asset.id.slice(0, 8);
  const details =
    asset.kind === 'image'
      ? `${t('media.kind.image')} · ${asset.width}×${asset.height} · ${formatBytes(asset.bytes)}`
      : asset.kind === 'video'
        ? `${t('media.kind.video')} · ${asset.width}×${asset.height} · ${formatDuration(asset.duration)} · ${formatBytes(asset.bytes)}`
        : `${t('media.kind.audio')} · ${formatDuration(asset.duration)} · ${formatBytes(asset.bytes)}`;
  const remove = () => {
    if (editor.run(deleteAssetCommand, { assetId: asset.id })) editor.notify(t('media.removed', { name }));
  };
  return (
    <li className="asset-card" aria-labelledby={`asset-${asset.id}`}>
      <div className="asset-head">
        {asset.kind === 'image' &&
          (thumb ? <img className="asset-thumb" src={thumb} alt={localize(asset.alt, story.meta.defaultLanguage) || ''} /> : <div className="asset-thumb" />)}
        <div>
          <h3 id={`asset-${asset.id}`}>{name}</h3>
          <p className="asset-meta">{details}</p>
          {asset.kind === 'audio' && <AudioPreview assetId={asset.id} name={name} />}
        </div>
      </div>
      {uses.length === 0 ? (
        <p className="asset-meta">{t('media.unused')}</p>
      ) : (
        <>
          <p className="asset-meta">{uses.length === 1 ? t('media.usedInOne') : t('media.usedIn', { count: uses.length })}</p>
          <ul className="asset-uses">
            {uses.map((u, i) => (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => {
                    setLibraryOpen(false);
                    editor.select({ sceneId: u.sceneId, hotspotId: u.kind === 'hotspot' ? u.hotspotId : null });
                  }}
                >
                  {usageText(story, u)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="row wrap">
        <button type="button" className="button small" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          <Icon name="edit" /> {t('media.editDetails', { name })}
        </button>
        <FilePickButton
          accept={asset.kind}
          single
          className="button small"
          label={t('media.replace', { name })}
          target={(m) => {
            if (m.kind !== asset.kind) {
              editor.notify(t('media.replaceWrongKind', { name }));
              return;
            }
            if (editor.run(replaceAssetCommand, { from: asset.id, to: editor.doc.getState().story.assets.find((a) => a.id === m.asset.id) ?? m.asset }))
              editor.notify(t('media.replaced', { name, other: m.asset.name }));
          }}
        >
          <Icon name="restore" /> {t('media.replaceShort')}
        </FilePickButton>
        <button
          type="button"
          className="button small danger"
          disabled={readOnly}
          aria-label={t('media.remove', { name })}
          onClick={() => (uses.length ? setConfirming(true) : remove())}
        >
          <Icon name="trash" /> {t('media.removeShort')}
        </button>
      </div>
      {confirming && uses.length > 0 && (
        <div className="media-import-item is-ask" role="group" aria-label={t('media.remove', { name })}>
          <p>{uses.length === 1 ? t('media.removeExplainOne', { name }) : t('media.removeExplain', { name, count: uses.length })}</p>
          <div className="row wrap">
            <button
              type="button"
              className="button small danger"
              onClick={() => {
                setConfirming(false);
                remove();
              }}
            >
              {uses.length === 1 ? t('media.removeFromOne') : t('media.removeFromPlaces', { count: uses.length })}
            </button>
            <button type="button" className="button small quiet" onClick={() => setConfirming(false)}>
              {t('library.cancel')}
            </button>
          </div>
        </div>
      )}
      {editing && <AssetInfoForm assetId={asset.id} />}
    </li>
  );
}
