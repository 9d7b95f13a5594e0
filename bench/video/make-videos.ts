/**
 * The video bench's test videos, made in headless Chromium (there is no ffmpeg here): each frame is
 * drawn on a canvas and encoded with WebCodecs (VP9), then written as WebM with webm-muxer.
 *
 * The video is a moving equirectangular picture in the harness's scene-B colours (cyan → blue,
 * hue 185°–245°, lightness by latitude, a 15° grid, a noise tile and labels) that turns 30°
 * a second; its poster is the same drawing in the scene-A colours (red → yellow, hue 350°–45°).
 * So the harness's pixel probe (lib/probe.js) tells the poster ("A") from a video frame ("B").
 *
 * Kept in bench/.video-cache (git-ignored), named by size and this file's RECIPE: made once, in
 * well under a few minutes (a bounded number of frames; the page is given at most GEN_TIMEOUT_MS).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Bump when the drawing or encoding changes: the cached files are then made again. */
const RECIPE = 'v1';
const SECONDS = 4;
const FPS = 24;
const GEN_TIMEOUT_MS = 8 * 60_000;

export interface BenchVideo {
  width: number;
  height: number;
  video: string;
  poster: string;
  seconds: number;
  bytes: number;
}

export const VIDEO_SIZES = [
  { name: '4k', width: 3840, height: 1920, codec: 'vp09.00.51.08', bitrate: 16e6 },
  { name: '5.7k', width: 5760, height: 2880, codec: 'vp09.00.60.08', bitrate: 30e6 },
] as const;

