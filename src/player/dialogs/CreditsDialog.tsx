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
            {creditGroups(story, t).map((g) => (
              <li key={g.key}>
                <GroupCredit group={g} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}

interface CreditGroup {
  key: string;
  kind: Asset['kind'];
  credit: Asset['credit'];
  names: string[];
}

const KIND_LABEL = { image: 'player.creditPictures', audio: 'player.creditSounds', video: 'player.creditVideos' } as const;
const withoutExtension = (name: string) => name.replace(/\.[a-z0-9]{2,5}$/i, '');

/**
 * The media, one line per maker and licence ("Pictures: Town square, Park — Kim, CC0-1.0"): a
 * panorama goes by the title of the scene it shows, another picture by its description, a sound by
 * its file name; never a long description repeated for every photo.
 */
function creditGroups(story: Story, t: Props['t']): CreditGroup[] {
  const sceneTitle = new Map<string, string>();
  for (const scene of story.scenes) if (scene.panorama && !sceneTitle.has(scene.panorama)) sceneTitle.set(scene.panorama, t(scene.title) || scene.id);
  const groups = new Map<string, CreditGroup>();
  for (const a of story.assets) {
    const { author, source, licence } = a.credit;
    const key = JSON.stringify([a.kind, author, source, licence]);
    const group = groups.get(key) ?? { key, kind: a.kind, credit: a.credit, names: [] };
    groups.set(key, group);
    const name = sceneTitle.get(a.id) ?? ((a.kind === 'image' ? t(a.alt) : '') || withoutExtension(a.name));
    if (!group.names.includes(name)) group.names.push(name);
  }
  return [...groups.values()];
}

function GroupCredit({ group }: { group: CreditGroup }) {
  const { author, source, licence } = group.credit;
  const href = source ? safeHref(source) : null;
  return (
    <>
      <span className="ssp-credit-what">
        {ui(KIND_LABEL[group.kind])}: {group.names.join(', ')}
      </span>
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
