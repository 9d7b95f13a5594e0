#!/usr/bin/env node
// Writes tests/fixtures/generated/quarters.png: a 2048x1024 equirectangular
// test panorama whose yaw quarters have flat, known colours. The player's
// orientation test loads it and checks that "looking forward" shows red,
// "right" green, "back" blue and "left" yellow.
//
// Convention (shared with scripts/make-sample-panoramas.mjs and the player):
//   u = 0.5 (image centre) -> yaw 0   -> looking toward three.js -Z
//   u = 0.75               -> yaw +90 -> looking right, toward +X
//   top row                -> pitch +90 (up, +Y)
//
//   yaw in [-45, 45)            red    #ff0000  (front, image centre)
//   yaw in [45, 135)            green  #00ff00  (right)
//   yaw in [135, 180] U [-180, -135)  blue  #0000ff  (back, image edges)
//   yaw in [-135, -45)          yellow #ffff00  (left)
//   pitch > 63 deg (top 15 %)   white
//   pitch < -63 deg (bottom 15 %) black
//
// Pure Node (zlib only), so the result is byte-identical on every machine.
//
// Usage: node scripts/make-orientation-panorama.mjs [--out=path.png] [--width=2048]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = resolve(ROOT, 'tests/fixtures/generated/quarters.png');

export const QUARTER_COLOURS = {
  front: [255, 0, 0],
  right: [0, 255, 0],
  back: [0, 0, 255],
  left: [255, 255, 0],
  up: [255, 255, 255],
  down: [0, 0, 0],
};

/** Yaw in degrees of a pixel centre, following the equirect convention above. */
export function yawOfU(u) {
  return (u - 0.5) * 360;
}

/** Pitch in degrees of a pixel centre (v = 0 is the top row). */
export function pitchOfV(v) {
  return (0.5 - v) * 180;
}

/** Name of the region a direction (yaw, pitch in degrees) falls into. */
export function regionOf(yawDeg, pitchDeg) {
  if (pitchDeg > 63) return 'up';
  if (pitchDeg < -63) return 'down';
  const y = ((((yawDeg + 180) % 360) + 360) % 360) - 180; // [-180, 180)
  if (y >= -45 && y < 45) return 'front';
  if (y >= 45 && y < 135) return 'right';
  if (y >= -135 && y < -45) return 'left';
  return 'back';
}

/** Raw RGB pixels (row-major, top row first) of the quarters panorama. */
export function quartersPixels(width = 2048, height = width / 2) {
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const pitch = pitchOfV((y + 0.5) / height);
    for (let x = 0; x < width; x++) {
      const c = QUARTER_COLOURS[regionOf(yawOfU((x + 0.5) / width), pitch)];
      const i = (y * width + x) * 3;
      px[i] = c[0];
      px[i + 1] = c[1];
      px[i + 2] = c[2];
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes 8-bit RGB pixels (top row first) as a PNG file. */
export function encodePngRgb(width, height, rgb) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    rgb.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function writeQuartersPng(out = DEFAULT_OUT, width = 2048) {
  const height = width / 2;
  const png = encodePngRgb(width, height, quartersPixels(width, height));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, png);
  return { out, width, height, bytes: png.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const width = Number(arg('width') ?? 2048);
  if (!Number.isInteger(width) || width < 8 || width % 2) {
    console.error('--width must be an even integer >= 8');
    process.exit(2);
  }
  const r = writeQuartersPng(arg('out') ? resolve(arg('out')) : DEFAULT_OUT, width);
  console.log(`wrote ${r.out} (${r.width}x${r.height}, ${r.bytes} bytes)`);
}
