import { Suspense, useCallback, useState } from 'react';
import type { Hotspot, Story } from '../../../story/schema/index.ts';
import type { InfoPanel as InfoPanelState } from '../../../player/engine/index.ts';
import { strings } from '../../../player/strings.ts';
import { clamp } from '../../core/seated.ts';
import { xrStrings } from '../../strings.ts';
import { COLOURS, DIST, ORDER } from '../config.ts';
import { useRig } from '../context.ts';
import { Card } from './Card.tsx';
import { Placed, TagAlong } from './place.tsx';
import { roundedRect } from './shapes.ts';
import { UIText } from './text.tsx';
import { Button3D, PanelBox } from './widgets.tsx';

type T = (text: Record<string, string> | undefined) => string;

/** Where a panel opens: in front of the head, at a comfortable height. */
function useOpenDirection() {
  const rig = useRig();
  const [dir] = useState(() => ({ yaw: rig?.head.localYaw ?? 0, pitch: clamp(rig?.head.pitch ?? 0, -10, 15) }));
  return dir;
}

/** An info hotspot's content as a world-space panel with a Close button. */
export function InfoPanel({ story, panel, fallbackTitle, t, scale, onClose }: { story: Story; panel: InfoPanelState; fallbackTitle: string; t: T; scale: number; onClose(): void }) {
  const dir = useOpenDirection();
  const { action } = panel;
  const image = action.image ? story.assets.find((a) => a.id === action.image) : undefined;
  const alt = image?.kind === 'image' ? t(image.alt) : '';
  const link = action.link ? xrStrings.linkAfterVr(t(action.link.label), action.link.url) : '';
  const note = [alt && `${strings.kindLong.info}: ${alt}`, link].filter(Boolean).join('\n');
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-info">
        <Card
          id="info"
          title={t(action.title) || fallbackTitle || strings.kindLong.info}
          body={t(action.text)}
          note={note || undefined}
          scale={scale}
          actions={[{ id: 'info-close', label: strings.close, onSelect: onClose, primary: true }]}
        />
      </group>
    </Placed>
  );
}

/** The ending: its text, Play again, Back, and Keep looking around. */
export function EndingPanel(p: { sceneTitle: string; text: string; canGoBack: boolean; scale: number; onPlayAgain(): void; onBack(): void; onClose(): void }) {
  const dir = useOpenDirection();
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-ending">
        <Card
          id="ending"
          title={strings.theEnd}
          subtitle={p.sceneTitle}
          body={p.text}
          scale={p.scale}
          actions={[
            { id: 'ending-play-again', label: strings.playAgain, onSelect: p.onPlayAgain, primary: true },
            ...(p.canGoBack ? [{ id: 'ending-back', label: strings.back, onSelect: p.onBack }] : []),
            { id: 'ending-close', label: xrStrings.keepLooking, onSelect: p.onClose },
          ]}
        />
      </group>
    </Placed>
  );
}

interface Sync {
  textRenderInfo?: { blockBounds?: [number, number, number, number] };
}

/** Text on a backing sized to it (captions, hotspot labels). */
function Label({ text, fontSize, maxWidth, bold, sub }: { text: string; fontSize: number; maxWidth: number; bold?: boolean; sub?: string }) {
  const [size, setSize] = useState({ w: 0.3, h: fontSize * 1.3 });
  const [subH, setSubH] = useState(0);
  const onSync = useCallback((t: Sync) => {
    const b = t.textRenderInfo?.blockBounds;
    if (b) setSize((s) => (Math.abs(s.w - (b[2] - b[0])) < 1e-3 && Math.abs(s.h - (b[3] - b[1])) < 1e-3 ? s : { w: b[2] - b[0], h: b[3] - b[1] }));
  }, []);
  const onSub = useCallback((t: Sync) => {
    const b = t.textRenderInfo?.blockBounds;
    if (b) setSubH(b[3] - b[1]);
  }, []);
  const pad = fontSize * 0.6;
  const subSize = fontSize * 0.72;
  const gap = sub ? fontSize * 0.25 : 0;
  const h = size.h + (sub ? subH + gap : 0) + pad * 1.4;
  const w = Math.max(size.w, sub ? Math.min(maxWidth, sub.length * subSize * 0.5) : 0) + pad * 2;
  const top = h / 2 - pad * 0.7;
  return (
    <group>
      <mesh geometry={roundedRect(w, h, Math.min(0.05, h / 2))} renderOrder={ORDER.label} raycast={() => null}>
        <meshBasicMaterial color={COLOURS.panel} transparent opacity={0.92} toneMapped={false} />
      </mesh>
      <UIText bold={bold} fontSize={fontSize} color={COLOURS.text} maxWidth={maxWidth} anchorX="center" anchorY="top" textAlign="center" position={[0, top, 0.003]} renderOrder={ORDER.labelText} onSync={onSync} raycast={() => null}>
        {text}
      </UIText>
      {sub && (
        <UIText fontSize={subSize} color={COLOURS.muted} maxWidth={maxWidth} anchorX="center" anchorY="top" textAlign="center" position={[0, top - size.h - gap, 0.003]} renderOrder={ORDER.labelText} onSync={onSub} raycast={() => null}>
          {sub}
        </UIText>
      )}
    </group>
  );
}

