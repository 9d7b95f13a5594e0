import { useId, useMemo, useState } from 'react';
import { t } from '../i18n/index.ts';
import type { Story } from '../story/schema/story.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import { publishStoryZip, type Published } from './publish-app.ts';
import { downloadBlob, fileNameFor } from '../packages/save-file.ts';
import { Modal } from '../ui/Modal.tsx';
import { useRepository } from '../storage/context.ts';
import './publish.css';
import { embedSnippet, qrPng, qrSvg, siteAddress } from './qr.ts';

const ADDRESS_KEY = (id: string) => `storyscape:publish-address:${id}`;

/**
 * "Publish": download the story's website (a zip to unpack on any static host), then, with the
 * address where it will live, an embed snippet and a QR code for the headsets in the room.
 */
export function PublishDialog(props: { storyId: string; title: string; story?: Story; assets?: AssetSource; onClose(): void }) {
  const id = useId();
  const repo = useRepository();
  const [address, setAddress] = useState(() => localStorage.getItem(ADDRESS_KEY(props.storyId)) ?? '');
  const [copied, setCopied] = useState(false);
  const [working, setWorking] = useState(false);
  const [savedAs, setSavedAs] = useState<Published | null>(null);
  const url = siteAddress(address);
  const svg = useMemo(() => (url ? qrSvg(url) : null), [url]);
  const snippet = url ? embedSnippet(url, props.title) : '';
  const base = fileNameFor(props.title, '');

  return (
    <Modal title={t('publish.title', { title: props.title })} onClose={props.onClose} wide>
      <p>{t('publish.intro')}</p>
      <div className="ss-actions" style={{ justifyContent: 'flex-start' }}>
        <button
          type="button"
          className="button primary"
          disabled={working}
          onClick={() => {
            setWorking(true);
            setSavedAs(null);
            void publishStoryZip(repo, props.storyId, props.story ? { story: props.story, assets: props.assets } : undefined)
              .then(setSavedAs)
              .finally(() => setWorking(false));
          }}
        >
          {t('publish.download')}
        </button>
      </div>
      <p role="status" className={savedAs ? 'ss-done' : 'visually-hidden'}>
        {savedAs ? t('publish.downloaded', { file: savedAs.file }) : ''}
        {savedAs?.note ? ` ${savedAs.note}` : ''}
      </p>
      <ul className="ss-notes">
        <li>{t('publish.noteHost')}</li>
        <li>{t('publish.noteSecure')}</li>
        <li>{t('publish.noteFile')}</li>
      </ul>

      <h3>{t('publish.shareTitle')}</h3>
      <label htmlFor={`${id}-address`}>{t('publish.address')}</label>
      <input
        id={`${id}-address`}
        type="url"
        inputMode="url"
        placeholder="https://example.org/stories/my-story/"
        value={address}
        aria-describedby={`${id}-address-help`}
        onChange={(e) => {
          setAddress(e.target.value);
          setCopied(false);
          localStorage.setItem(ADDRESS_KEY(props.storyId), e.target.value);
        }}
      />
      <p id={`${id}-address-help`} className={address && !url ? 'ss-field-error' : 'hint'}>
        {address && !url ? t('publish.addressInvalid') : t('publish.addressHelp')}
      </p>
      {url && svg && (
        <div className="ss-share">
          <div>
            <label htmlFor={`${id}-embed`}>{t('publish.embed')}</label>
            <textarea id={`${id}-embed`} readOnly value={snippet} onFocus={(e) => e.currentTarget.select()} />
            <div className="ss-actions" style={{ justifyContent: 'flex-start' }}>
              <button
                type="button"
                className="button"
                onClick={() => void navigator.clipboard.writeText(snippet).then(() => setCopied(true), () => setCopied(false))}
              >
                {t('publish.copy')}
              </button>
              <span role="status">{copied ? t('publish.copied') : ''}</span>
            </div>
          </div>
          <figure style={{ margin: 0 }}>
            <div className="ss-qr" role="img" aria-label={t('publish.qrLabel', { url })} dangerouslySetInnerHTML={{ __html: svg }} />
            <div className="ss-actions" style={{ justifyContent: 'flex-start' }}>
              <button type="button" className="button small" onClick={() => downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${base}-qr.svg`)}>
                {t('publish.qrSvg')}
              </button>
              <button type="button" className="button small" onClick={() => void qrPng(url).then((b) => downloadBlob(b, `${base}-qr.png`))}>
                {t('publish.qrPng')}
              </button>
            </div>
          </figure>
        </div>
      )}
      <div className="ss-actions">
        <button type="button" className="button" onClick={props.onClose}>
          {t('publish.close')}
        </button>
      </div>
    </Modal>
  );
}