/** The page's drawing and encoding (runs in Chromium; self-contained). */
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import { Muxer, ArrayBufferTarget } from '/webm-muxer.mjs';
function draw(g, W, H, t, hue0, hue1, label, noise) {
  const shift = ((t * 30) / 360) * W; // turns 30° a second
  const strips = 128;
  for (let i = 0; i < strips; i++) {
    const hue = (hue0 + (hue1 - hue0) * Math.abs(((i / strips) * 2) % 2 - 1)) % 360;
    const grad = g.createLinearGradient(0, 0, 0, H);
    grad.addColorStop(0, 'hsl(' + hue + ',85%,32%)');
    grad.addColorStop(0.5, 'hsl(' + hue + ',85%,55%)');
    grad.addColorStop(1, 'hsl(' + hue + ',85%,32%)');
    g.fillStyle = grad;
    const x = (Math.floor((i * W) / strips) + shift) % W;
    g.fillRect(x, 0, Math.ceil(W / strips) + 1, H);
    if (x + W / strips > W) g.fillRect(x - W, 0, Math.ceil(W / strips) + 1, H);
  }
  g.save();
  g.translate(shift % 256, (t * 97) % 256);
  g.fillStyle = g.createPattern(noise, 'repeat');
  g.fillRect(-256, -256, W + 512, H + 512);
  g.restore();
  const lw = Math.max(2, Math.round(W / 2048));
  g.fillStyle = 'rgba(0,0,0,0.75)';
  for (let k = 0; k <= 24; k++) g.fillRect((Math.round((k * W) / 24) + shift) % W - lw / 2, 0, lw, H);
  for (let k = 0; k <= 12; k++) g.fillRect(0, Math.round((k * H) / 12) - lw / 2, W, lw);
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillStyle = 'rgba(255,255,255,0.9)';
  g.font = 'bold ' + Math.round(H / 9) + 'px sans-serif';
  for (let k = 0; k < 6; k++) g.fillText(label, ((k + 0.5) * W / 6 + shift) % W, H * 0.39);
  g.font = 'bold ' + Math.round(H / 30) + 'px sans-serif';
  g.fillText(t.toFixed(2) + ' s', W / 2, H * 0.62);
}
function noiseTile(seed) {
  const c = new OffscreenCanvas(256, 256);
  const g = c.getContext('2d');
  const img = g.createImageData(256, 256);
  let s = seed >>> 0;
  for (let p = 0; p < img.data.length; p += 4) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const v = s >>> 24;
    img.data[p] = img.data[p + 1] = img.data[p + 2] = v;
    img.data[p + 3] = 22;
  }
  g.putImageData(img, 0, 0);
  return c;
}
window.make = async ({ width: W, height: H, codec, bitrate, seconds, fps }) => {
  const canvas = new OffscreenCanvas(W, H);
  const g = canvas.getContext('2d');
  const noise = noiseTile(0xb0b);
  draw(g, W, H, 0, 350, 405, 'POSTER', noise);
  const poster = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
  const muxer = new Muxer({ target: new ArrayBufferTarget(), video: { codec: 'V_VP9', width: W, height: H, frameRate: fps } });
  let failure = null;
  const encoder = new VideoEncoder({ output: (chunk, meta) => muxer.addVideoChunk(chunk, meta), error: (e) => (failure = e) });
  encoder.configure({ codec, width: W, height: H, bitrate, framerate: fps, latencyMode: 'realtime' });
  const frames = Math.round(seconds * fps);
  for (let i = 0; i < frames && !failure; i++) {
    draw(g, W, H, i / fps, 185, 245, 'VIDEO', noise);
    const frame = new VideoFrame(canvas, { timestamp: Math.round((i * 1e6) / fps), duration: Math.round(1e6 / fps) });
    encoder.encode(frame, { keyFrame: i % fps === 0 });
    frame.close();
    while (encoder.encodeQueueSize > 2) await new Promise((r) => setTimeout(r, 5));
  }
  await encoder.flush();
  if (failure) throw failure;
  muxer.finalize();
  const video = new Uint8Array(muxer.target.buffer);
  const b64 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000)); return btoa(s); };
  return { video: b64(video), poster: b64(poster) };
};
window.ready = true;
</script>`;

/** Makes (or finds in `dir`) the 4K and 5.7K videos and their posters. */
export async function makeVideos(dir: string, log: (m: string) => void = () => {}): Promise<Record<string, BenchVideo>> {
  mkdirSync(dir, { recursive: true });
  const muxerJs = readFileSync(join(import.meta.dirname, 'node_modules/webm-muxer/build/webm-muxer.mjs'));
  const tag = createHash('sha256').update(RECIPE + PAGE).digest('hex').slice(0, 8);
  const out: Record<string, BenchVideo> = {};
  const todo = VIDEO_SIZES.filter((s) => {
    const video = join(dir, `video-${s.name}-${tag}.webm`);
    const poster = join(dir, `poster-${s.name}-${tag}.jpg`);
    out[s.name] = { width: s.width, height: s.height, video, poster, seconds: SECONDS, bytes: existsSync(video) ? readFileSync(video).length : 0 };
    return !existsSync(video) || !existsSync(poster);
  });
  if (todo.length === 0) return out;
  const server = http.createServer((req, res) => {
    if (req.url === '/webm-muxer.mjs') res.writeHead(200, { 'content-type': 'text/javascript' }).end(muxerJs);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(GEN_TIMEOUT_MS);
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    for (const s of todo) {
      const t0 = Date.now();
      const made = await Promise.race([
        page.evaluate((o) => (window as unknown as { make(o: unknown): Promise<{ video: string; poster: string }> }).make(o), { ...s, seconds: SECONDS, fps: FPS }),
        new Promise<never>((_, no) => setTimeout(() => no(new Error(`making the ${s.name} video took over ${GEN_TIMEOUT_MS / 60_000} minutes`)), GEN_TIMEOUT_MS)),
      ]);
      const v = out[s.name]!;
      const video = Buffer.from(made.video, 'base64');
      writeFileSync(v.poster + '.tmp', Buffer.from(made.poster, 'base64'));
      renameSync(v.poster + '.tmp', v.poster);
      writeFileSync(v.video + '.tmp', video);
      renameSync(v.video + '.tmp', v.video);
      v.bytes = video.length;
      log(`made the ${s.name} video (${s.width}×${s.height}, ${SECONDS} s at ${FPS} fps, ${(video.length / 1e6).toFixed(1)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
