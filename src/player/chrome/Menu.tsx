import { useId } from 'react';
import { Icon } from '../../ui/icons.tsx';
import { TEXT_SCALES } from '../settings/useTextSize.ts';
import { useCaptionsOn } from '../settings/captions.ts';
import { ui } from '../../i18n/player.ts';

const SIZE_NAMES = ['player.textSize.standard', 'player.textSize.large', 'player.textSize.larger', 'player.textSize.largest'] as const;

export interface MenuProps {
  close(): void;
  onReadAsText(): void;
  onCredits(): void;
  textScale: number;
  onTextScale(scale: number): void;
  languages: readonly { code: string; name: string }[];
  language: string;
  onLanguage(code: string): void;
  onExit?: () => void;
}

/** Reading, credits and settings. Each item closes the menu except the settings. */
export function Menu(p: MenuProps) {
  const sizeId = useId();
  const langId = useId();
  const [captions, setCaptions] = useCaptionsOn();
  const then = (fn: () => void) => () => {
    p.close();
    fn();
  };
  return (
    <>
      <button type="button" className="ssp-menu-item" onClick={then(p.onReadAsText)}>
        <Icon name="text" />
        {ui('player.readAsText')}
      </button>
      <button type="button" className="ssp-menu-item" onClick={then(p.onCredits)}>
        <Icon name="credits" />
        {ui('player.credits')}
      </button>
      <fieldset className="ssp-menu-group">
        <legend id={sizeId}>
          <Icon name="textSize" /> {ui('player.textSize')}
        </legend>
        <div className="ssp-segmented">
          {TEXT_SCALES.map((s, i) => (
            <label key={s} className="ssp-segment">
              <input
                type="radio"
                name={sizeId}
                checked={p.textScale === s}
                onChange={() => p.onTextScale(s)}
              />
              <span style={{ fontSize: `${0.8 + i * 0.18}em` }} aria-hidden="true">
                A
              </span>
              <span className="ssp-vh">{ui(SIZE_NAMES[i]!)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="ssp-menu-item ssp-menu-check">
        <input type="checkbox" checked={captions} onChange={(e) => setCaptions(e.target.checked)} />
        {ui('player.captions')}
      </label>
      {p.languages.length > 1 && (
        <div className="ssp-menu-group">
          <label htmlFor={langId}>
            <Icon name="language" /> {ui('player.language')}
          </label>
          <select id={langId} className="ssp-select" value={p.language} onChange={(e) => p.onLanguage(e.target.value)}>
            {p.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {p.onExit && (
        <button type="button" className="ssp-menu-item" onClick={then(p.onExit)}>
          <Icon name="exit" />
          {ui('player.exit')}
        </button>
      )}
    </>
  );
}
