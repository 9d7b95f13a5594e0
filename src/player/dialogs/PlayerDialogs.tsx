import type { Hotspot, LocalizedText, Story } from '../../story/schema/index.ts';
import type { HotspotId } from '../../story/schema/common.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { PlayerEngine, PlayerSnapshot } from '../engine/index.ts';
import { ClosedDialog } from './ClosedDialog.tsx';
import { CreditsDialog } from './CreditsDialog.tsx';
import { EndingDialog } from './EndingDialog.tsx';
import { InfoDialog } from './InfoDialog.tsx';
import { QuestionDialog } from './QuestionDialog.tsx';
import { scoreWords } from './questionWords.ts';
import { TextReadingDialog } from './TextReadingDialog.tsx';

/** The reader's menu overlays (credits, the story as text); hotspot panels and the ending come from the engine. */
export type Overlay = 'credits' | 'reading' | null;

export interface PlayerDialogsProps {
  story: Story;
  assets: AssetSource;
  engine: PlayerEngine;
  snapshot: PlayerSnapshot;
  t: (text: LocalizedText | undefined) => string;
  lang: string;
  sceneTitle: string;
  /** The hotspot whose panel is open, if any. */
  panelHotspot: Hotspot | undefined;
  endingOpen: boolean;
  overlay: Overlay;
  setOverlay(overlay: Overlay): void;
  closeEnding(): void;
}

/**
 * Every dialog of the player: a hotspot's information, question or closed way, the ending, the
 * credits and the story as text. A chunk of its own (PlayerScreen.tsx loads it when a reader first
 * opens one, or is about to): none of them is needed for the first frame.
 */
export default function PlayerDialogs({ story, assets, engine, snapshot, t, lang, sceneTitle, panelHotspot, endingOpen, overlay, setOverlay, closeEnding }: PlayerDialogsProps) {
  // A dialog's close event comes late: it closes only the hotspot's panel it showed, never one the
  // reader opened since (a question opened right after a closed door's message).
  const closeShown = (hotspotId: string | undefined) => engine.closePanel(hotspotId as HotspotId | undefined);
  return (
    <>
      <InfoDialog
        story={story}
        panel={snapshot.panel?.kind === 'info' ? snapshot.panel : null}
        fallbackTitle={panelHotspot ? t(panelHotspot.label) : ''}
        t={t}
        lang={lang}
        assets={assets}
        onClose={closeShown}
      />
      <QuestionDialog
        story={story}
        panel={snapshot.panel?.kind === 'question' ? snapshot.panel : null}
        title={panelHotspot ? t(panelHotspot.label) : ''}
        t={t}
        lang={lang}
        assets={assets}
        onAnswer={(answerId) => snapshot.panel && engine.answer(snapshot.panel.hotspotId, answerId)}
        onContinue={() => engine.proceed()}
        onClose={closeShown}
      />
      <ClosedDialog panel={snapshot.panel?.kind === 'closed' ? snapshot.panel : null} title={panelHotspot ? t(panelHotspot.label) : ''} t={t} lang={lang} onClose={closeShown} />
      <EndingDialog
        open={endingOpen}
        sceneTitle={sceneTitle}
        text={t(snapshot.ending?.text)}
        score={scoreWords(snapshot.score)}
        lang={lang}
        canGoBack={snapshot.canGoBack}
        onPlayAgain={() => engine.restart()}
        onCredits={() => setOverlay('credits')}
        onBack={() => engine.back()}
        onClose={closeEnding}
      />
      <CreditsDialog open={overlay === 'credits'} story={story} t={t} lang={lang} onClose={() => setOverlay(null)} />
      <TextReadingDialog open={overlay === 'reading'} story={story} t={t} lang={lang} onClose={() => setOverlay(null)} />
    </>
  );
}
