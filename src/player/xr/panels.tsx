import { Suspense, useCallback, useState } from 'react';
import type { Hotspot, Story } from '../../story/schema/index.ts';
import type { InfoPanel as InfoPanelState } from '../engine/index.ts';
import { clamp } from '../../xr/core/seated.ts';
import { COLOURS, DIST, ORDER } from '../../xr/r3f/config.ts';
import { Card } from '../../xr/r3f/ui/Card.tsx';
import { PanelImage } from './PanelImage.tsx';
import { Placed, TagAlong, useOpenDirection } from '../../xr/r3f/ui/place.tsx';
import { roundedRect } from '../../xr/r3f/ui/shapes.ts';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { Button3D, PanelBox, flowRows } from '../../xr/r3f/ui/widgets.tsx';
import { ui } from '../../i18n/player.ts';
import type { XRVideo } from './types.ts';
import { VideoPosition3D, VideoToggle3D, usableVideo } from './VideoControls3D.tsx';

type T = (text: Record<string, string> | undefined) => string;

/** A link's words in the headset: it opens only after leaving VR. */
function linkText(label: string, url: string): string {
  return label ? ui('xr.link', { label, url }) : ui('xr.linkNoLabel', { url });
}

/** An info hotspot's content as a world-space panel with a Close button; its picture, if any, beside it. */
export function InfoPanel({ story, panel, fallbackTitle, t, scale, onClose }: { story: Story; panel: InfoPanelState; fallbackTitle: string; t: T; scale: number; onClose(): void }) {
  const dir = useOpenDirection();
  const { action } = panel;
  const image = action.image ? story.assets.find((a) => a.id === action.image) : undefined;
  const link = action.link ? linkText(t(action.link.label), action.link.url) : '';
  // The card and the picture's panel side by side, centred together in front of the reader.
  const cardWidth = 1.7 * (1 + (Math.max(1, scale) - 1) * 0.5);
  const shift = image?.kind === 'image' ? (IMAGE_PANEL_WIDTH + PANEL_GAP) / 2 : 0;
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-info" position={[shift, 0, 0]}>
        <Card
          id="info"
          title={t(action.title) || fallbackTitle || ui('player.kindLong.info')}
          body={t(action.text)}
          note={link || undefined}
          scale={scale}
          actions={[{ id: 'info-close', label: ui('player.close'), onSelect: onClose, primary: true }]}
        />
        {image?.kind === 'image' && (
          <PanelImage
            name={panel.hotspotId}
            assetId={image.id}
            size={image}
            alt={t(image.alt)}
            width={IMAGE_PANEL_WIDTH}
            scale={scale}
            position={[-(cardWidth / 2 + PANEL_GAP + IMAGE_PANEL_WIDTH / 2), 0, 0]}
          />
        )}
      </group>
    </Placed>
  );
}

/** Width of an info picture's panel, and the gap between it and the text (metres). */
const IMAGE_PANEL_WIDTH = 1.15;
const PANEL_GAP = 0.08;

