import { useEffect, useState } from 'react';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Story } from '../../story/schema/story.ts';
import { ui } from '../../i18n/player.ts';
import { PlayerScreen } from '../PlayerScreen.tsx';
import type { Boot } from './boot.ts';
import type { CheckedWhere } from './checkOffThread.ts';
import { checkedAtPublish } from './checkedAtPublish.ts';
import { markSeen } from './markSeen.ts';
import { publishedAssets } from './publishedAssets.ts';
import { sameAsFile } from './quickStory.ts';
import { StoppedBoundary } from './StoppedBoundary.tsx';

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; messages: string[] }
  | { phase: 'ready'; story: Story; assets: AssetSource; checked: boolean };

/** The full check waits for the player's first frame, but not longer than this. */
const CHECK_WAIT_MS = 5000;

/** Plays ./story.json, as started by boot.ts; explains any problem in words. */
export function StandalonePlayer({ boot }: { boot: Boot }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [crash] = useState(() => {
    let resolve = () => {};
    return { seen: new Promise<void>((ok) => (resolve = ok)), report: () => resolve() };
  });
  useEffect(() => {
    let live = true;
    void open(boot, crash.seen, (s) => {
      if (s.phase === 'failed') boot.firstPaint.dispose(); // its message must not sit under the early picture
      if (live) setState(s);
    });
    return () => {
      live = false;
    };
  }, [boot, crash]);

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
    <StoppedBoundary key={state.checked ? 'checked' : 'quick'} onStop={crash.report}>
      <PlayerScreen
        story={state.story}
        assets={state.assets}
        language={navigator.languages?.[0] ?? navigator.language}
        debug={new URLSearchParams(location.search).has('debug')}
        early={boot.early}
        earlyChoices={boot.onChoice}
      />
    </StoppedBoundary>
  );
}

/**
 * story.json as publish wrote it plays at once (quickStory.ts) and is checked in full, in a worker,
 * after the player's first frame (or at once if the player stops), unless the page vouches that
 * publish checked this very file (checkedAtPublish.ts): a story the check refuses is replaced by
 * its problems in words; one the check completes (defaults, repairs) starts again as checked. Any
 * other story.json is checked before it plays.
 */
async function open(boot: Boot, crashed: Promise<void>, show: (s: State) => void): Promise<void> {
  const file = await boot.story;
  if (!file.ok) {
    const message = file.status === null ? ui('player.storyFileOffline') : ui('player.storyFileMissing', { status: file.status });
    return show({ phase: 'failed', messages: [message] });
  }
  const quick = await boot.quick();
  if (quick) {
    show({ phase: 'ready', story: quick, assets: publishedAssets(quick, file.url), checked: false });
    if (await checkedAtPublish(file.text)) {
      // Publish checked this very file: no second check, unless the player stops (then the check says why, if it can).
      performance.mark('story:checked', { detail: { ok: true, where: 'publish' } });
      await crashed;
    } else {
      await Promise.race([markSeen('story:first-frame', CHECK_WAIT_MS), crashed]);
    }
  }
  let checked: CheckedWhere;
  try {
    checked = await import('./checkOffThread.ts').then((m) => m.checkOffThread(file.text));
  } catch {
    // The check's script did not arrive (offline, never cached): a story already playing plays on.
    if (!quick) show({ phase: 'failed', messages: [ui('player.partMissing')] });
    return;
  }
  performance.mark('story:checked', { detail: { ok: checked.ok, where: checked.where } });
  if (!checked.ok) show({ phase: 'failed', messages: checked.messages });
  else if (!quick || !sameAsFile(checked.story, file.text)) {
    show({ phase: 'ready', story: checked.story, assets: publishedAssets(checked.story, file.url), checked: true });
  }
}
