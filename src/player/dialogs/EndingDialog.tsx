import { Dialog } from '../../ui/Dialog.tsx';
import { Icon } from '../../ui/icons.tsx';
import { strings } from '../strings.ts';
import { StoryText } from './StoryText.tsx';

interface Props {
  open: boolean;
  sceneTitle: string;
  text: string;
  lang: string;
  canGoBack: boolean;
  onPlayAgain(): void;
  onCredits(): void;
  onBack(): void;
  onClose(): void;
}

/** The ending screen: the author's closing words, then play again, credits, or look around. */
export function EndingDialog({ open, sceneTitle, text, lang, canGoBack, onPlayAgain, onCredits, onBack, onClose }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={strings.theEnd}
      closeLabel={strings.lookAround}
      className="ssp-ending"
      actions={
        <>
          <button type="button" className="ssp-button ssp-primary" onClick={onPlayAgain} data-autofocus>
            <Icon name="restart" />
            {strings.playAgain}
          </button>
          <button type="button" className="ssp-button" onClick={onCredits}>
            <Icon name="credits" />
            {strings.credits}
          </button>
          {canGoBack && (
            <button type="button" className="ssp-button" onClick={onBack}>
              <Icon name="back" />
              {strings.back}
            </button>
          )}
        </>
      }
    >
      <p className="ssp-ending-place" lang={lang}>
        {sceneTitle}
      </p>
      {text && <StoryText text={text} lang={lang} className="ssp-prose ssp-ending-text" />}
    </Dialog>
  );
}
