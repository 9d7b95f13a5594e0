/** A tiny typed event emitter: a listener that throws is logged and does not stop the others. */
type Listener<T> = (value: T) => void;

export class Emitter<T> {
  private listeners = new Set<Listener<T>>();
  on(fn: Listener<T>): () => void {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  }
  emit(value: T): void {
    for (const fn of this.listeners) callSafely(fn, value);
  }
  clear(): void {
    this.listeners.clear();
  }
}

/** Calls a listener; if it throws, logs that and carries on. */
export function callSafely<T>(fn: Listener<T>, value: T): void {
  try {
    fn(value);
  } catch (e) {
    console.error('[storyscape audio] a listener threw:', e);
  }
}
