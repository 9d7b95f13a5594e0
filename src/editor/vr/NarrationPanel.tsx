import { Suspense, useMemo, useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import { useDoc, useEditor } from '../context.ts';
import { narrationFileName } from '../narration/recording.ts';
import { formatDuration } from '../media/format.ts';
import { languageLabel } from '../panels/fields.tsx';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { clamp } from '../../xr/core/seated.ts';
import { COLOURS, DIST, ORDER } from '../../xr/r3f/config.ts';
import { useRig } from '../../xr/r3f/context.ts';
import { Placed } from '../../xr/r3f/ui/place.tsx';
import { roundedRect } from '../../xr/r3f/ui/shapes.ts';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { Button3D, PanelBox, flowRows, labelWidth } from '../../xr/r3f/ui/widgets.tsx';
import { useNarrationRecording, type NarrationPhase } from './narration/useNarrationRecording.ts';

const W = 1.6;
const H = 1.02;
const PAD = 0.09;
const METER_W = 1.1;

interface Action {
  id: string;
  label: string;
  onSelect(): void;
  primary?: boolean;
  big?: boolean;
}

/**
 * Recording a scene's narration in the headset: Record, a live level meter and the time while
 * recording, then Play back, Keep or Record again. Kept recordings go into the story as the
 * desktop's do (same file, import and set-narration command: one history, autosaved). Opens in
 * front of the head.
 */
export function NarrationPanel({ sceneId, language, onClose }: { sceneId: string; language: string; onClose(): void }) {
  const { editor } = useEditor();
  const story = useDoc((s) => s.story);
  const readOnly = useDoc((s) => s.readOnly);
  const scene = story.scenes.find((s) => s.id === sceneId);
  const fileName = scene ? narrationFileName(story, scene, language) : language;
  const rec = useNarrationRecording(editor, { sceneId, language, fileName });
  const rig = useRig();
  const [dir] = useState(() => ({ yaw: rig?.head.localYaw ?? 0, pitch: clamp(rig?.head.pitch ?? 0, -10, 15) }));

  const existingId = scene?.soundscape.narration?.recordings[language];
  const existing = story.assets.find((a) => a.id === existingId);
  const title = story.meta.languages.length > 1 ? t('vrEdit.narration.titleIn', { language: languageLabel(language) }) : t('vrEdit.narration.title');
  const sceneTitle = scene ? localize(scene.title, story.meta.defaultLanguage) || t('editor.scene.untitled') : '';
  const { phase } = rec;

  const close: Action = { id: 'narration-close', label: t('vrEdit.narration.close'), onSelect: onClose };
  let message: string;
  let actions: Action[];
  if (readOnly || !scene) {
    message = t('vrEdit.narration.readOnly');
    actions = [{ ...close, primary: true }];
  } else if (phase.step === 'idle') {
    message = existing?.kind === 'audio' ? `${t('vrEdit.narration.help')}\n${t('vrEdit.narration.has', { time: formatDuration(existing.duration) })}` : t('vrEdit.narration.help');
    actions = [{ id: 'narration-record', label: t('vrEdit.narration.record'), onSelect: () => void rec.record(), primary: true, big: true }, close];
  } else if (phase.step === 'starting') {
    message = t('vrEdit.narration.asking');
    actions = [close];
  } else if (phase.step === 'recording') {
    message = '';
    actions = [{ id: 'narration-stop', label: t('vrEdit.narration.stop'), onSelect: () => void rec.stop(), primary: true, big: true }];
  } else if (phase.step === 'review') {
    message = phase.error ?? t('vrEdit.narration.review', { time: formatDuration(phase.recorded.duration) });
    actions = [
      { id: 'narration-play', label: rec.playing ? t('vrEdit.narration.stopPlaying') : t('vrEdit.narration.play'), onSelect: rec.play },
      { id: 'narration-keep', label: t('vrEdit.narration.keep'), onSelect: () => void rec.keep(), primary: true },
      { id: 'narration-again', label: t('vrEdit.narration.again'), onSelect: () => void rec.record() },
      close,
    ];
  } else if (phase.step === 'saving') {
    message = t('vrEdit.narration.saving');
    actions = [];
  } else if (phase.step === 'saved') {
    message = t('vrEdit.narration.saved');
    actions = [{ ...close, primary: true }, { id: 'narration-again', label: t('vrEdit.narration.again'), onSelect: () => void rec.record() }];
  } else {
    message = phase.message;
    actions = [{ id: 'narration-retry', label: t('vrEdit.narration.tryAgain'), onSelect: () => void rec.record(), primary: true }, close];
  }

  const top = H / 2 - PAD;
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-narration" userData={{ step: readOnly ? 'read-only' : phase.step }}>
        <Suspense fallback={null}>
          <PanelBox width={W} height={H}>
            <UIText bold fontSize={0.09} color={COLOURS.text} anchorX="center" anchorY="top" textAlign="center" position={[0, top, 0.004]} renderOrder={ORDER.panelText} maxWidth={W - PAD * 2}>
              {title}
            </UIText>
            <UIText fontSize={0.058} color={COLOURS.muted} anchorX="center" anchorY="top" textAlign="center" position={[0, top - 0.13, 0.004]} renderOrder={ORDER.panelText} maxWidth={W - PAD * 2}>
              {t('vrEdit.narration.scene', { title: sceneTitle })}
            </UIText>
            {phase.step === 'recording' ? (
              <Meter phase={phase} y={top - 0.41} />
            ) : (
              <UIText fontSize={0.062} color={COLOURS.text} anchorX="center" anchorY="top" textAlign="center" position={[0, top - 0.25, 0.004]} renderOrder={ORDER.panelText} maxWidth={W - PAD * 2} lineHeight={1.3}>
                {message}
              </UIText>
            )}
            <Buttons actions={actions} y={-H / 2 + PAD + 0.08} />
          </PanelBox>
        </Suspense>
      </group>
    </Placed>
  );
}

