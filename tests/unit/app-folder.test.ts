import { describe, expect, it } from 'vitest';
import { APP_FOLDER_PATTERN, appFolderPlugin } from '../../src/build/app-folder-plugin.ts';

const folder = (path: string) => new RegExp(APP_FOLDER_PATTERN).exec(path)?.[1] ?? null;

describe('the built app finds its own folder from the path', () => {
  it('at the root, in a sub-folder, on each of its routes', () => {
    expect(folder('/')).toBe('/');
    expect(folder('/index.html')).toBe('/');
    expect(folder('/play/sample')).toBe('/');
    expect(folder('/edit/my-story/')).toBe('/');
    expect(folder('/add/my-story')).toBe('/');
    expect(folder('/workshops')).toBe('/');
    expect(folder('/workshops/facilitator-guide')).toBe('/');
    expect(folder('/join')).toBe('/');
    expect(folder('/room')).toBe('/');
    expect(folder('/room/headsets')).toBe('/');
    expect(folder('/admin')).toBe('/');
    expect(folder('/stories/admin/')).toBe('/stories/');
    expect(folder('/stories/2026/')).toBe('/stories/2026/');
    expect(folder('/stories/2026/play/sample')).toBe('/stories/2026/');
    expect(folder('/stories/2026/workshops/kit')).toBe('/stories/2026/');
    expect(folder('/stories/unknown-page')).toBeNull(); // then the page's own folder is used
  });

  it('moves the script and style tags out of the markup, behind a <base> for that folder', () => {
    const html =
      '<html><head><meta charset="UTF-8" /><title>x</title><script type="module" crossorigin src="./assets/main-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/a-2.js"><link rel="stylesheet" crossorigin href="./assets/b-3.css"></head><body></body></html>';
    const hook = appFolderPlugin().transformIndexHtml as { handler: (h: string, c: { filename: string }) => string };
    const out = hook.handler(html, { filename: '/repo/index.html' });
    expect(out).not.toMatch(/<script type="module"|<link rel="modulepreload"|<link rel="stylesheet"/);
    expect(out).toContain('document.write(\'<base href="');
    expect(out).toContain('src=\\"./assets/main-1.js\\"><\\/script>');
    expect(out.indexOf('document.write')).toBeLessThan(out.indexOf('<title>'));
    expect(hook.handler(html, { filename: '/repo/player.html' })).toBe(html);
  });
});
