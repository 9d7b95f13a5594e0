import { getUiLanguage, t } from '../../i18n/index.ts';
import { localize } from '../../story/text.ts';
import type { TemplateEntry } from './catalogue.ts';
import { nameOrFallback } from '../../i18n/language-names.ts';
import { useSmallPicture } from './useSmallPicture.ts';

function languageNames(tags: readonly string[]): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([getUiLanguage(), 'en'], { type: 'language' });
  } catch {
    names = null;
  }
  const list = tags.map((tag) => {
    try {
      return nameOrFallback(tag, getUiLanguage(), names?.of(tag));
    } catch {
      return nameOrFallback(tag, getUiLanguage(), undefined);
    }
  });
  try {
    return new Intl.ListFormat(getUiLanguage(), { type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}

/** One template in the "New from a template" dialog. */
export function TemplateCard(props: { entry: TemplateEntry; title: string; picture?: { id: string; url: string }; onGuide(): void; onUse(): void }) {
  const { entry, title } = props;
  const description = localize(entry.description, getUiLanguage(), 'en');
  const thumbnail = useSmallPicture(props.picture);
  return (
    <li className="template-card" data-template={entry.id}>
      {thumbnail ? (
        <img className="story-thumb" src={thumbnail} alt="" width={512} height={256} decoding="async" />
      ) : (
        <div className="story-thumb empty" aria-hidden="true">
          360°
        </div>
      )}
      <div className="template-card-body">
        {entry.needsOwnPhotos ? (
          <p className="badge own-photos">{t('templates.ownPhotos')}</p>
        ) : (
          <p className="badge ready">{t('templates.ready')}</p>
        )}
        <h3>{title}</h3>
        <p>{description}</p>
        <p className="meta">
          {t('library.scenes', { count: entry.scenes })} · {languageNames(entry.languages)}
        </p>
        <div className="card-actions">
          <button type="button" className="button primary" aria-label={t('templates.useNamed', { title })} onClick={props.onUse}>
            {t('templates.use')}
          </button>
          <button type="button" className="button quiet" aria-label={t('templates.readGuideOf', { title })} onClick={props.onGuide}>
            {t('templates.readGuide')}
          </button>
        </div>
      </div>
    </li>
  );
}
