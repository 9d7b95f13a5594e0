import { useCallback, useState } from 'react';
import { roomErrorText } from './errors.ts';

/**
 * The busy / error pair every room form needs: `run` marks the form busy, clears the last error,
 * awaits the hub call and turns a failure into one human sentence (roomErrorText, or the caller's). A second submit
 * while one is under way is ignored, so a double click never sends twice.
 */
export function useRoomAction(initialError: string | null = null, errorText: (e: unknown) => string = roomErrorText) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(initialError);
  const run = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      if (busy) return false;
      setBusy(true);
      setError(null);
      try {
        await action();
        return true;
      } catch (err) {
        setError(errorText(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [busy, errorText],
  );
  return { busy, error, setError, run };
}
