import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { HotspotAction } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { retargetHotspotCommand } from '../commands/retarget-hotspot.ts';
import type { Placing } from '../scene/usePlacing.ts';
import { ScenePicker } from './ScenePicker.tsx';
import { ChoicePanel } from './PagedPanel.tsx';
import { TypeInfoPanel, keyboardOffered } from './TypeInfoPanel.tsx';
import { useXR } from '@react-three/xr';
import { QuestionPanels, type QuestionPanelState } from './QuestionPanels.tsx';
import { writingTitle } from './labels.ts';

/** The panel open in front of the reader, if any. */
export type PanelState = { kind: 'scenes' } | { kind: 'target' } | { kind: 'info' } | { kind: 'type-info' } | { kind: 'sound' } | { kind: 'place-sound' } | { kind: 'narration' } | QuestionPanelState | null;

type InfoAction = Extract<HotspotAction, { type: 'info' }>;

/** The story's information texts (each different one once), to reuse on a new hotspot. */
function infoTexts(story: Story): Array<{ id: string; label: string; action: InfoAction }> {
  const lang = story.meta.defaultLanguage;
  const seen = new Set<string>();
  const out: Array<{ id: string; label: string; action: InfoAction }> = [{ id: 'empty', label: t('vrEdit.emptyInfo'), action: { type: 'info', text: {} } }];
  for (const scene of story.scenes)
    for (const h of scene.hotspots) {
      if (h.action.type !== 'info') continue;
      const title = localize(h.action.title, lang);
      const text = localize(h.action.text, lang);
      const key = `${title}\n${text}`;
      if (!text.trim() || seen.has(key)) continue;
      seen.add(key);
      const short = text.length > 60 ? `${text.slice(0, 58).trimEnd()}…` : text;
      out.push({ id: `info-${out.length}`, label: title ? `${title}: ${short}` : short, action: { type: 'info', ...(h.action.title ? { title: h.action.title } : {}), text: h.action.text } });
    }
  return out;
}

/**
 * Choices in front of the reader: another scene to edit, where the selected hotspot leads, its
 * text or sound, the sound the Sound tool places, and a question's or checkpoint's (QuestionPanels). Each choice is one command (one undo step).
 */
export function EditPanels({ story, scene, panel, onPanel, placing, hotspotId, lang }: {
  story: Story;
  scene: Scene;
  panel: PanelState;
  onPanel(p: PanelState): void;
  placing: Placing;
  hotspotId: string | null;
  /** The story language being written in the headset. */
  lang: string;
}) {
  const { editor } = useEditor();
  const session = useXR((s) => s.session);
  const close = () => onPanel(null);
  const sounds = story.assets.filter((a) => a.kind === 'audio').map((a) => ({ id: a.id, label: a.name || t('sceneView.sound') }));
  const retarget = (action: HotspotAction) => {
    if (hotspotId) {
      editor.history.seal();
      editor.run(retargetHotspotCommand, { hotspotId, action });
    }
    close();
  };
  const hotspot = hotspotId ? scene.hotspots.find((h) => h.id === hotspotId) : undefined;
  switch (panel?.kind) {
    case 'scenes':
      return (
        <ScenePicker
          id="vr-scenes"
          story={story}
          title={t('vrEdit.chooseScene')}
          current={scene.id}
          onClose={close}
          onChoose={(sceneId) => {
            close();
            if (sceneId) editor.select({ sceneId, hotspotId: null });
          }}
        />
      );
    case 'target':
      return hotspot ? (
        <ScenePicker id="vr-target" story={story} title={t('vrEdit.chooseTarget')} current={hotspot.action.type === 'goto' ? hotspot.action.sceneId : null} exclude={scene.id} onClose={close} onChoose={(sceneId) => sceneId && retarget({ ...(hotspot.action.type === 'goto' ? hotspot.action : {}), type: 'goto', sceneId })} />
      ) : null;
    case 'info': {
      if (!hotspot) return null;
      // Where the headset offers its keyboard, typing a new text comes first.
      const typing = keyboardOffered(session) ? [{ id: 'type', label: t('vrEdit.typeInfo') }] : [];
      const texts = infoTexts(story);
      return (
        <ChoicePanel
          id="vr-info"
          title={t('vrEdit.chooseInfo')}
          choices={[...typing, ...texts]}
          onClose={close}
          onChoose={(id) => (id === 'type' ? onPanel({ kind: 'type-info' }) : retarget(texts.find((x) => x.id === id)!.action))}
        />
      );
    }
    case 'type-info': {
      if (!hotspot) return null;
      const was = hotspot.action.type === 'info' ? hotspot.action : null;
      return (
        <TypeInfoPanel
          title={writingTitle(story, lang, t('vrEdit.typeTitle'))}
          initial={was ? localize(was.text, lang) : ''}
          onClose={close}
          onDone={(text) => retarget({ ...(was ?? {}), type: 'info', text: { ...(was?.text ?? {}), [lang]: text } })}
        />
      );
    }
    case 'sound':
      if (!hotspot) return null;
      if (!sounds.length) return <ChoicePanel id="vr-sound" title={t('sceneView.noSounds')} choices={[]} onClose={close} onChoose={close} />;
      return (
        <ChoicePanel id="vr-sound" title={t('vrEdit.chooseSound')} choices={sounds} current={hotspot.action.type === 'sound' ? hotspot.action.asset : null} onClose={close} onChoose={(asset) => retarget({ type: 'sound', asset, volume: 1 })} />
      );
    case 'place-sound':
      return (
        <ChoicePanel
          id="vr-place-sound"
          title={t('vrEdit.chooseSound')}
          choices={sounds}
          current={placing.soundAsset}
          onClose={close}
          onChoose={(asset) => {
            placing.setSoundAsset(asset);
            close();
          }}
        />
      );
    case 'narration':
    case undefined:
      return null;
    default:
      return hotspot && panel ? <QuestionPanels story={story} scene={scene} panel={panel} hotspot={hotspot} lang={lang} onPanel={onPanel} onClose={close} /> : null;
  }
}
