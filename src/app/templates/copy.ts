import type { Story } from '../../story/schema/story.ts';

/**
 * A new story made from a template: a fresh story id (templates carry ids like "template-my-place"),
 * the same title, scenes, media and languages, created now. Scene, hotspot and asset ids stay: they
 * only need to be unique inside one story, and asset ids are the media's sha-256. Pure: the template
 * itself is not changed.
 */
export function storyFromTemplate(template: Story, options: { id: string; now: Date }): Story {
  if (options.id === template.id) throw new Error('A story made from a template needs a new id.');
  const now = options.now.toISOString();
  return structuredClone({
    ...template,
    id: options.id,
    meta: { ...template.meta, createdAt: now, updatedAt: now },
  });
}

/** Asset ids of a story the library does not hold yet, with their byte sizes (for progress). */
export function missingAssets(story: Story, have: ReadonlySet<string>): Array<{ id: string; bytes: number }> {
  return story.assets.filter((a) => !have.has(a.id)).map((a) => ({ id: a.id, bytes: a.bytes }));
}
