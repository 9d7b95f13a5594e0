import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { useEditor } from '../context.ts';
import { deleteHotspotCommand, setLinkClosedCommand } from '../commands/index.ts';
import { HotspotCard } from './HotspotCard.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { useSetAction } from './QuestionPanels.tsx';
import { startingQuestion } from './question-edit.ts';
import type { PanelState } from './EditPanels.tsx';

/**
 * The card beside the selected hotspot: a question's own card (its prompt and answers), or the
 * card of a link, a text or a sound (with a link's checkpoint). Each change is one undo step.
 */
export function SelectedHotspotCard({ story, hotspot, page, onPage, lang, onLang, onPanel }: {
  story: Story;
  hotspot: Hotspot;
  /** The question card's page of answers, for the hotspot `id` (it stays while a typing panel hides the card). */
  page: { id: string; n: number };
  onPage(page: { id: string; n: number }): void;
  /** The story language being written in the headset, and choosing another. */
  lang: string;
  onLang(lang: string): void;
  onPanel(p: PanelState): void;
}) {
  const { editor } = useEditor();
  const setAction = useSetAction();
  const onDelete = () => editor.run(deleteHotspotCommand, { hotspotId: hotspot.id });
  if (hotspot.action.type === 'question') {
    return (
      <QuestionCard
        story={story}
        hotspot={hotspot}
        action={hotspot.action}
        page={page.id === hotspot.id ? page.n : 0}
        onPage={(n) => onPage({ id: hotspot.id, n })}
        lang={lang}
        onLang={onLang}
        onChange={(action) => setAction(hotspot.id, action)}
        onPanel={onPanel}
        onKind={(kind) => onPanel({ kind })}
        onDelete={onDelete}
      />
    );
  }
  return (
    <HotspotCard
      story={story}
      hotspot={hotspot}
      onPanel={onPanel}
      onQuestion={() => setAction(hotspot.id, startingQuestion(lang))}
      onOpenLink={() => {
        editor.history.seal();
        editor.run(setLinkClosedCommand, { hotspotId: hotspot.id, closed: false });
        editor.history.seal();
      }}
      onDelete={onDelete}
    />
  );
}
