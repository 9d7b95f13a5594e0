/**
 * Importing stories and tours from other tools (issue #20): each format's figures come from its own
 * file under bench/import/ (run one after the other here). Contract: see bench/run.mjs.
 */
import { pannellumTourFigures } from '../import/pannellum-tour.ts';
import { twineFigures } from '../import/twine-story.ts';

export async function run() {
  return { ...(await pannellumTourFigures()), ...(await twineFigures()) };
}
