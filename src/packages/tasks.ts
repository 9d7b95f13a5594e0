/**
 * The one long job (export, backup, import, publish) running now, for the progress dialog:
 * what it is, how far it got, and, when it failed, the messages to show. A tiny external store.
 */
export interface Task {
  /** What is happening, in words ("Exporting “Park”…"). */
  label: string;
  done: number;
  /** 0 when unknown. */
  total: number;
  /** When it failed: the title and what went wrong, one message per problem. */
  failed?: { title: string; messages: string[] };
}

let current: Task | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const taskStore = {
  get: (): Task | null => current,
  subscribe(cb: () => void): () => void {
    listeners.add(cb);
    return () => listeners.delete(cb);
  },
  start(label: string, total = 0): void {
    current = { label, done: 0, total };
    emit();
  },
  progress(done: number, total?: number): void {
    if (!current || current.failed) return;
    current = { ...current, done, total: total ?? current.total };
    emit();
  },
  fail(title: string, messages: string[]): void {
    current = { label: current?.label ?? title, done: 0, total: 0, failed: { title, messages } };
    emit();
  },
  end(): void {
    current = null;
    emit();
  },
};
