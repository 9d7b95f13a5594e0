import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XROrigin, useXR } from '@react-three/xr';
import type { Group } from 'three';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { t } from '../../i18n/index.ts';
import { useEditor, useSession } from '../context.ts';
import { moveHotspotCommand } from '../commands/move-hotspot.ts';
import { moveSoundSourceCommand } from '../commands/move-sound-source.ts';
import { setSceneViewCommand } from '../commands/set-scene-view.ts';
import { usePlacing } from '../scene/usePlacing.ts';
import { addHotspotCommand } from '../commands/add-hotspot.ts';
import { deleteSoundSourceCommand } from '../commands/delete-sound-source.ts';
import { updateSoundSourceCommand } from '../commands/update-sound-source.ts';
import { SoundMarkers } from '../scene/SoundMarkers.tsx';
import { Hotspots } from '../../player/view/Hotspots.tsx';
import type { ViewController } from '../../player/view/viewController.ts';
import { normalizeYaw } from '../../story/angles.ts';
import { gazeActive, readPrefs } from '../../xr/core/prefs.ts';
import type { Rig } from '../../xr/r3f/rig.ts';
import type { Targets } from '../../xr/r3f/context.ts';
import { Gaze } from '../../xr/r3f/Gaze.tsx';
import { SNAP_TURN_DEG } from '../../xr/r3f/config.ts';
import { preloadFonts } from '../../xr/r3f/ui/text.tsx';
import { useInputCounts } from '../../xr/r3f/useInputCounts.ts';
import { usePointing, type Aim, type MarkerKind } from './usePointing.ts';
import { hotspotLabel } from './labels.ts';
import { EditMenu, type Tool } from './EditMenu.tsx';
import { SelectedHotspotCard } from './SelectedHotspotCard.tsx';
import { SoundCard } from './SoundCard.tsx';
import { EditPanels, type PanelState } from './EditPanels.tsx';
import { NarrationPanel } from './NarrationPanel.tsx';
import { useEditSound } from './useEditSound.ts';
import { useEditDebug, type EditLive } from './debug.ts';
import { startingQuestion } from './question-edit.ts';

