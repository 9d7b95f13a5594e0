import type { Asset, Story } from '../../story/schema/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { safeHref } from '../links.ts';
import { StoryText } from './StoryText.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

interface Props {
  open: boolean;
  story: Story;
  t: (text: Record<string, string> | undefined) => string;
  lang: string;
  onClose(): void;
}

/** Who made the story and its media, and under which licences. Authors appear by their chosen names. */
export function CreditsDialog({ open, story, t, lang, onClose }: Props) {
  const { meta } = story;
  const authors = meta.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name));
  return (
    <Dialog open={open} onClose={onClose} title={ui('player.credits')} closeLabel={ui('player.close')} className="ssp-credits">
      <h3 lang={lang} dir={uiDirection(lang)}>{t(meta.title)}</h3>
      {authors.length > 0 && (
        <p>
          {ui('player.storyBy')} <span lang={lang} dir={uiDirection(lang)}>{authors.join(', ')}</span>
        </p>
      )}
      <p>
        {ui('player.licence')}: {meta.licence || ui('player.unknownLicence')}
      </p>
      {meta.credits && <StoryText text={t(meta.credits)} lang={lang} dir={uiDirection(lang)} className="ssp-prose" />}
      {story.assets.length > 0 && (
        <>
          <h3>{ui('player.media')}</h3>
          <ul className="ssp-credit-list">
            {story.assets.map((a) => (
              <li key={a.id}>
                <AssetCredit asset={a} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}

function AssetCredit({ asset, t }: { asset: Asset; t: Props['t'] }) {
  const what = (asset.kind === 'image' ? t(asset.alt) : '') || asset.name;
  const { author, source, licence } = asset.credit;
  const href = source ? safeHref(source) : null;
  return (
    <>
      <span className="ssp-credit-what">{what}</span>
      <span className="ssp-credit-meta">
        {' — '}
        {author || ui('player.unknownAuthor')}, {licence || ui('player.unknownLicence')}
        {source && (
          <>
            {', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {source}
                <span className="ssp-vh"> {ui('player.linkOpens')}</span>
              </a>
            ) : (
              source
            )}
          </>
        )}
      </span>
    </>
  );
}
