import { decodeEntities, normalize, type FileSet } from './files.ts';

const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * The web page a tour came with (its index.html, or another page in the config's folder): its
 * `<title>` and `<html lang>`, read as text. Empty strings when there is no page or it says nothing.
 */
export function pageInfo(files: FileSet, configPath: string): { title: string; language: string } {
  const dir = normalize(configPath).split('/').slice(0, -1).join('/');
  const inDir = (p: string) => normalize(p).split('/').slice(0, -1).join('/') === dir;
  const pages = files.files.filter((f) => /\.html?$/i.test(f.path) && f.bytes.length <= MAX_PAGE_BYTES);
  const page = pages.find((f) => inDir(f.path) && /(^|\/)index\.html?$/i.test(f.path)) ?? pages.find((f) => inDir(f.path)) ?? (pages.length === 1 ? pages[0] : undefined);
  if (!page) return { title: '', language: '' };
  const text = new TextDecoder().decode(page.bytes.subarray(0, 200_000));
  const title = decodeEntities(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const language = /<html\b[^>]*\slang\s*=\s*["']?([A-Za-z0-9_-]+)/i.exec(text)?.[1] ?? '';
  return { title: /^(project title|untitled|document)$/i.test(title) ? '' : title.slice(0, 200), language };
}
