// The page that renders the workshop templates' pictures (scripts/make-template-panoramas.mjs
// drives it): window.renderPicture(name, opts) returns a JPEG as base64.
import { buildCheck, renderEquirect, renderer } from './kit/template-basics.js';
import { buildBooks } from './places/books.js';
import { buildCafe } from './places/cafe.js';
import { buildLegend } from './places/legend.js';
import { renderPlaceholder } from './places/placeholder.js';
import { buildStreet } from './places/street.js';

const BUILDERS = {
  cafe: buildCafe,
  books: buildBooks,
  street: buildStreet,
  valley: () => buildLegend('valley'),
  bridge: () => buildLegend('bridge'),
  under: () => buildLegend('under'),
  meadow: () => buildLegend('meadow'),
  'meadow-shared': () => buildLegend('meadow-shared'),
};

window.checkOrientation = function () {
  const canvas = renderEquirect(buildCheck(), { cube: 128, width: 256, height: 128 });
  const gl = renderer.getContext();
  const at = (u, v) => {
    const px = new Uint8Array(4);
    gl.readPixels(Math.floor(u * 256), Math.floor((1 - v) * 128), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    return [px[0], px[1], px[2]];
  };
  void canvas;
  return { front: at(0.5, 0.5), right: at(0.75, 0.5), left: at(0.25, 0.5), back: at(0.02, 0.5) };
};

window.renderPicture = async function (name, { width, height, cube, quality }) {
  await document.fonts.load(`700 40px "Atkinson Hyperlegible"`);
  await document.fonts.load(`400 40px "Atkinson Hyperlegible"`);
  const canvas =
    name === 'placeholder' ? renderPlaceholder(width, height) : name === 'import-background' ? renderPlaceholder(width / 2, height / 2, false) : renderEquirect(BUILDERS[name](), { cube, width, height });
  return canvas.toDataURL('image/jpeg', quality).split(',')[1];
};
window.pageReady = true;
