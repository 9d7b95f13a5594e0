import { useEffect, useState } from 'react';
import type { AssetSource } from '../../storage/asset-source.ts';
import { loadStory } from '../../story/io/load.ts';
import type { Story } from '../../story/schema/index.ts';
import { ui } from '../../i18n/player.ts';
import { PlayerScreen } from '../PlayerScreen.tsx';
import type { Boot } from './boot.ts';
import { publishedAssets } from './publishedAssets.ts';

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; messages: string[] }
  | { phase: 'ready'; story: Story; assets: AssetSource };

/** Plays ./story.json, as started by boot.ts; explains any problem in words. */
export function StandalonePlayer({ boot }: { boot: Boot }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    void open(boot).then((s) => {
      if (s.phase === 'failed') boot.firstPaint.dispose(); // its message must not sit under the early picture
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, [boot]);

  if (state.phase === 'loading') {
    return (
      <div className="ssp-root ssp-problem">
        <p className="ssp-panel ssp-problem-box" role="status">
          {ui('player.opening')}
        </p>
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="ssp-root ssp-problem">
        <main className="ssp-panel ssp-problem-box">
          <h1>{ui('player.openFailed')}</h1>
          <ul>
            {state.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          <p>{ui('player.republish')}</p>
        </main>
      </div>
    );
  }
  return (
    <PlayerScreen
      story={state.story}
      assets={state.assets}
      language={navigator.languages?.[0] ?? navigator.language}
      debug={new URLSearchParams(location.search).has('debug')}
      early={boot.early}
    />
  );
}

async function open(boot: Boot): Promise<State> {
  const file = await boot.story;
  if (!file.ok) {
    const message = file.status === null ? ui('player.storyFileOffline') : ui('player.storyFileMissing', { status: file.status });
    return { phase: 'failed', messages: [message] };
  }
  const result = loadStory(file.text);
  if (!result.ok) {
    // The words for problems in every language are fetched only when a story cannot be opened.
    const { problemText } = await import('../../i18n/problems.ts');
    return { phase: 'failed', messages: result.problems.filter((p) => p.severity === 'error').map(problemText) };
  }
  return { phase: 'ready', story: result.story, assets: publishedAssets(result.story, file.url) };
}