/** The label of the hotspot being pointed or looked at, close and large, just under its marker. */
export function FocusLabel({ hotspot, label }: { hotspot: Hotspot; label: string }) {
  return (
    <Placed yaw={hotspot.yaw} pitch={clamp(hotspot.pitch - 9, -89, 89)} distance={DIST.label}>
      <group name={`xr-label:${hotspot.id}`}>
        <Suspense fallback={null}>
          <Label text={label || strings.kindLong[hotspot.action.type]} sub={label ? strings.kindLong[hotspot.action.type] : undefined} fontSize={0.09} maxWidth={1.3} bold />
        </Suspense>
      </group>
    </Placed>
  );
}

/** The caption being spoken, under the view; it follows the reader's turns. */
export function Caption({ text, scale }: { text: string; scale: number }) {
  return (
    <TagAlong pitch={-18} distance={DIST.caption} slackDeg={25}>
      <group name="xr-caption">
        <Label text={text} fontSize={0.06 * Math.max(1, scale)} maxWidth={1.5} />
      </group>
    </TagAlong>
  );
}

export interface MenuProps {
  open: boolean;
  onOpen(open: boolean): void;
  gazeAlways: boolean;
  canGoBack: boolean;
  snap: unknown;
  onRecentre(): void;
  onTurn(deg: number): void;
  onGaze(always: boolean): void;
  onBack(): void;
  onExit(): void;
}

/** A small menu low in front of the reader: Recentre, turns, Back, look-to-choose, Exit VR. */
export function Menu(p: MenuProps) {
  const bw = 0.46;
  const bh = 0.13;
  const gx = bw + 0.035;
  const gy = bh + 0.035;
  return (
    <TagAlong pitch={p.open ? -30 : -38} distance={DIST.menu} snap={p.snap}>
      <group name="xr-menu">
        {p.open ? (
          <PanelBox width={gx * 3 + 0.05} height={gy * 3 + 0.06}>
            <Button3D id="menu-turn-left" label={xrStrings.turnLeft} width={bw} height={bh} position={[-gx, gy, 0.006]} onSelect={() => p.onTurn(-1)} />
            <Button3D id="menu-recentre" label={xrStrings.recentre} width={bw} height={bh} position={[0, gy, 0.006]} onSelect={p.onRecentre} />
            <Button3D id="menu-turn-right" label={xrStrings.turnRight} width={bw} height={bh} position={[gx, gy, 0.006]} onSelect={() => p.onTurn(1)} />
            {p.canGoBack ? (
              <Button3D id="menu-back" label={strings.back} width={bw} height={bh} position={[-gx, 0, 0.006]} onSelect={p.onBack} />
            ) : null}
            <Button3D id="menu-gaze" label={xrStrings.lookToChoose(p.gazeAlways)} width={bw} height={bh} fontSize={0.05} pressed={p.gazeAlways} position={[0, 0, 0.006]} onSelect={() => p.onGaze(!p.gazeAlways)} />
            <Button3D id="menu-exit" label={xrStrings.exitVr} width={bw} height={bh} position={[gx, 0, 0.006]} onSelect={p.onExit} />
            <Button3D id="menu-close" label={xrStrings.closeMenu} width={bw} height={bh} position={[0, -gy, 0.006]} onSelect={() => p.onOpen(false)} primary />
          </PanelBox>
        ) : (
          <Button3D id="menu-open" label={xrStrings.menu} width={0.36} height={0.12} onSelect={() => p.onOpen(true)} />
        )}
      </group>
    </TagAlong>
  );
}
