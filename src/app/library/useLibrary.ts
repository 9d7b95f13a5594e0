import { useCallback, useEffect, useState } from 'react';
import type { StoryListing } from '../../storage/repository.ts';
import { useRepository } from '../../storage/context.ts';
import { storiesOpenElsewhere } from '../../storage/locks.ts';
import { errorText } from './text.ts';

/** Runs one of the library's actions (busy meanwhile, its failure shown, the list read again). */
export type Act = (work: () => Promise<void>) => Promise<void>;

/** The library's stories, kept fresh when this or another tab writes. */
export function useLibrary() {
  const repo = useRepository();
  const [listings, setListings] = useState<StoryListing[] | null>(null);
  const [openElsewhere, setOpenElsewhere] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const [all, open] = await Promise.all([repo.list(), storiesOpenElsewhere()]);
      setListings(all);
      setOpenElsewhere(open);
      setError(null);
    } catch (e) {
      setListings([]);
      setError(errorText(e));
    }
  }, [repo]);
  useEffect(() => {
    void Promise.resolve().then(refresh);
    const stop = repo.onChange(() => void refresh());
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [repo, refresh]);
  return { listings, openElsewhere, error, refresh };
}