/** The ending: its text, Play again, Back, and Keep looking around. */
export function EndingPanel(p: { sceneTitle: string; text: string; canGoBack: boolean; scale: number; onPlayAgain(): void; onBack(): void; onClose(): void }) {
  const dir = useOpenDirection();
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-ending">
        <Card
          id="ending"
          title={ui('player.theEnd')}
          subtitle={p.sceneTitle}
          body={p.text}
          scale={p.scale}
          actions={[
            { id: 'ending-play-again', label: ui('player.playAgain'), onSelect: p.onPlayAgain, primary: true },
            ...(p.canGoBack ? [{ id: 'ending-back', label: ui('player.goBack'), onSelect: p.onBack }] : []),
            { id: 'ending-close', label: ui('xr.keepLooking'), onSelect: p.onClose },
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

/**
 * The label of the hotspot being pointed or looked at, close and large, under its marker: low enough
 * to clear the marker's own words, two lines of them included.
 */
export function FocusLabel({ hotspot, label }: { hotspot: Hotspot; label: string }) {
  return (
    <Placed yaw={hotspot.yaw} pitch={clamp(hotspot.pitch - 13, -89, 89)} distance={DIST.label}>
      <group name={`xr-label:${hotspot.id}`}>
        <Suspense fallback={null}>
          <Label text={label || ui(`player.kindLong.${hotspot.action.type}` as const)} sub={label ? ui(`player.kindLong.${hotspot.action.type}` as const) : undefined} fontSize={0.09} maxWidth={1.3} bold />
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
  captions: boolean;
  onCaptions(on: boolean): void;
  onBack(): void;
  onExit(): void;
  /** The story's languages, each named in itself; a row of buttons when there is more than one. */
  languages: readonly { code: string; name: string }[];
  /** The language the story is shown in. */
  language: string;
  onLanguage(code: string): void;
  /** In an ending scene: the ending is offered above the closed menu, and opens when chosen. */
  onSeeEnding?: () => void;
  /** The scene's video: Pause/Play beside the closed menu; in the open menu, its position too. */
  video?: XRVideo | null;
}

/**
 * A small menu low in front of the reader: Recentre, turns, Back, look-to-choose, Exit VR, captions, and
 * the story's languages (one large button each, the current one lit) when it has several.
 */
export function Menu(p: MenuProps) {
  const bw = 0.46;
  const bh = 0.13;
  const gx = bw + 0.035;
  const gy = bh + 0.035;
  const languageRows = p.languages.length > 1 ? flowRows(p.languages.map((l) => ({ ...l, width: bw })), gx * 3, gx - bw) : [];
  const video = usableVideo(p.video) ? p.video : null;
  // The video's slider takes two rows' height (its words sit above its track).
  const videoRow = 2 + languageRows.length;
  const rows = 3 + languageRows.length + (video ? 2 : 0);
  // Row i's height: rows are centred on the panel, top row first.
  const y = (i: number) => ((rows - 1) / 2 - i) * gy;
  return (
    <TagAlong pitch={p.open ? -30 - (languageRows.length + (video ? 2 : 0)) * 3 : -38} distance={DIST.menu} snap={p.snap}>
      <group name="xr-menu">
        {p.open ? (
          <PanelBox width={gx * 3 + 0.05} height={gy * rows + 0.06}>
            <Button3D id="menu-turn-left" label={ui('xr.turnLeft')} width={bw} height={bh} position={[-gx, y(0), 0.006]} onSelect={() => p.onTurn(-1)} />
            <Button3D id="menu-recentre" label={ui('xr.recentre')} width={bw} height={bh} position={[0, y(0), 0.006]} onSelect={p.onRecentre} />
            <Button3D id="menu-turn-right" label={ui('xr.turnRight')} width={bw} height={bh} position={[gx, y(0), 0.006]} onSelect={() => p.onTurn(1)} />
            {p.canGoBack ? (
              <Button3D id="menu-back" label={ui('player.goBack')} width={bw} height={bh} position={[-gx, y(1), 0.006]} onSelect={p.onBack} />
            ) : null}
            <Button3D id="menu-gaze" label={ui(p.gazeAlways ? 'xr.lookToChooseOn' : 'xr.lookToChooseAuto')} width={bw} height={bh} fontSize={0.05} pressed={p.gazeAlways} position={[0, y(1), 0.006]} onSelect={() => p.onGaze(!p.gazeAlways)} />
            <Button3D id="menu-exit" label={ui('xr.exitVr')} width={bw} height={bh} position={[gx, y(1), 0.006]} onSelect={p.onExit} />
            {languageRows.map((row, i) =>
              row.map(({ item, x }) => (
                <Button3D
                  key={item.code}
                  id={`menu-language-${item.code}`}
                  label={item.name}
                  width={bw}
                  height={bh}
                  pressed={item.code === p.language}
                  position={[x, y(2 + i), 0.006]}
                  onSelect={() => p.onLanguage(item.code)}
                />
              )),
            )}
            <Button3D id="menu-captions" label={ui(p.captions ? 'xr.captionsOn' : 'xr.captionsOff')} width={bw} height={bh} fontSize={0.05} pressed={p.captions} position={[-gx, y(rows - 1), 0.006]} onSelect={() => p.onCaptions(!p.captions)} />
            <Button3D id="menu-close" label={ui('xr.closeMenu')} width={bw} height={bh} position={[0, y(rows - 1), 0.006]} onSelect={() => p.onOpen(false)} primary />
            {video && (
              <>
                <VideoPosition3D video={video} width={gx * 3 - 0.42} position={[0, (y(videoRow) + y(videoRow + 1)) / 2 - 0.04, 0.006]} />
                <VideoToggle3D video={video} width={bw} height={bh} position={[gx, y(rows - 1), 0.006]} />
              </>
            )}
          </PanelBox>
        ) : (
          <>
            {p.onSeeEnding && (
              <Button3D id="ending-offer" label={ui('player.seeEnding')} width={0.9} height={0.14} position={[0, 0.19, 0]} onSelect={p.onSeeEnding} primary />
            )}
            <Button3D id="menu-open" label={ui('xr.menu')} width={0.36} height={0.12} onSelect={() => p.onOpen(true)} />
            {video && <VideoToggle3D video={video} width={0.46} height={0.12} position={[-0.45, 0, 0]} />}
          </>
        )}
      </group>
    </TagAlong>
  );
}
