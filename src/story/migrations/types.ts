/** One step of the document format: turns a raw document of version `from` into version `to`. */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for people reading the log. */
  description: string;
  /** Pure: takes a raw (unvalidated) document and returns a new one. Must not throw on odd input. */
  up(raw: Record<string, unknown>): Record<string, unknown>;
}
