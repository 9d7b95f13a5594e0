import { processImage, type ProcessRequest, type ProcessResult } from './image-process.ts';
import { workerClient } from '../../storage/thumbnails/worker-client.ts';

/**
 * Runs processImage in a worker (big photos decode without freezing the page), or on the page
 * where module workers or OffscreenCanvas are not available.
 */
const inWorker = workerClient<{ req: ProcessRequest }, { result: ProcessResult }>(
  () => new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module' }),
  async ({ req }) => ({ result: await processImage(req) }),
);

export async function processImageOffThread(req: ProcessRequest): Promise<ProcessResult> {
  return (await inWorker({ req })).result;
}
