import type { AssetSource } from '../../storage/asset-source.ts';
import type { Story } from '../../story/schema/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import type { InfoPanel } from '../engine/index.ts';
import { useAssetUrl } from '../useAssetUrl.ts';
import { StoryLink, StoryText } from './StoryText.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

interface Props {
  story: Story;
  panel: InfoPanel | null;
  /** The hotspot's label, used as the title when the info has none. */
  fallbackTitle: string;
  t: (text: Record<string, string> | undefined) => string;
  lang: string;
  assets: AssetSource;
  /** Called with the hotspot whose panel the dialog was showing when it closed. */
  onClose(hotspotId: string | undefined): void;
}

/** An info hotspot's text, picture and link, in a modal dialog. */
export function InfoDialog({ story, panel, fallbackTitle, t, lang, assets, onClose }: Props) {
  const action = panel?.action;
  const image = action?.image ? story.assets.find((a) => a.id === action.image) : undefined;
  const imageUrl = useAssetUrl(assets, image?.kind === 'image' ? image.id : null);
  const title = (action && t(action.title)) || fallbackTitle || ui('player.kindLong.info');
  return (
    <Dialog open={!!panel} shows={panel?.hotspotId} onClose={onClose} title={title} closeLabel={ui('player.close')} className="ssp-info">
      {action && (
        <div lang={lang} dir={uiDirection(lang)}>
          {image?.kind === 'image' && (
            <figure className="ssp-figure">
              {imageUrl && <img src={imageUrl} alt={t(image.alt)} width={image.width} height={image.height} />}
            </figure>
          )}
          <StoryText text={t(action.text)} className="ssp-prose" />
          {action.link && <StoryLink url={action.link.url} label={t(action.link.label)} />}
        </div>
      )}
    </Dialog>
  );
}
