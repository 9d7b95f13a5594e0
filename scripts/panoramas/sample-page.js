// The page that renders the sample story's panoramas (scripts/make-sample-panoramas.mjs drives it).
import { servePlaces } from './kit/page.js';
import { buildForest } from './places/forest.js';
import { buildHarbour } from './places/harbour.js';
import { buildHill } from './places/hill.js';
import { buildPark } from './places/park.js';
import { buildSquare } from './places/square.js';

servePlaces({
  square: buildSquare,
  park: buildPark,
  harbour: buildHarbour,
  forest: buildForest,
  hill: buildHill,
});
