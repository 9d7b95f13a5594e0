import type { FocusEvent, KeyboardEvent } from 'react';
import type { Hotspot } from '../../story/schema/index.ts';
import { Icon, type IconName } from '../../ui/icons.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

interface Props {
  hotspots: readonly Hotspot[];
  labelOf(h: Hotspot): string;
  highlightedId: string | null;
  /** Go-to choices whose checkpoint is closed: they say so, and open the author's message. */
  closedIds?: ReadonlySet<string>;
  onChoose(id: string): void;
  /** Keyboard focus on a choice: the view turns toward its marker. */
  onFocusChoice(h: Hotspot | null): void;
  onHover(id: string | null): void;
  /** In an ending scene: the button that shows the ending screen (it never opens by itself). */
  onShowEnding?: () => void;
  lang: string;
}

const ICONS: Record<Hotspot['action']['type'], IconName> = { goto: 'go', info: 'info', sound: 'sound', question: 'question' };

/**
 * Every visible hotspot as a real button: the way to play with a keyboard, switch or screen
 * reader, and a plain list of "what can I do here" for everyone.
 */
export function ChoiceList({ hotspots, labelOf, highlightedId, closedIds, onChoose, onFocusChoice, onHover, onShowEnding, lang }: Props) {
  const focus = (h: Hotspot) => (e: FocusEvent<HTMLButtonElement>) => {
    if (e.currentTarget.matches(':focus-visible')) onFocusChoice(h);
  };
  // Holding Enter must not also choose on the next scene's button.
  const noRepeat = (e: KeyboardEvent) => {
    if (e.repeat && (e.key === 'Enter' || e.key === ' ')) e.preventDefault();
  };
  return (
    <nav className="ssp-choices ssp-panel" aria-labelledby="ssp-choices-title">
      <h2 id="ssp-choices-title" className="ssp-choices-title">
        {ui('player.choices')}
      </h2>
      {hotspots.length === 0 && !onShowEnding ? (
        <p className="ssp-choices-empty">{ui('player.noChoices')}</p>
      ) : (
        <ul className="ssp-choice-list">
          {hotspots.map((h) => {
            const kind = h.action.type;
            const closed = closedIds?.has(h.id) ?? false;
            return (
              <li key={h.id}>
                <button
                  type="button"
                  className={`ssp-choice ssp-choice-${kind}`}
                  data-hotspot={h.id}
                  data-highlighted={highlightedId === h.id || undefined}
                  data-closed={closed || undefined}
                  aria-haspopup={closed || kind === 'question' || kind === 'info' ? 'dialog' : undefined}
                  onClick={() => onChoose(h.id)}
                  onFocus={focus(h)}
                  onBlur={() => onFocusChoice(null)}
                  onMouseEnter={() => onHover(h.id)}
                  onMouseLeave={() => onHover(null)}
                  onKeyDown={noRepeat}
                >
                  <span className="ssp-choice-icon">
                    <Icon name={closed ? 'lock' : ICONS[kind]} />
                  </span>
                  <span className="ssp-vh">{ui(`player.kind.${kind}` as const)}: </span>
                  <span className="ssp-choice-label" lang={lang} dir={uiDirection(lang)}>
                    {labelOf(h) || ui(`player.kindLong.${kind}` as const)}
                  </span>
                  {closed && <span className="ssp-choice-closed"> ({ui('player.closed')})</span>}
                </button>
              </li>
            );
          })}
          {onShowEnding && (
            <li>
              <button type="button" className="ssp-choice ssp-choice-ending" onClick={onShowEnding} aria-haspopup="dialog">
                <span className="ssp-choice-icon">
                  <Icon name="credits" />
                </span>
                <span className="ssp-choice-label">{ui('player.seeEnding')}</span>
              </button>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
