import { useId } from 'react';
import type { Consent } from '../../story/schema/asset.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { setAssetConsentCommand, setAssetCreditCommand, setAssetTextCommand, setVideoSoundCommand } from '../commands/index.ts';
import { LocalizedFields, languageLabel } from '../panels/fields.tsx';

/**
 * The friendly questions about a picture or sound: what it shows / says (for people who cannot
 * see or hear it), who made it and its licence, and whether people in it agreed to share it.
 * Nothing is required; every answer is saved as it is typed (and can be undone).
 */
export function AssetInfoForm({ assetId }: { assetId: string }) {
  const { editor } = useEditor();
  const story = useDoc((s) => s.story);
  const readOnly = useDoc((s) => s.readOnly);
  const base = useId();
  const asset = story.assets.find((a) => a.id === assetId);
  if (!asset) return null;
  const multi = story.meta.languages.length > 1;
  const isImage = asset.kind === 'image';
  const setConsent = (c: Partial<Consent>, field: string) =>
    editor.run(setAssetConsentCommand, { assetId, consent: { ...asset.consent, ...c }, field });
  return (
    <div className="asset-form">
      {asset.kind === 'video' && (
        <div className="field">
          <label htmlFor={`${base}-sound`}>{t('media.videoSound')}</label>
          <select
            id={`${base}-sound`}
            value={asset.sound}
            disabled={readOnly}
            onChange={(e) => editor.run(setVideoSoundCommand, { assetId, sound: e.target.value as 'none' | 'sounds' | 'speech' })}
          >
            <option value="none">{t('media.videoSound.none')}</option>
            <option value="sounds">{t('media.videoSound.sounds')}</option>
            <option value="speech">{t('media.videoSound.speech')}</option>
          </select>
        </div>
      )}
      <LocalizedFields
        languages={story.meta.languages}
        value={isImage ? asset.alt : asset.transcript}
        readOnly={readOnly}
        multiline
        label={(language) =>
          isImage
            ? multi ? t('media.altIn', { language: languageLabel(language) }) : t('media.alt')
            : multi ? t('media.transcriptIn', { language: languageLabel(language) }) : t('media.transcript')
        }
        onChange={(language, text) => editor.run(setAssetTextCommand, { assetId, language, text })}
      />
      <p className="hint">{isImage ? t('media.altHelp') : t('media.transcriptHelp')}</p>
      <div className="field">
        <label htmlFor={`${base}-author`}>{t('media.author')}</label>
        <input
          id={`${base}-author`}
          type="text"
          autoComplete="off"
          maxLength={500}
          value={asset.credit.author ?? ''}
          readOnly={readOnly}
          onChange={(e) => editor.run(setAssetCreditCommand, { assetId, credit: { ...asset.credit, author: e.target.value }, field: 'author' })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-licence`}>{t('media.licence')}</label>
        <input
          id={`${base}-licence`}
          type="text"
          list={`${base}-licences`}
          autoComplete="off"
          maxLength={200}
          value={asset.credit.licence ?? ''}
          readOnly={readOnly}
          onChange={(e) => editor.run(setAssetCreditCommand, { assetId, credit: { ...asset.credit, licence: e.target.value }, field: 'licence' })}
        />
        <datalist id={`${base}-licences`}>
          <option value={t('media.licenceOwn')} />
          <option value="CC-BY-4.0" />
          <option value="CC-BY-SA-4.0" />
          <option value="CC0-1.0" />
        </datalist>
      </div>
      <fieldset className="consent">
        <legend>{isImage ? t('media.consentPeopleImage') : t('media.consentPeopleSound')}</legend>
        {(['no', 'yes', 'unknown'] as const).map((v) => (
          <div className="check" key={v}>
            <input
              type="radio"
              id={`${base}-people-${v}`}
              name={`${base}-people`}
              checked={asset.consent.peopleRecognisable === v}
              disabled={readOnly}
              onChange={() => setConsent({ peopleRecognisable: v }, 'people')}
            />
            <label htmlFor={`${base}-people-${v}`}>{t(`media.people.${v}`)}</label>
          </div>
        ))}
        {asset.consent.peopleRecognisable !== 'no' && (
          <div className="check">
            <input
              type="checkbox"
              id={`${base}-consent`}
              checked={asset.consent.consentRecorded}
              disabled={readOnly}
              onChange={(e) => setConsent({ consentRecorded: e.target.checked }, 'recorded')}
            />
            <label htmlFor={`${base}-consent`}>{t('media.consentRecorded')}</label>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${base}-note`}>{t('media.consentNote')}</label>
          <input
            id={`${base}-note`}
            type="text"
            autoComplete="off"
            maxLength={2000}
            value={asset.consent.note ?? ''}
            readOnly={readOnly}
            onChange={(e) => setConsent({ note: e.target.value }, 'note')}
          />
        </div>
      </fieldset>
    </div>
  );
}
