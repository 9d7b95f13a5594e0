import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor, useHistory } from '../context.ts';
import { redoLabel, undoLabel } from '../state/editor.ts';
import { COLOURS, ORDER } from '../../xr/r3f/config.ts';
import { TagAlong } from '../../xr/r3f/ui/place.tsx';
import { getXRStore } from '../../xr/r3f/store.ts';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { Button3D, PanelBox } from '../../xr/r3f/ui/widgets.tsx';
import { ui } from '../../i18n/player.ts';
import { sceneTitle } from './labels.ts';
import { TOOLS, type Tool } from './tools.ts';

export type { Tool };

interface Props {
  story: Story;
  scene: Scene;
  open: boolean;
  onOpen(open: boolean): void;
  tool: Tool;
  onTool(tool: Tool): void;
  /** The sound the Sound tool places (null: the story has none). */
  soundName: string | null;
  onChooseSound(): void;
  /** Any changing value brings the menu straight ahead. */
  snap: unknown;
  onScenes(): void;
  onPreview(): void;
  onStartView(): void;
  /** Seated: turns the photo by a step (-1 left, 1 right), for hands or a chair that does not turn. */
  onTurn(dir: -1 | 1): void;
}

const BW = 0.44;
const BH = 0.12;
const GX = BW + 0.03;
const GY = BH + 0.035;
const FS = 0.048;
const WIDTH = GX * 4 + 0.04;
const col = (i: number) => -1.5 * GX + i * GX;

/**
 * The VR editor's menu, low in front of the reader and following them: the scene (previous,
 * next, all scenes), the tools, undo/redo named after what they undo, the start view, the
 * preview, turning the photo (seated, or with hands: no thumbstick), and Exit VR. Large targets for a ray, a hand, or the gaze.
 */
export function EditMenu(p: Props) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const undoStep = useHistory((h) => h.past[h.past.length - 1]);
  const redoStep = useHistory((h) => h.future[h.future.length - 1]);
  const index = p.story.scenes.findIndex((s) => s.id === p.scene.id);
  const count = p.story.scenes.length;
  const go = (step: number) => {
    const next = p.story.scenes[(index + step + count) % count];
    if (next) editor.select({ sceneId: next.id, hotspotId: null });
  };
  const hide = () => p.onOpen(false);
  const endSession = () => void getXRStore().getState().session?.end();

  if (!p.open) {
    return (
      <TagAlong pitch={-40} distance={1.9} snap={p.snap}>
        <group name="xr-edit-menu">
          <Button3D id="vr-menu-open" label={t('vrEdit.menu')} width={0.4} height={0.12} onSelect={() => p.onOpen(true)} />
        </group>
      </TagAlong>
    );
  }
  const hint = p.tool === 'sound' ? (p.soundName ? t('vrEdit.hintSound', { name: p.soundName }) : t('sceneView.noSounds')) : p.tool === 'hotspot' ? t('vrEdit.hintHotspot') : p.tool === 'question' ? t('vrEdit.hintQuestion') : '';
  // The Sound tool's "which sound" gets a row of its own, above the hint.
  const choosing = p.tool === 'sound' && !!p.soundName;
  const rows = choosing ? 7 : 6;
  const height = GY * rows + 0.1;
  const top = height / 2 - 0.05 - BH / 2;
  const y = (r: number) => top - r * GY;
  return (
    <TagAlong pitch={-30} distance={1.9} snap={p.snap}>
      <group name="xr-edit-menu">
        <PanelBox width={WIDTH} height={height}>
          <UIText bold fontSize={0.062} color={COLOURS.text} maxWidth={GX * 2 - 0.04} anchorX="left" anchorY="middle" position={[-WIDTH / 2 + 0.05, y(0) + 0.022, 0.002]} renderOrder={ORDER.panelText}>
            {sceneTitle(p.story, p.scene.id)}
          </UIText>
          <UIText fontSize={0.04} color={COLOURS.muted} anchorX="left" anchorY="middle" position={[-WIDTH / 2 + 0.05, y(0) - 0.04, 0.002]} renderOrder={ORDER.panelText}>
            {t('vrEdit.sceneOf', { n: index + 1, count })}
          </UIText>
          <Button3D id="vr-menu-hide" label={t('vrEdit.hideMenu')} width={BW} height={BH} fontSize={FS} position={[col(2), y(0), 0.006]} onSelect={hide} />
          <Button3D id="vr-menu-exit" label={t('vrEdit.exit')} width={BW} height={BH} fontSize={FS} position={[col(3), y(0), 0.006]} onSelect={endSession} />

          <Button3D id="vr-scene-previous" label={t('vrEdit.previousScene')} width={BW} height={BH} fontSize={FS} position={[col(0), y(1), 0.006]} onSelect={() => go(-1)} />
          <Button3D id="vr-scenes" label={t('vrEdit.scenes')} width={BW} height={BH} fontSize={FS} position={[col(1), y(1), 0.006]} onSelect={p.onScenes} />
          <Button3D id="vr-scene-next" label={t('vrEdit.nextScene')} width={BW} height={BH} fontSize={FS} position={[col(2), y(1), 0.006]} onSelect={() => go(1)} />
          <Button3D id="vr-preview" label={t('vrEdit.preview')} width={BW} height={BH} fontSize={FS} position={[col(3), y(1), 0.006]} onSelect={p.onPreview} />

          {TOOLS.map((tool, i) => (
            <Button3D key={tool.id} id={`vr-tool-${tool.id}`} label={t(tool.label)} width={BW} height={BH} fontSize={FS} pressed={p.tool === tool.id} position={[col(i), y(2), 0.006]} onSelect={() => p.onTool(tool.id)} />
          ))}

          <Button3D
            id="vr-undo"
            label={undoStep ? undoLabel(undoStep.label) : t('history.nothingToUndo')}
            width={GX + BW}
            height={BH}
            fontSize={FS}
            position={[(col(0) + col(1)) / 2, y(3), 0.006]}
            onSelect={() => !readOnly && editor.undo()}
          />
          <Button3D
            id="vr-redo"
            label={redoStep ? redoLabel(redoStep.label) : t('history.nothingToRedo')}
            width={GX + BW}
            height={BH}
            fontSize={FS}
            position={[(col(2) + col(3)) / 2, y(3), 0.006]}
            onSelect={() => !readOnly && editor.redo()}
          />

          <Button3D id="vr-turn-left" label={ui('xr.turnLeft')} width={BW} height={BH} fontSize={FS} position={[col(0), y(4), 0.006]} onSelect={() => p.onTurn(-1)} />
          <Button3D id="vr-turn-right" label={ui('xr.turnRight')} width={BW} height={BH} fontSize={FS} position={[col(1), y(4), 0.006]} onSelect={() => p.onTurn(1)} />
          <Button3D id="vr-start-view" label={t('vrEdit.setStartView')} width={GX + BW} height={BH} fontSize={FS} position={[(col(2) + col(3)) / 2, y(4), 0.006]} onSelect={p.onStartView} />
          {choosing && (
            <Button3D id="vr-sound-choose" label={t('vrEdit.soundToPlace', { name: p.soundName! })} width={GX * 2 + BW} height={BH} fontSize={FS} position={[0, y(5), 0.006]} onSelect={p.onChooseSound} />
          )}
          <UIText fontSize={0.04} color={COLOURS.muted} maxWidth={WIDTH - 0.1} anchorX="center" anchorY="middle" textAlign="center" position={[0, y(rows - 1), 0.002]} renderOrder={ORDER.panelText}>
            {hint}
          </UIText>
        </PanelBox>
      </group>
    </TagAlong>
  );
}
