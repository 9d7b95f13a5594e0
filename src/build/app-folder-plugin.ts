import type { Plugin } from 'vite';

/** Everything before the app's own route in a path: the folder the app lives in. */
export const APP_FOLDER_PATTERN = String.raw`^(.*?\/)(?:(?:play|edit|add)\/[^\/]+\/?|workshops(?:\/[^\/]*)?\/?|join\/?|room(?:\/headsets)?\/?|admin\/?|index\.html)?$`;

const ASSET_TAG = /<(script\b[^>]*\ssrc="\.\/[^"]*"[^>]*>\s*<\/script>|link\b[^>]*\srel="(?:modulepreload|stylesheet)"[^>]*\shref="\.\/[^"]*"[^>]*>)\s*/g;

/**
 * The built app works from any folder of any host, and its deep links (/stories/play/sample) survive
 * a reload: the build's URLs are relative (vite base './'), and index.html's first script finds the
 * app's folder from the path and writes a <base> for it, then the app's script and style tags (moved
 * out of the markup, so the browser's preload scanner never asks for them from a guessed folder
 * such as /stories/play/assets/…). Written with document.write so the styles stay render-blocking.
 */
export function appFolderPlugin(): Plugin {
  return {
    name: 'storyscape:app-folder',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/(^|\/)index\.html$/.test(ctx.filename)) return html;
        const tags: string[] = [];
        const rest = html.replace(ASSET_TAG, (tag) => {
          tags.push(tag.trim());
          return '';
        });
        const written = JSON.stringify(tags.join('')).replace(/<\//g, '<\\/');
        const script =
          `<script>(function(){var p=location.pathname,m=new RegExp(${JSON.stringify(APP_FOLDER_PATTERN)}).exec(p),` +
          `r=m?m[1]:p.replace(/[^\\/]*$/,'');document.write('<base href="'+r.replace(/[&"<]/g,encodeURIComponent)+'">'+${written})})()</script>`;
        return rest.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${script}`);
      },
    },
  };
}
