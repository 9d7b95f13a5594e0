/**
 * Moves the keyboard to an element that is not on the page yet (it comes with the next render), in
 * the next frame: unless the person has already moved on by then (typing in another field while a
 * slow computer draws that frame late), so their typing never lands somewhere they did not put it.
 */
export function focusLater(target: () => HTMLElement | null | undefined): void {
  const from = document.activeElement;
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now === from || now === document.body || now === null || !now.isConnected) target()?.focus();
  });
}
