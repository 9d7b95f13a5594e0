/** Where the hub writes what happens (the terminal, or a test's log). */
export interface HubLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}
