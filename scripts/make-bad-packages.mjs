#!/usr/bin/env node
// Writes the corpus of story packages in tests/fixtures/packages/ (the outputs are committed):
// each file breaks exactly one rule, and tests/unit/package-corpus.test.ts expects its own problem
// code and message for it. `good.storyscape` breaks none: it is made by this independent zip writer
// (sizes in the local headers, deflated media), so it also proves other tools' zips open.
// Run: node scripts/make-bad-packages.mjs   (deterministic: same bytes every time)
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDeflateRaw, deflateRawSync, crc32 } from 'node:zlib';

const out = resolve(import.meta.dirname, '../tests/fixtures/packages');
const sha = (b) => createHash('sha256').update(b).digest('hex');
const te = new TextEncoder();
const ascii = (s) => [...s].map((c) => c.charCodeAt(0));
const be16 = (n) => [(n >> 8) & 0xff, n & 0xff];

// --- A small zip writer that can lie -----------------------------------------------------------
/**
 * @param {Array<{name: string, data?: Uint8Array, method?: 0|8, packed?: Uint8Array, size?: number,
 *   flags?: number, localOffset?: number}>} entries
 *   `packed` = the bytes as stored (default: data, deflated when method 8); `size` = the size to
 *   declare (default: the real one); `localOffset` = make this central entry point elsewhere.
 */
