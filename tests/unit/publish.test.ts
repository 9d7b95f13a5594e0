import { describe, expect, test } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { scenePictures } from '../../src/publish/preview.ts';
import { cacheVersionFor, isRelativeSitePath, planSite, rewritePlayerHtml, siteCsp, SW_PATH, type PlayerFile } from '../../src/publish/site.ts';
import { RANGE_SOURCE, serviceWorkerSource } from '../../src/publish/sw-source.ts';
import { styleHashes } from '../../src/publish/inline-styles.ts';
import { embedSnippet, siteAddress } from '../../src/publish/qr.ts';
import { fileNameFor } from '../../src/packages/save-file.ts';
import { nodeSha256 } from '../../src/story/hash-node.ts';
import { createHash } from 'node:crypto';

const enc = (s: string) => new TextEncoder().encode(s);
const PLAYER_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Storyscape story</title>
    <style>html,body{margin:0}</style>
    <script type="module" crossorigin src="/assets/player-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/player-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>`;
const player: PlayerFile[] = [
  { path: 'player.html', bytes: enc(PLAYER_HTML) },
  { path: 'assets/player-abc.js', bytes: enc('console.log(1)') },
  { path: 'assets/player-abc.css', bytes: enc('body{}') },
  { path: 'assets/font.woff2', bytes: new Uint8Array([1, 2, 3]) },
];

