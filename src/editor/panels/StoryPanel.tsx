import type { Story } from '../../story/schema/story.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { addSceneCommand, setStoryTitleCommand } from '../commands/index.ts';
import { LocalizedFields, labelFor } from './fields.tsx';
import { StoryLanguages } from './StoryLanguages.tsx';
import { Icon } from '../icons.tsx';

/** The story's own settings (title, languages), shown when no scene is selected. */
export function StoryPanel({ story }: { story: Story }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  return (
    <div className="panel-section">
      <h2 id="inspector-heading">{t('inspector.story')}</h2>
      <LocalizedFields
        languages={story.meta.languages}
        value={story.meta.title}
        readOnly={readOnly}
        label={labelFor(story, t('editor.storyTitle'), (language) => t('editor.storyTitleIn', { language }))}
        onChange={(language, title) => editor.run(setStoryTitleCommand, { language, title })}
        maxLength={200}
      />
      <StoryLanguages story={story} readOnly={readOnly} />
      <p className="hint">{t('inspector.storyHelp')}</p>
      <button type="button" className="button" disabled={readOnly} onClick={() => editor.run(addSceneCommand, undefined)}>
        <Icon name="plus" /> {t('editor.addScene')}
      </button>
    </div>
  );
}
