import { useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { newId } from '../../story/graph/ops.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import type { ViewController } from '../../player/view/viewController.ts';
import { useEditor } from '../context.ts';
import { addHotspotCommand } from '../commands/add-hotspot.ts';
import { addSoundSourceCommand, MAX_SOUND_SOURCES } from '../commands/add-sound-source.ts';

/** The scene a new go-to hotspot leads to: the next scene (in story order) this one does not lead to yet. */
export function nextUnlinkedScene(story: Story, scene: Scene): Scene | null {
  const linked = new Set(scene.hotspots.flatMap((h) => (h.action.type === 'goto' ? [h.action.sceneId] : [])));
  const i = story.scenes.findIndex((s) => s.id === scene.id);
  const order = [...story.scenes.slice(i + 1), ...story.scenes.slice(0, Math.max(0, i))];
  return order.find((s) => !linked.has(s.id)) ?? null;
}

export interface Placing {
  mode: 'hotspot' | 'sound';
  setMode(mode: 'hotspot' | 'sound'): void;
  /** The sound that "Place a sound" puts down (the first of the story's sounds unless chosen). */
  soundAsset: string | null;
  setSoundAsset(id: string): void;
  /** A hotspot just dropped by clicking: the menu asks what it should do. */
  asking: string | null;
  placeAt(yaw: number, pitch: number, selectSound: (id: string) => void): void;
  placeAtCentre(selectSound: (id: string) => void): void;
  /** Leaves sound placing and closes the menu; gives the keyboard back to the view. */
  stop(focus?: HTMLElement | null): void;
}

/** What a click on the 360 view puts down: a hotspot (the default) or, in "Place a sound" mode, a sound. */
export function usePlacing(story: Story, scene: Scene, controller: ViewController): Placing {
  const { editor } = useEditor();
  const [mode, setMode] = useState<'hotspot' | 'sound'>('hotspot');
  const [chosenSound, setSoundAsset] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  // The view stays when another scene is chosen: placing starts over there.
  const [forScene, setForScene] = useState(scene.id);
  if (forScene !== scene.id) {
    setForScene(scene.id);
    setMode('hotspot');
    setAsking(null);
  }
  const sounds = story.assets.filter((a) => a.kind === 'audio');
  const soundAsset = sounds.find((a) => a.id === chosenSound)?.id ?? sounds[0]?.id ?? null;
  const lang = story.meta.defaultLanguage;

  const placeHotspot = (yaw: number, pitch: number) => {
    const target = nextUnlinkedScene(story, scene);
    const init = target
      ? { yaw, pitch, label: { ...target.title }, action: { type: 'goto' as const, sceneId: target.id } }
      : { yaw, pitch, label: {}, action: { type: 'info' as const, text: {} } };
    if (!editor.run(addHotspotCommand, { sceneId: scene.id, init })) return;
    editor.notify(target ? t('sceneView.hotspotAdded', { title: localize(target.title, lang) || t('editor.scene.untitled') }) : t('sceneView.infoAdded'));
    const id = editor.session.getState().selection.hotspotId;
    setAsking(id);
  };

  const placeSound = (yaw: number, pitch: number, selectSound: (id: string) => void) => {
    if (!soundAsset) return editor.notify(t('sceneView.noSounds'));
    if (scene.soundscape.sources.length >= MAX_SOUND_SOURCES) return editor.notify(t('sceneView.tooManySounds'));
    const id = newId(`${scene.id.slice(0, 40)}-sound`, story);
    if (!editor.run(addSoundSourceCommand, { sceneId: scene.id, asset: soundAsset, yaw, pitch, id })) return;
    selectSound(id);
    const name = sounds.find((a) => a.id === soundAsset)?.name || t('sceneView.sound');
    editor.notify(t('sceneView.soundPlaced', { name }));
  };

  const placeAt = (yaw: number, pitch: number, selectSound: (id: string) => void) => {
    editor.history.seal();
    if (mode === 'sound') placeSound(yaw, pitch, selectSound);
    else placeHotspot(yaw, pitch);
  };

  return {
    mode,
    setMode: (m) => {
      setMode(m);
      setAsking(null);
    },
    soundAsset,
    setSoundAsset,
    asking,
    placeAt,
    placeAtCentre: (selectSound) => {
      const v = controller.get();
      placeAt(Math.round(v.yaw * 100) / 100, Math.round(v.pitch * 100) / 100, selectSound);
    },
    stop: (focus) => {
      setMode('hotspot');
      setAsking(null);
      focus?.focus({ preventScroll: true });
    },
  };
}
