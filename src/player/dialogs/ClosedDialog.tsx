import { Dialog } from '../../ui/Dialog.tsx';
import type { ClosedPanel } from '../engine/index.ts';
import { StoryText } from './StoryText.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

/** A checkpoint the reader tried while it is closed: the author's words (or a plain "closed for now"). */
export function ClosedDialog({ panel, title, t, lang, onClose }: { panel: ClosedPanel | null; title: string; t: (text: Record<string, string> | undefined) => string; lang: string; onClose(hotspotId: string | undefined): void }) {
  return (
    <Dialog open={!!panel} shows={panel?.hotspotId} onClose={onClose} title={title || ui('player.closedTitle')} closeLabel={ui('player.close')} className="ssp-closed">
      {panel && <StoryText text={t(panel.message) || ui('player.closedDefault')} lang={lang} dir={uiDirection(lang)} className="ssp-prose" />}
    </Dialog>
  );
}
