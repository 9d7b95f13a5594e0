import { Component, type ReactNode } from 'react';
import { t } from '../i18n/index.ts';

/** Last line of defence: a readable message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('Storyscape crashed:', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page message-page" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.crash')}</p>
        <p className="details">{this.state.error.message}</p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {t('error.reload')}
        </button>
      </main>
    );
  }
}
