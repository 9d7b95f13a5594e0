/**
 * Test page for the player (tests/e2e/player*.test.ts). Served by Vite dev (serveDev()).
 * Query: ?story=quarters|walk|keyboard|info|question|video [&n=30] [&width=1024] [&budget=bytes] [&maxTex=px] [&transition=none] [&lang=..]
 * [&slow=ms]: every picture after the first arrives that much later (a slow network).
 */
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { PlayerScreen } from '../../../src/player/PlayerScreen.tsx';
import { urlMapSource } from '../../../src/storage/asset-source.ts';
import { infoFixture, keyboardFixture, quartersFixture, walkFixture, type Fixture } from './player-fixtures.ts';
import { questionFixture } from './question-fixture.ts';
import { videoFixture } from './video-fixture.ts';

declare global {
  interface Window {
    __pageReady?: boolean;
    __exited?: number;
  }
}

const q = new URLSearchParams(location.search);
const kind = q.get('story') ?? 'keyboard';

async function fixture(): Promise<Fixture> {
  switch (kind) {
    case 'quarters':
      return quartersFixture();
    case 'walk':
      return walkFixture(Number(q.get('n') ?? 30), Number(q.get('width') ?? 1024));
    case 'info':
      return infoFixture();
    case 'question':
      return questionFixture();
    case 'video':
      return videoFixture();
    default:
      return keyboardFixture();
  }
}

const f = await fixture();
const slowMs = Number(q.get('slow') ?? 0);
let asked = 0;
const source = urlMapSource(f.urls);
const assets = slowMs > 0
  ? { getUrl: async (id: string) => (asked++ === 0 ? source.getUrl(id) : new Promise<string | null>((done) => setTimeout(() => done(source.getUrl(id)), slowMs))) }
  : source;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlayerScreen
      story={f.story}
      assets={assets}
      debug
      language={q.get('lang') ?? undefined}
      textureBudgetBytes={q.has('budget') ? Number(q.get('budget')) : undefined}
      maxTextureSize={q.has('maxTex') ? Number(q.get('maxTex')) : undefined}
      transition={q.get('transition') === 'none' ? 'none' : 'fade'}
      onExit={() => (window.__exited = (window.__exited ?? 0) + 1)}
    />
  </StrictMode>,
);
window.__pageReady = true;