function Buttons({ actions, y }: { actions: Action[]; y: number }) {
  const sized = useMemo(
    () => actions.map((a) => ({ a, width: a.big ? Math.max(0.62, labelWidth(a.label, 0.08)) : labelWidth(a.label, 0.062) })),
    [actions],
  );
  const rows = flowRows(sized, W - PAD * 2, 0.05);
  return (
    <>
      {rows.map((row, r) =>
        row.map(({ item, x }) => (
          <Button3D
            key={item.a.id}
            id={item.a.id}
            label={item.a.label}
            onSelect={item.a.onSelect}
            primary={item.a.primary}
            width={item.width}
            height={item.a.big ? 0.17 : 0.13}
            fontSize={item.a.big ? 0.08 : 0.062}
            position={[x, y + (rows.length - 1 - r) * 0.17, 0.006]}
          />
        )),
      )}
    </>
  );
}

/** Recording: a red dot, the time, and a bar that follows the microphone's level every frame. */
function Meter({ phase, y }: { phase: Extract<NarrationPhase, { step: 'recording' }>; y: number }) {
  const bar = useRef<Mesh>(null);
  const [seconds, setSeconds] = useState(0);
  useFrame(() => {
    const level = phase.session.level();
    if (bar.current) {
      bar.current.scale.x = Math.max(0.001, level);
      bar.current.position.x = -METER_W / 2 + (METER_W * level) / 2;
    }
    const s = Math.floor(phase.session.elapsed());
    if (s !== seconds) setSeconds(s);
  });
  return (
    <group position={[0, y, 0.004]} name="xr-narration-meter">
      <mesh geometry={roundedRect(0.06, 0.06)} position={[-0.42, 0.13, 0]} renderOrder={ORDER.panelText}>
        <meshBasicMaterial color="#ff5a5a" transparent toneMapped={false} />
      </mesh>
      <UIText bold fontSize={0.07} color={COLOURS.text} anchorX="left" anchorY="middle" position={[-0.36, 0.13, 0]} renderOrder={ORDER.panelText}>
        {t('vrEdit.narration.recording', { time: formatDuration(seconds) })}
      </UIText>
      <UIText fontSize={0.05} color={COLOURS.muted} anchorX="left" anchorY="bottom" position={[-METER_W / 2, 0.035, 0]} renderOrder={ORDER.panelText}>
        {t('vrEdit.narration.level')}
      </UIText>
      <mesh geometry={roundedRect(METER_W, 0.05)} renderOrder={ORDER.panelText} raycast={() => null}>
        <meshBasicMaterial color={COLOURS.raised} transparent toneMapped={false} />
      </mesh>
      <mesh ref={bar} geometry={roundedRect(METER_W, 0.05, 0.01)} position={[-METER_W / 2, 0, 0.001]} scale={[0.001, 1, 1]} renderOrder={ORDER.button} raycast={() => null}>
        <meshBasicMaterial color={COLOURS.accent} transparent toneMapped={false} />
      </mesh>
    </group>
  );
}
