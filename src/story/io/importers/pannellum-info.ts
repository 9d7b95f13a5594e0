import type { Scene } from '../../schema/scene.ts';
import type { StoryBuilder } from './builder.ts';
import { num, str } from './files.ts';
import { readHtmlCard, shortLabel } from './html-text.ts';

/** Finds a file a tour names (a path or a web address), or null. */
export type FindFile = (ref: string) => { bytes: Uint8Array; path: string } | null;

/**
 * A Pannellum info hotspot. Its `text` may be HTML (Pannellum tours often put a whole card there):
 * the heading becomes the title and label, the paragraphs the text, a short first sentence the label
 * when there is no heading; a picture in the card becomes the information point's picture when its
 * file is among the chosen ones.
 */
export function pannellumInfo(b: StoryBuilder, scene: Scene, h: Record<string, unknown>, find: FindFile, sceneTitle: string): void {
  const raw = str(h.text) || (typeof h.createTooltipArgs === 'string' ? h.createTooltipArgs : '');
  const card = readHtmlCard(raw);
  const body = card.paragraphs.join('\n\n');
  const label = shortLabel(card);
  let image: string | undefined;
  const picture = card.images[0];
  if (picture) {
    const found = find(picture.src);
    image = (found && b.image(found.bytes, found.path)) || undefined;
    if (!image) b.note('dropped', 'pannellum.info-picture-missing', { label: label || picture.src.split('/').pop()!, picture: picture.src.split(/[?#]/)[0]!.split('/').pop()! }, sceneTitle);
  }
  if (card.hadHtml && (card.heading || card.paragraphs.length > 1 || /<(?!br\b)[a-z]/i.test(raw))) {
    b.note('approximated', 'pannellum.info-html', { label: label || picture?.alt || '' }, sceneTitle);
  }
  const url = str(h.URL);
  b.info(scene, num(h.yaw) ?? 0, num(h.pitch) ?? 0, {
    label: label || picture?.alt || '',
    ...(card.heading ? { title: card.heading } : {}),
    body: body || (card.heading ? '' : label),
    ...(url ? { url } : {}),
    ...(image ? { image } : {}),
  });
}
