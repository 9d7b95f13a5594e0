import { defineCommand } from './types.ts';
import { setStoryTitle } from '../../story/graph/scene-ops.ts';

export const setStoryTitleCommand = defineCommand<{ language: string; title: string }>({
  id: 'story.set-title',
  label: 'cmd.setStoryTitle',
  run: (doc, { language, title }) => setStoryTitle(doc, language, title),
  coalesce: ({ language }) => `story-title:${language}`,
});