interface Props {
  story: Story;
  scene: Scene;
  /** Changes with every scene shown: its start view is put ahead. */
  arrival: number;
  controller: ViewController;
  rig: Rig;
  targets: Targets;
  debug: boolean;
  onPreview(): void;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Editing one scene in the headset: seated around the head, markers as in the desktop view,
 * the floating menu, cards for what is selected, and the trigger/pinch tools (usePointing).
 */
export function EditSession({ story, scene, arrival, controller, rig, targets, debug, onPreview }: Props) {
  const { editor, assets } = useEditor();
  const session = useXR((s) => s.session);
  const inputs = useInputCounts();
  const gl = useThree((s) => s.gl);
  const origin = useRef<Group>(null);
  const user = useRef<Group>(null);
  const selectedHotspot = useSession((s) => (s.selection.sceneId === scene.id ? s.selection.hotspotId : null));
  const [selectedSound, setSelectedSound] = useState<string | null>(null);
  const [tool, setTool] = useState<Tool>('hotspot');
  const [menuOpen, setMenuOpen] = useState(true);
  const [panel, setPanel] = useState<PanelState>(null);
  // The question card's page of answers (kept while a typing panel hides the card).
  const [answerPage, setAnswerPage] = useState({ id: '', n: 0 });
  // The story language written in the headset (typing, narration), chosen on a question's card.
  const [writing, setWriting] = useState(story.meta.defaultLanguage);
  const [live, setLive] = useState<{ kind: MarkerKind; id: string; at: Aim } | null>(null);
  const [liveVolume, setLiveVolume] = useState<{ id: string; volume: number } | null>(null);
  const placing = usePlacing(story, scene, controller);
  const gazeOn = !!session && gazeActive(readPrefs().gaze, inputs);
  const sound = selectedHotspot ? null : scene.soundscape.sources.find((s) => s.id === selectedSound) ?? null;

  useFrame((_s, _d, frame) => {
    if (frame && gl.xr.isPresenting) rig.update(frame, gl.xr.getReferenceSpace(), origin.current, user.current);
  }, -1100);

  // Entering (or coming back from a preview): the desktop view stops driving the camera, and the
  // direction it showed is put ahead. Leaving: the desktop view continues from where the head looked.
  useEffect(() => {
    if (!session) return;
    controller.stop();
    controller.enabled = false;
    rig.reset();
    rig.recentre(controller.yaw, arrival);
    preloadFonts();
    return () => {
      controller.enabled = true;
      if (rig.head.known) controller.set({ yaw: rig.head.worldYaw, pitch: rig.head.pitch });
      rig.reset();
    };
  }, [session, controller, rig]); // eslint-disable-line react-hooks/exhaustive-deps -- arrivals recentre below

  // Another scene: its start view ahead, nothing of the last one selected.
  const lastArrival = useRef(arrival);
  useEffect(() => {
    if (arrival === lastArrival.current) return;
    lastArrival.current = arrival;
    rig.recentre(scene.view.yaw, arrival);
    controller.set(scene.view);
    setSelectedSound(null);
    setLive(null);
    setLiveVolume(null);
    setPanel(null);
  }, [arrival, scene.view, rig, controller]);

  const selectSound = useCallback(
    (id: string | null) => {
      setSelectedSound(id);
      if (id) editor.select({ sceneId: scene.id, hotspotId: null });
    },
    [editor, scene.id],
  );

  const pointing = usePointing(origin, {
    markers: () => ({ hotspots: scene.hotspots, sounds: scene.soundscape.sources }),
    onPick: (kind, id) => {
      editor.history.seal();
      setPanel(null);
      if (kind === 'hotspot') {
        setSelectedSound(null);
        editor.select({ sceneId: scene.id, hotspotId: id });
      } else selectSound(id);
    },
    onDrag: (kind, id, at) => setLive({ kind, id, at }),
    onDragEnd: (kind, id, at) => {
      setLive(null);
      editor.history.seal();
      if (kind === 'hotspot') editor.run(moveHotspotCommand, { hotspotId: id, yaw: at.yaw, pitch: at.pitch });
      else editor.run(moveSoundSourceCommand, { sceneId: scene.id, sourceId: id, yaw: at.yaw, pitch: at.pitch });
      editor.history.seal();
    },
    onPlace: (at) => {
      setPanel(null);
      if (tool === 'question') placeQuestion(at);
      else if (tool !== 'narration') placing.placeAt(at.yaw, at.pitch, selectSound);
    },
  });

  // The language the headset writes into: the one chosen on a question's card while the story has it.
  const lang = story.meta.languages.includes(writing) ? writing : story.meta.defaultLanguage;

  // A question where the author points, with words to replace in that language; selected, so its card opens.
  const placeQuestion = (at: Aim) => {
    editor.history.seal();
    const init = { yaw: at.yaw, pitch: at.pitch, label: {}, action: startingQuestion(lang) };
    if (editor.run(addHotspotCommand, { sceneId: scene.id, init })) editor.notify(t('vrEdit.questionAdded'));
    editor.history.seal();
  };

  const setStartView = () => {
    if (!rig.head.known) return;
    const view = { yaw: normalizeYaw(round1(rig.head.worldYaw)), pitch: round1(rig.head.pitch), fov: scene.view.fov };
    editor.history.seal();
    if (editor.run(setSceneViewCommand, { sceneId: scene.id, view })) editor.notify(t('sceneView.viewSaved'));
  };

  const hotspots = useMemo(
    () => (live?.kind === 'hotspot' ? scene.hotspots.map((h) => (h.id === live.id ? { ...h, ...live.at } : h)) : scene.hotspots),
    [scene.hotspots, live],
  );
  const sources = useMemo(
    () =>
      live?.kind === 'sound' || liveVolume
        ? scene.soundscape.sources.map((s) => ({
            ...s,
            ...(live?.kind === 'sound' && s.id === live.id ? live.at : {}),
            ...(s.id === liveVolume?.id ? { volume: liveVolume.volume } : {}),
          }))
        : scene.soundscape.sources,
    [scene.soundscape.sources, live, liveVolume],
  );
  // What is heard: the scene's sounds where they are drawn now (while dragged, too).
  const heard = useMemo(() => ({ id: scene.id, soundscape: { ...scene.soundscape, sources } }), [scene.id, scene.soundscape, sources]);
  useEditSound(story, heard, assets, rig, session ?? null, panel?.kind === 'narration');
  const closeNarration = () => {
    setPanel(null);
    setTool('hotspot');
    placing.setMode('hotspot');
  };
  const hotspot = selectedHotspot ? hotspots.find((h) => h.id === selectedHotspot) : undefined;
  const shownSound = sound ? sources.find((s) => s.id === sound.id) : undefined;

  const liveState = useRef<EditLive>({ presenting: false, tool, selected: null, menuOpen, panel: null, inputs, sceneId: scene.id, dragging: false });
  liveState.current = {
    presenting: !!session,
    tool,
    selected: hotspot ? { kind: 'hotspot', id: hotspot.id } : shownSound ? { kind: 'sound', id: shownSound.id } : null,
    menuOpen,
    panel: panel?.kind ?? null,
    inputs,
    sceneId: scene.id,
    dragging: pointing.dragging(),
  };
  useEditDebug(debug, rig, targets, liveState);

  return (
    <>
      <XROrigin ref={origin} />
      <Hotspots
        hotspots={hotspots}
        labelOf={(h) => hotspotLabel(story, h, lang)}
        highlightedId={selectedHotspot}
        scale={1}
        onChoose={(id) => editor.select({ sceneId: scene.id, hotspotId: id })}
        onHover={() => undefined}
      />
      <SoundMarkers sources={sources} selectedId={shownSound?.id ?? null} />
      <group ref={user} name="xr-ui">
        {session && (
          <Suspense fallback={null}>
            <EditMenu
              story={story}
              scene={scene}
              open={menuOpen}
              onOpen={setMenuOpen}
              tool={tool}
              onTool={(next) => {
                setTool(next);
                placing.setMode(next === 'sound' ? 'sound' : 'hotspot');
                setPanel(next === 'narration' ? { kind: 'narration' } : null);
              }}
              soundName={story.assets.find((a) => a.id === placing.soundAsset)?.name ?? null}
              onChooseSound={() => setPanel({ kind: 'place-sound' })}
              snap={arrival}
              onScenes={() => setPanel({ kind: 'scenes' })}
              onPreview={onPreview}
              onStartView={setStartView}
              onTurn={(dir) => rig.step(dir * SNAP_TURN_DEG)}
            />
            <EditPanels story={story} scene={scene} panel={panel} onPanel={setPanel} placing={placing} hotspotId={hotspot?.id ?? null} lang={lang} />
            {panel?.kind === 'narration' && <NarrationPanel key={scene.id} sceneId={scene.id} language={lang} onClose={closeNarration} />}
          </Suspense>
        )}
      </group>
      <group name="xr-world">
        {session && hotspot && !panel && (
          <Suspense fallback={null}>
            <SelectedHotspotCard key={hotspot.id} story={story} hotspot={hotspot} page={answerPage} onPage={setAnswerPage} lang={lang} onLang={setWriting} onPanel={setPanel} />
          </Suspense>
        )}
        {session && shownSound && !panel && (
          <Suspense fallback={null}>
            <SoundCard
              key={shownSound.id}
              story={story}
              source={shownSound}
              onVolume={(volume, done) => {
                if (!done) return setLiveVolume({ id: shownSound.id, volume });
                setLiveVolume(null);
                editor.history.seal();
                editor.run(updateSoundSourceCommand, { sceneId: scene.id, sourceId: shownSound.id, change: { volume } });
                editor.history.seal();
              }}
              onDelete={() => {
                editor.run(deleteSoundSourceCommand, { sceneId: scene.id, sourceId: shownSound.id });
                setSelectedSound(null);
              }}
            />
          </Suspense>
        )}
      </group>
      {gazeOn && <Gaze rig={rig} targets={targets} arrival={arrival} onChoose={(id) => editor.select({ sceneId: scene.id, hotspotId: id })} />}
    </>
  );
}
