import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../../ui/icons.tsx';
import { ui } from '../../i18n/player.ts';

interface Props {
  canGoBack: boolean;
  onBack(): void;
  onRestart(): void;
  /** The menu's content; gets a `close` to call after an item was used. */
  menu(close: () => void): ReactNode;
}

/** Top-right controls: Back, Start again, and a menu for everything else. */
export function Toolbar({ canGoBack, onBack, onRestart, menu }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
  };

  return (
    <div className="ssp-toolbar">
      <button type="button" className="ssp-button" onClick={onBack} disabled={!canGoBack}>
        <Icon name="back" />
        <span className="ssp-button-text">{ui('player.goBack')}</span>
      </button>
      <button type="button" className="ssp-button" onClick={onRestart}>
        <Icon name="restart" />
        <span className="ssp-button-text">{ui('player.restart')}</span>
      </button>
      <button
        ref={button}
        type="button"
        className="ssp-button"
        aria-expanded={open}
        aria-controls="ssp-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name={open ? 'close' : 'menu'} />
        <span className="ssp-button-text">{ui('player.menu')}</span>
      </button>
      <div id="ssp-menu" ref={panel} className="ssp-menu ssp-panel" hidden={!open}>
        {open && menu(close)}
      </div>
    </div>
  );
}
