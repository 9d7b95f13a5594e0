import { Component, type ReactNode } from 'react';
import { ui } from '../../i18n/player.ts';

/**
 * Around the published player: if it stops with an error, the reader reads why instead of an empty
 * page, and `onStop` lets the story's full check run at once (a story the check refuses then shows
 * its problems in words instead: StandalonePlayer.tsx).
 */
export class StoppedBoundary extends Component<{ onStop(): void; children: ReactNode }, { stopped: boolean }> {
  override state = { stopped: false };
  static getDerivedStateFromError() {
    return { stopped: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('The story player stopped:', error);
    this.props.onStop();
  }
  override render() {
    if (!this.state.stopped) return this.props.children;
    return (
      <div className="ssp-root ssp-problem">
        <p className="ssp-panel ssp-problem-box" role="alert">
          {ui('player.stopped')}
        </p>
      </div>
    );
  }
}
