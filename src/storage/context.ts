import { createContext, useContext } from 'react';
import type { StoryRepository } from './repository.ts';

/**
 * The library the screens work on. The app provides one (IndexedDB, src/app/main.tsx); test pages
 * provide their own. Plain functions take the repository as an argument instead.
 */
export const RepositoryContext = createContext<StoryRepository | null>(null);

export function useRepository(): StoryRepository {
  const repo = useContext(RepositoryContext);
  if (!repo) throw new Error('useRepository() outside <RepositoryContext>');
  return repo;
}
