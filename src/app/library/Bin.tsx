import { t } from '../../i18n/index.ts';
import type { StoryListing } from '../../storage/repository.ts';
import { useRepository } from '../../storage/context.ts';
import { Icon } from '../../editor/icons.tsx';
import { titleOf } from './text.ts';
import type { Act } from './useLibrary.ts';

/** The bin: deleted stories, to restore or delete for good. */
export function Bin({ listings, busy, act }: { listings: StoryListing[]; busy: boolean; act: Act }) {
  const repo = useRepository();
  return (
    <section className="bin" aria-labelledby="bin-heading">
      <details>
        <summary>
          <h2 id="bin-heading"><Icon name="trash" /> {t('library.bin', { count: listings.length })}</h2>
        </summary>
        <p className="hint">{t('library.binHelp')}</p>
        <ul className="bin-list">
          {listings.map((l) => {
            const title = titleOf(l);
            return (
              <li key={l.id}>
                <span className="bin-title">{title}</span>
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  aria-label={t('library.restoreStory', { title })}
                  onClick={() => void act(async () => void (await repo.restore(l.id)))}
                >
                  <Icon name="restore" /> {t('library.restore')}
                </button>
                <button
                  type="button"
                  className="button small quiet danger"
                  disabled={busy}
                  aria-label={t('library.purgeStory', { title })}
                  onClick={() => {
                    if (window.confirm(t('library.purgeConfirm', { title }))) void act(async () => void (await repo.purge(l.id)));
                  }}
                >
                  {t('library.purge')}
                </button>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
