// The page that renders the workshop templates' pictures (scripts/make-template-panoramas.mjs
// drives it). The 3D ones are storybook worlds seen from an eye (fromEye); the placeholder and the
// importers' background are drawn in 2D. Signs and cards use the app's font, loaded first.
import { fromEye } from './kit/equirect.js';
import { servePlaces } from './kit/page.js';
import { buildBooks } from './places/books.js';
import { buildCafe } from './places/cafe.js';
import { buildLegend } from './places/legend.js';
import { renderPlaceholder } from './places/placeholder.js';
import { buildStreet } from './places/street.js';

async function loadFonts() {
  await document.fonts.load(`700 40px "Atkinson Hyperlegible"`);
  await document.fonts.load(`400 40px "Atkinson Hyperlegible"`);
}

const legend = (place) => () => fromEye(buildLegend(place));

servePlaces(
  {
    placeholder: ({ width, height }) => ({ canvas: renderPlaceholder(width, height) }),
    cafe: () => fromEye(buildCafe()),
    books: () => fromEye(buildBooks()),
    street: () => fromEye(buildStreet()),
    valley: legend('valley'),
    bridge: legend('bridge'),
    under: legend('under'),
    meadow: legend('meadow'),
    'meadow-shared': legend('meadow-shared'),
  },
  { prepare: loadFonts },
);