describe('planSite', () => {
  const story = fakeStory({ scenes: 3 });
  const plan = planSite(story, player);
  const paths = plan.files.map((f) => f.path);

  test('lists index.html, the player, story.json, each asset once and the service worker', () => {
    expect(paths[0]).toBe('index.html');
    expect(paths).not.toContain('player.html');
    for (const p of ['assets/player-abc.js', 'assets/player-abc.css', 'assets/font.woff2', 'story.json', 'site.css', 'site.js', SW_PATH]) expect(paths).toContain(p);
    const assetFiles = plan.files.filter((f) => f.kind === 'asset');
    expect(assetFiles.map((f) => f.path).sort()).toEqual([...new Set(story.assets.map((a) => `assets/${a.id}.jpg`))].sort());
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('every path and every URL in index.html is relative', () => {
    for (const p of paths) expect(isRelativeSitePath(p), p).toBe(true);
    const html = new TextDecoder().decode((plan.files[0] as { bytes: Uint8Array }).bytes);
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) expect(u, u).toMatch(/^\.\//);
  });

  test('the service worker precaches every file of the site, by relative URL', () => {
    const sw = new TextDecoder().decode((plan.files.find((f) => f.path === SW_PATH) as { bytes: Uint8Array }).bytes);
    const files = JSON.parse(/const FILES = (\[[\s\S]*?\]);/.exec(sw)![1]!) as string[];
    expect(files).toContain('./');
    expect(files).not.toContain(`./${SW_PATH}`);
    for (const p of paths.filter((x) => x !== SW_PATH)) expect(files).toContain(`./${p}`);
    expect(sw).toContain(JSON.stringify(plan.cacheVersion));
  });

  test("with a preview, the start picture's preview is a file of the site, linked first with its picture's id", () => {
    const preview = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const start = story.scenes.find((sc) => sc.id === story.startSceneId)!;
    const withPreview = planSite(story, player, undefined, new Map([[start.panorama!, preview]]));
    const file = withPreview.files.find((f) => f.path === `assets/preview-${start.panorama}.jpg`);
    expect(file).toMatchObject({ kind: 'text', bytes: preview });
    const html = new TextDecoder().decode((withPreview.files[0] as { bytes: Uint8Array }).bytes);
    const link = `<link rel="preload" href="./assets/preview-${start.panorama}.jpg" as="fetch" crossorigin="anonymous" fetchpriority="high" data-preview="${start.panorama}">`;
    expect(html).toContain(link);
    expect(html.indexOf(link)).toBeLessThan(html.indexOf(`href="./assets/${start.panorama}.jpg"`));
    expect(paths.some((p) => p.includes('preview-'))).toBe(false); // none asked for, none made
    const noPicture = structuredClone(story);
    noPicture.scenes.forEach((sc) => (sc.panorama = null));
    const planned = planSite(noPicture, player, undefined, new Map([[start.panorama!, preview]]));
    expect(planned.files.some((f) => f.path.includes('preview-'))).toBe(false);
  });

  test('with a preview of every scene picture, each is a file of the site and the page says so (the player uses them as stand-ins)', () => {
    const preview = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const pictures = scenePictures(story);
    expect(pictures.length).toBeGreaterThan(1);
    const meta = '<meta name="ssp-previews" content="scenes">';
    const html = (plan: ReturnType<typeof planSite>) => new TextDecoder().decode((plan.files[0] as { bytes: Uint8Array }).bytes);
    const all = planSite(story, player, undefined, new Map(pictures.map((p) => [p.id, preview])));
    for (const p of pictures) expect(all.files.some((f) => f.path === `assets/preview-${p.id}.jpg`)).toBe(true);
    expect(html(all)).toContain(meta);
    // One missing: the others are still files, but the page does not promise them all.
    const some = planSite(story, player, undefined, new Map(pictures.slice(1).map((p) => [p.id, preview])));
    expect(some.files.filter((f) => f.path.includes('preview-'))).toHaveLength(pictures.length - 1);
    expect(html(some)).not.toContain(meta);
  });

  test('the page vouches for story.json with its sha-256 when the full check passes it as written, and only then', () => {
    const html = (plan: ReturnType<typeof planSite>) => new TextDecoder().decode((plan.files[0] as { bytes: Uint8Array }).bytes);
    const json = plan.files.find((f) => f.path === 'story.json') as { bytes: Uint8Array };
    const hash = createHash('sha256').update(json.bytes).digest('hex');
    expect(html(plan)).toContain(`<meta name="ssp-story-checked" content="${hash}">`);
    // The meta tag is inside the head, after the CSP (which governs everything after it).
    expect(html(plan).indexOf('ssp-story-checked')).toBeGreaterThan(html(plan).indexOf('Content-Security-Policy'));
    expect(html(plan).indexOf('ssp-story-checked')).toBeLessThan(html(plan).indexOf('</head>'));
    // A story the check refuses (a value the schema does not take) is published as it is, with no word for it: the reader's player checks it.
    const broken = fakeStory({ scenes: 2 });
    (broken.meta as unknown as { licence: number }).licence = 5;
    const brokenPlan = planSite(broken, player);
    expect(brokenPlan.files.some((f) => f.path === 'story.json')).toBe(true);
    expect(html(brokenPlan)).not.toContain('ssp-story-checked');
  });

  test('refuses a player build without player.html or with unsafe names', () => {
    expect(() => planSite(story, player.slice(1))).toThrow(/player\.html/);
    expect(() => planSite(story, [...player, { path: '../evil.js', bytes: enc('') }])).toThrow(/unexpected name/);
  });
});

describe('rewritePlayerHtml', () => {
  const story = fakeStory({ scenes: 1 });
  story.meta.title = { nb: 'Min <plass> & "hjem"' };
  story.meta.defaultLanguage = 'nb';
  const { html, css } = rewritePlayerHtml(PLAYER_HTML, story);
  test('moves the inline style to a file, adds the CSP first and keeps no inline script', () => {
    expect(css).toBe('html,body{margin:0}\n');
    expect(html).not.toMatch(/<style/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).toContain('src="./assets/player-abc.js"');
  });
  test('uses the story title and language, escaped', () => {
    expect(html).toContain('<html lang="nb"');
    expect(html).toContain('<title>Min &lt;plass> &amp; "hjem"</title>');
  });
  test('asks for story.json and the start picture while the page is read, and defers the service worker script', () => {
    const start = story.scenes.find((sc) => sc.id === story.startSceneId)!;
    const picture = story.assets.find((a) => a.id === start.panorama)!;
    expect(picture).toBeTruthy();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="preload" href="./story.json" as="fetch" crossorigin="anonymous" fetchpriority="high">');
    expect(head).toContain(`<link rel="preload" href="./assets/${picture.id}.jpg" as="fetch" crossorigin="anonymous" fetchpriority="high">`);
    expect(html).toMatch(/<script defer src="\.\/site\.js"><\/script>/);
    const noPicture = structuredClone(story);
    noPicture.scenes.forEach((sc) => (sc.panorama = null));
    expect(rewritePlayerHtml(PLAYER_HTML, noPicture).html.match(/rel="preload"/g)).toHaveLength(1);
  });
  test('refuses a page with an inline script (the CSP would block it)', () => {
    expect(() => rewritePlayerHtml(PLAYER_HTML.replace('<body>', '<body><script>alert(1)</script>'), story)).toThrow(/inline script/);
  });
});

describe('CSP', () => {
  const csp = siteCsp();
  test('self only, media from blob: and data:, no inline scripts or eval', () => {
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("img-src 'self' blob: data:");
    expect(csp).toContain("media-src 'self' blob: data:");
    expect(csp).toContain("worker-src 'self'");
  });
  test('inline style hashes are the sha-256 of the exact style text', () => {
    const [h] = styleHashes(['.x{color:red}']);
    expect(h).toBe(`'sha256-${createHash('sha256').update('.x{color:red}').digest('base64')}'`);
    for (const x of styleHashes()) expect(csp).toContain(x);
  });
});

describe('cache naming', () => {
  const story = fakeStory({ scenes: 2 });
  const json = enc(JSON.stringify(story));
  test('is stable for the same story and player, whatever the file order', () => {
    expect(cacheVersionFor(json, player)).toBe(cacheVersionFor(json, [...player].reverse()));
    expect(cacheVersionFor(json, player)).toBe(cacheVersionFor(json, player, nodeSha256));
    expect(cacheVersionFor(json, player)).toMatch(/^[0-9a-f]{16}$/);
  });
  test('changes when the story or any player file changes', () => {
    const base = cacheVersionFor(json, player);
    expect(cacheVersionFor(enc(JSON.stringify({ ...story, id: 'other' })), player)).not.toBe(base);
    expect(cacheVersionFor(json, [...player.slice(0, 3), { path: 'assets/font.woff2', bytes: new Uint8Array([1, 2, 4]) }])).not.toBe(base);
  });
  test('the worker deletes only older caches of its own scope', () => {
    const sw = serviceWorkerSource('abc', ['./']);
    expect(sw).toContain("const PREFIX = 'storyscape:' + self.registration.scope + ':'");
    expect(sw).toMatch(/k\.startsWith\(PREFIX\) && k !== CACHE/);
  });
});

describe('sharing', () => {
  test('site addresses: https or http only, folders end with a slash', () => {
    expect(siteAddress(' https://example.org/stories/park ')).toBe('https://example.org/stories/park/');
    expect(siteAddress('https://example.org/s/index.html')).toBe('https://example.org/s/index.html');
    expect(siteAddress('javascript:alert(1)')).toBeNull();
    expect(siteAddress('my story')).toBeNull();
  });
  test('the embed snippet allows WebXR and fullscreen', () => {
    const s = embedSnippet('https://example.org/s/?a="b"', 'Park <3');
    expect(s).toMatch(/^<iframe src="https:\/\/example\.org\/s\/\?a=&quot;b&quot;"/);
    expect(s).toContain('allow="xr-spatial-tracking; fullscreen');
    expect(s).toContain('allowfullscreen');
    expect(s).toContain('title="Park 3"');
  });
  test('file names from titles', () => {
    expect(fileNameFor('Min vei hjem!', '.storyscape')).toBe('Min-vei-hjem.storyscape');
    expect(fileNameFor('Åsen på Øya', '.zip')).toBe('Asen-pa-Øya.zip');
    expect(fileNameFor('///', '.storyscape')).toBe('story.storyscape');
  });
});

describe('the published site serves videos in parts', () => {
  const ranged = new Function(`${RANGE_SOURCE}; return rangedResponse;`)() as (req: Request, res: Response) => Promise<Response>;
  const whole = () => new Response(new Uint8Array(Array.from({ length: 100 }, (_, i) => i)), { headers: { 'Content-Type': 'video/mp4' } });
  const ask = (range?: string) => new Request('https://example.org/s/media/a.mp4', range ? { headers: { range } } : {});
  test('a Range request gets 206 and exactly its bytes from the cached whole file', async () => {
    const r = await ranged(ask('bytes=10-19'), whole());
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe('bytes 10-19/100');
    expect(r.headers.get('content-type')).toBe('video/mp4');
    expect([...new Uint8Array(await r.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect((await ranged(ask('bytes=95-'), whole())).headers.get('content-range')).toBe('bytes 95-99/100');
    expect((await ranged(ask('bytes=-5'), whole())).headers.get('content-range')).toBe('bytes 95-99/100');
    expect((await ranged(ask('bytes=90-500'), whole())).headers.get('content-length')).toBe('10');
  });
  test('no Range, or one past the end', async () => {
    expect((await ranged(ask(), whole())).status).toBe(200);
    const past = await ranged(ask('bytes=200-'), whole());
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */100');
  });
  test('the worker answers from the cache through it', () => {
    expect(serviceWorkerSource('abc', ['./'])).toContain('hit ? rangedResponse(request, hit) : fetch(request)');
  });
});
