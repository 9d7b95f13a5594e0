import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './icons.tsx';

export interface DialogProps {
  open: boolean;
  /**
   * Called when the dialog closes itself (Esc, the close button), with the `shows` it was showing:
   * the close event comes a moment later, when the page may already show something else.
   */
  onClose(shown: string | undefined): void;
  /** What the dialog shows (e.g. a hotspot's id), handed back to onClose. */
  shows?: string;
  title: string;
  children: ReactNode;
  className?: string;
  closeLabel: string;
  /** Footer buttons; the close button is always there. */
  actions?: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: the rest of the page is inert while it is open (focus
 * stays inside), Esc closes it, and focus goes back to where it was. Title and text are plain text.
 * Focus starts on the dialog (so its title is read) or on the element marked data-autofocus.
 */
export function Dialog({ open, onClose, shows, title, children, className, closeLabel, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const shown = useRef(shows);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open) shown.current = shows;
    if (open && !d.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      // Native initial focus is the dialog itself (its title is read); [data-autofocus] picks a button instead.
      d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open, shows]);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const closed = () => {
      if (d.open) return; // closed and opened again before the event came (React StrictMode)
      const back = returnTo.current;
      returnTo.current = null;
      // The browser may already have put focus back, and the reader moved on (Shift+Tab) before
      // this event came: only bring focus back when it is lost (on the page or in the closed dialog).
      const active = document.activeElement;
      const lost = !active || active === document.body || d.contains(active);
      if (lost && back?.isConnected) back.focus({ preventScroll: true });
      onCloseRef.current(shown.current);
    };
    d.addEventListener('close', closed);
    return () => {
      d.removeEventListener('close', closed);
      if (d.open) d.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={`ui-dialog ${className ?? ''}`} aria-labelledby={titleId}>
      <div className="ui-dialog-head">
        <h2 id={titleId} className="ui-dialog-title">
          {title}
        </h2>
        <button type="button" className="ui-icon-button" onClick={() => ref.current?.close()} aria-label={closeLabel}>
          <Icon name="close" />
        </button>
      </div>
      <div className="ui-dialog-body">{open && children}</div>
      {actions && <div className="ui-dialog-actions">{actions}</div>}
    </dialog>
  );
}
