/**
 * A polite live region: screen readers read its new text when it changes. A new `id` replaces the
 * node, so arriving again in the same place is announced again.
 */
export function Announcer({ id, message }: { id: number; message: string }) {
  return (
    <div className="ssp-vh" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message && <p key={id}>{message}</p>}
    </div>
  );
}
