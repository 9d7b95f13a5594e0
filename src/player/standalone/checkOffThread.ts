import type { Story } from '../../story/schema/story.ts';
import type { Problem } from '../../story/problems.ts';
import type { Checked } from './checkStory.ts';

/** Where the check ran: in a worker, or on the page (no workers here, or the worker failed). */
export type CheckedWhere = Checked & { where: 'worker' | 'page' };

type Answer = { ok: true; story: Story } | { ok: false; problems: Problem[] };

/**
 * The full check of story.json in a worker (checkStory.worker.ts), so a reader's choice never
 * waits behind it; on the page itself where a worker cannot run it.
 */
export async function checkOffThread(text: string): Promise<CheckedWhere> {
  const answer = await inWorker(text).catch(() => null);
  if (!answer) return { ...(await import('./checkStory.ts').then((m) => m.checkStory(text))), where: 'page' };
  if (answer.ok) return { ok: true, story: answer.story, where: 'worker' };
  // The words for problems in every language are fetched only when a story cannot be opened.
  const { problemText } = await import('../../i18n/problems.ts');
  return { ok: false, messages: answer.problems.map(problemText), where: 'worker' };
}

function inWorker(text: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./checkStory.worker.ts', import.meta.url), { type: 'module' });
    const end = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<Answer>) => {
      end();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'the check did not run'));
    };
    worker.postMessage(text);
  });
}
