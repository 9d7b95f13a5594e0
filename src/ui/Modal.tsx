import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal.css';

/** A modal <dialog>: focus stays inside, Esc closes it (when it may be closed), its title names it. */
export function Modal(props: { title: string; onClose?: () => void; children: ReactNode; role?: 'dialog' | 'alertdialog'; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { onClose } = props;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`ss-modal${props.wide ? ' wide' : ''}`}
      aria-labelledby={`${id}-title`}
      role={props.role === 'alertdialog' ? 'alertdialog' : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose?.();
      }}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}

export function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="ss-progress">
      <p>{label}</p>
      <progress max={100} value={pct ?? undefined} aria-label={label} />
      {pct !== null && <p className="hint">{pct} %</p>}
    </div>
  );
}