export function rawZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  const dosTime = 0x0000; // 00:00:00
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
  for (const e of entries) {
    const data = e.data ?? new Uint8Array(0);
    const method = e.method ?? 0;
    const packed = e.packed ?? (method === 8 ? deflateRawSync(data) : data);
    const size = e.size ?? data.length;
    const crc = e.crc ?? crc32(data);
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const at = e.localOffset ?? offset;
    if (e.localOffset === undefined) {
      parts.push(local, name, packed);
      offset += 30 + name.length + packed.length;
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(dosTime, 12);
    c.writeUInt16LE(dosDate, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(packed.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(c, name);
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

// --- Media with real headers --------------------------------------------------------------------
/** A JPEG header (SOI, APP0, SOF0) declaring width × height, then filler. */
export function jpeg(width, height, filler = 2000) {
  const head = [
    0xff, 0xd8,
    0xff, 0xe0, ...be16(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
    0xff, 0xc0, ...be16(17), 8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
  ];
  const body = new Uint8Array(filler);
  for (let i = 0; i < filler; i++) body[i] = (i * 131 + 7) & 0xff;
  return Buffer.concat([Buffer.from(head), body]);
}

const imageAsset = (bytes, name, width, height, mime = 'image/jpeg') => ({
  id: sha(bytes),
  kind: 'image',
  mime,
  bytes: bytes.length,
  name,
  width,
  height,
  alt: { en: 'A test picture' },
  credit: { author: 'Storyscape tests', licence: 'CC0-1.0' },
  consent: { peopleRecognisable: 'no', consentRecorded: false },
});

/** A valid one-scene story whose panorama is `asset`. */
function story(asset, extra = {}) {
  return {
    schemaVersion: 3,
    id: 'test-story',
    meta: { title: { en: 'A test story' }, languages: ['en'], defaultLanguage: 'en', authors: [{ name: 'Test' }], licence: 'CC0-1.0' },
    startSceneId: 'start',
    scenes: [
      {
        id: 'start',
        title: { en: 'The only scene' },
        panorama: asset.id,
        view: { yaw: 0, pitch: 0, fov: 75 },
        northOffset: 0,
        soundscape: { beds: [], sources: [] },
        hotspots: [],
        ending: { text: { en: 'The end.' } },
      },
    ],
    assets: [asset],
    variables: [],
    ...extra,
  };
}

const json = (v) => te.encode(JSON.stringify(v, null, 2) + '\n');
const manifest = (st, assets) =>
  json({
    format: 'storyscape-package',
    formatVersion: 1,
    schemaVersion: 3,
    app: { name: 'make-bad-packages', version: '1' },
    created: '2026-01-01T00:00:00.000Z',
    story: { id: st.id, path: 'story.json', sha256: sha(json(st)), bytes: json(st).length, schemaVersion: st.schemaVersion },
    assets: assets.map(([a]) => ({ path: `assets/${a.id}.jpg`, sha256: a.id, bytes: a.bytes, mime: a.mime, kind: a.kind })),
  });

/** story.json + manifest.json + the given [asset, bytes] pairs, deflated or stored. */
function pkg(st, assets, { method = 0, extra = [] } = {}) {
  return rawZip([
    { name: 'story.json', data: json(st), method: 8 },
    ...assets.map(([a, bytes]) => ({ name: `assets/${a.id}.jpg`, data: bytes, method })),
    { name: 'manifest.json', data: manifest(st, assets), method: 8 },
    ...extra,
  ]);
}

/** Deflates `header` followed by `zeros` zero bytes, streaming (never holds the zeros). */
async function deflateZeros(header, zeros) {
  const z = createDeflateRaw({ level: 9 });
  const chunks = [];
  z.on('data', (c) => chunks.push(c));
  const done = new Promise((res) => z.on('end', res));
  const hash = createHash('sha256').update(header);
  z.write(header);
  const block = Buffer.alloc(1 << 20);
  for (let left = zeros; left > 0; left -= block.length) {
    const piece = left >= block.length ? block : block.subarray(0, left);
    hash.update(piece);
    if (!z.write(piece)) await new Promise((res) => z.once('drain', res));
  }
  z.end();
  await done;
  return { packed: Buffer.concat(chunks), id: hash.digest('hex'), size: header.length + zeros, crc: null };
}

// --- The corpus ---------------------------------------------------------------------------------
const pano = jpeg(64, 32);
const panoAsset = imageAsset(pano, 'square.jpg', 64, 32);
const good = story(panoAsset);
const files = {};
const describe = {};
const add = (name, bytes, what) => {
  files[name] = bytes;
  describe[name] = what;
};

add('good.storyscape', pkg(good, [[panoAsset, pano]], { method: 8 }), 'A valid package from another zip writer (sizes in local headers, deflated media): opens.');
add('not-a-zip.storyscape', te.encode('This is just a text file with a .storyscape name, not a story package.\n'), 'Plain text, not a zip.');
add('no-story.storyscape', rawZip([{ name: `assets/${panoAsset.id}.jpg`, data: pano }, { name: 'manifest.json', data: manifest(good, [[panoAsset, pano]]), method: 8 }]), 'A zip without story.json.');
{
  const text = JSON.stringify(good, null, 2).replace('"id": "test-story",', '"id": "test-story"');
  add('malformed-json.storyscape', rawZip([{ name: 'story.json', data: te.encode(text), method: 8 }, { name: `assets/${panoAsset.id}.jpg`, data: pano }]), 'story.json with a missing comma (line 3).');
}
add('future-version.storyscape', pkg({ ...good, schemaVersion: 99 }, [[panoAsset, pano]]), 'A story from a future format (schemaVersion 99).');
add('asset-missing.storyscape', pkg(good, []), 'The panorama the story lists is not in the zip.');
{
  const other = jpeg(64, 32, 2001);
  add('asset-wrong-hash.storyscape', rawZip([{ name: 'story.json', data: json(good), method: 8 }, { name: `assets/${panoAsset.id}.jpg`, data: other }]), 'The asset file named by the panorama\'s hash holds other bytes.');
}
add('path-traversal.storyscape', pkg(good, [[panoAsset, pano]], { extra: [{ name: '../../evil.sh', data: te.encode('echo gotcha\n') }] }), 'An entry named ../../evil.sh.');
add('absolute-path.storyscape', pkg(good, [[panoAsset, pano]], { extra: [{ name: '/tmp/evil.sh', data: te.encode('echo gotcha\n') }] }), 'An entry named /tmp/evil.sh.');
{
  // 1 GiB of zeros after a JPEG header, deflated to ~1 MB; the headers claim it is no bigger than
  // its packed size, so only the checks made while inflating can catch it.
  const head = jpeg(64, 32, 0);
  const bomb = await deflateZeros(head, 1024 * 1024 * 1024);
  const asset = { ...imageAsset(head, 'bomb.jpg', 64, 32), id: bomb.id, bytes: bomb.size };
  const st = story(asset);
  add('zip-bomb.storyscape', rawZip([
    { name: 'story.json', data: json(st), method: 8 },
    { name: `assets/${bomb.id}.jpg`, method: 8, packed: bomb.packed, size: bomb.packed.length, crc: 0 },
  ]), '1 GiB of zeros (after a JPEG header) deflated to ~1 MB, with headers that lie about its size.');
  const small = await deflateZeros(head, 256 * 1024 * 1024);
  const asset2 = { ...asset, id: small.id, bytes: small.size };
  const st2 = story(asset2);
  add('zip-bomb-declared.storyscape', rawZip([
    { name: 'story.json', data: json(st2), method: 8 },
    { name: `assets/${small.id}.jpg`, method: 8, packed: small.packed, size: small.size, crc: 0 },
  ]), '256 MiB of zeros deflated to ~250 KB, honestly declared: refused before inflating.');
}
{
  const fake = te.encode('<html><body>This is a web page, not a picture.</body></html>\n');
  const asset = imageAsset(fake, 'photo.jpg', 64, 32);
  add('not-a-jpeg.storyscape', pkg(story(asset), [[asset, fake]]), 'A "JPEG" that is a web page.');
  const mp3 = Buffer.concat([Buffer.from([...ascii('ID3'), 4, 0, 0, 0, 0, 0, 0]), Buffer.alloc(500, 0x55)]);
  const asset2 = imageAsset(mp3, 'sunset.jpg', 64, 32);
  add('sound-as-picture.storyscape', pkg(story(asset2), [[asset2, mp3]]), 'A "JPEG" that is an MP3.');
}
{
  const huge = jpeg(20000, 10000, 200);
  const asset = imageAsset(huge, 'huge.jpg', 20000, 10000);
  add('image-too-big.storyscape', pkg(story(asset), [[asset, huge]]), 'A tiny JPEG whose header says 20000 × 10000 pixels.');
}
{
  const many = [{ name: 'story.json', data: json(good), method: 8 }];
  for (let i = 0; i < 5001; i++) many.push({ name: `x/${i}` });
  add('many-entries.storyscape', rawZip(many), '5,002 tiny entries (the limit is 5,000).');
}
{
  const whole = pkg(good, [[panoAsset, pano]]);
  add('truncated.storyscape', whole.subarray(0, Math.floor(whole.length / 2)), 'A valid package cut in half (as by a broken download).');
}
add('story-in-folder.storyscape', rawZip([{ name: 'my-story/' }, { name: 'my-story/story.json', data: json(good), method: 8 }, { name: `my-story/assets/${panoAsset.id}.jpg`, data: pano }]), 'Everything zipped inside a folder.');
add('encrypted.storyscape', rawZip([{ name: 'story.json', data: json(good), method: 8, flags: 1 }, { name: `assets/${panoAsset.id}.jpg`, data: pano }]), 'story.json flagged as password-protected.');
add('duplicate-entry.storyscape', pkg(good, [[panoAsset, pano]], { extra: [{ name: 'story.json', data: json(good), method: 8 }] }), 'story.json twice.');
add('overlapping-entries.storyscape', rawZip([
  { name: 'story.json', data: json(good), method: 8 },
  { name: `assets/${panoAsset.id}.jpg`, data: pano },
  { name: `assets/${'0'.repeat(64)}.jpg`, data: pano, localOffset: 0 },
]), 'Two directory entries pointing at the same bytes (a "non-recursive" zip bomb trick).');
add('backup-as-package.storyscape', rawZip([
  { name: 'stories/test-story.json', data: json(good), method: 8 },
  { name: `assets/${panoAsset.id}.jpg`, data: pano },
  { name: 'manifest.json', data: json({ format: 'storyscape-backup', formatVersion: 1, app: { name: 'x', version: '1' }, created: '2026-01-01T00:00:00.000Z', stories: [], assets: [] }), method: 8 },
]), 'A backup (many stories) opened as a single story package.');
add('future-package-format.storyscape', rawZip([
  { name: 'story.json', data: json(good), method: 8 },
  { name: `assets/${panoAsset.id}.jpg`, data: pano },
  { name: 'manifest.json', data: json({ format: 'storyscape-package', formatVersion: 7 }), method: 8 },
]), 'A manifest from a future package format (7).');

mkdirSync(out, { recursive: true });
for (const [name, bytes] of Object.entries(files)) writeFileSync(resolve(out, name), bytes);
writeFileSync(
  resolve(out, 'README.md'),
  [
    '# Story package corpus',
    '',
    'Made by `node scripts/make-bad-packages.mjs` (deterministic). Each file breaks one rule; the',
    'problem code and message each one must produce are in `tests/unit/package-corpus.test.ts`.',
    '',
    '| file | what is wrong | bytes |',
    '| --- | --- | --- |',
    ...Object.keys(files).map((n) => `| ${n} | ${describe[n]} | ${files[n].length} |`),
    '',
  ].join('\n'),
);
console.log(`wrote ${Object.keys(files).length} packages to ${out}`);
