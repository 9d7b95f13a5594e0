import { Dialog } from '../../ui/Dialog.tsx';
import { Icon } from '../../ui/icons.tsx';
import { StoryText } from './StoryText.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

interface Props {
  open: boolean;
  sceneTitle: string;
  text: string;
  /** The reader's score in words ("You found 4 of 5 words"), or '' when this ending shows none. */
  score?: string;
  lang: string;
  canGoBack: boolean;
  onPlayAgain(): void;
  onCredits(): void;
  onBack(): void;
  onClose(): void;
}

/** The ending screen: the author's closing words, then play again, credits, or look around. */
export function EndingDialog({ open, sceneTitle, text, score, lang, canGoBack, onPlayAgain, onCredits, onBack, onClose }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={ui('player.theEnd')}
      closeLabel={ui('player.lookAround')}
      className="ssp-ending"
      actions={
        <>
          <button type="button" className="ssp-button ssp-primary" onClick={onPlayAgain} data-autofocus>
            <Icon name="restart" />
            {ui('player.playAgain')}
          </button>
          <button type="button" className="ssp-button" onClick={onCredits}>
            <Icon name="credits" />
            {ui('player.credits')}
          </button>
          {canGoBack && (
            <button type="button" className="ssp-button" onClick={onBack}>
              <Icon name="back" />
              {ui('player.goBack')}
            </button>
          )}
        </>
      }
    >
      <p className="ssp-ending-place" lang={lang} dir={uiDirection(lang)}>
        {sceneTitle}
      </p>
      {score && (
        <p className="ssp-score" lang={lang} dir={uiDirection(lang)}>
          {score}
        </p>
      )}
      {text && <StoryText text={text} lang={lang} dir={uiDirection(lang)} className="ssp-prose ssp-ending-text" />}
    </Dialog>
  );
}
