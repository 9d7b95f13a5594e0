import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '../ui/scriptFonts.css';
import './app.css';
import { App } from './App.tsx';
import { createIdbRepository } from '../storage/idb-repository.ts';
import { RepositoryContext } from '../storage/context.ts';

// The app's one library: this browser's IndexedDB, shared with its other tabs.
const repository = createIdbRepository();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RepositoryContext value={repository}>
      <App />
    </RepositoryContext>
  </StrictMode>,
);
