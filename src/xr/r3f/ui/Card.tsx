import { useCallback, useState, type ReactNode } from 'react';
import { COLOURS, ORDER } from '../config.ts';
import { Button3D, PanelBox, flowRows, labelWidth } from './widgets.tsx';
import { UIText } from './text.tsx';
import { ui } from '../../../i18n/player.ts';

export interface CardAction {
  id: string;
  label: string;
  onSelect(): void;
  primary?: boolean;
}

interface Props {
  /** Prefix of the buttons' keys (`<id>-close`, `<id>-more`, …). */
  id: string;
  title: string;
  subtitle?: string;
  body: string;
  note?: string;
  actions: CardAction[];
  /** Something more above the buttons (e.g. a slider), centred, `height` metres tall. */
  extra?: { height: number; node: ReactNode };
  /** The reader's text size (1 = standard). */
  scale?: number;
  lang?: string;
}

interface Sync {
  textRenderInfo?: { blockBounds?: [number, number, number, number] };
}
const heightOf = (t: Sync) => {
  const b = t.textRenderInfo?.blockBounds;
  return b ? b[3] - b[1] : 0;
};

const LINE = 1.35;
const BODY_MAX = 0.95;

/**
 * A panel of story text in the headset: a title, text in pages when it is long (More / Previous),
 * an optional note, and buttons. Centred on its origin, facing +Z.
 */
export function Card({ id, title, subtitle, body, note, actions, extra, scale = 1 }: Props) {
  const s = Math.max(1, scale);
  const width = 1.7 * (1 + (s - 1) * 0.5);
  const pad = 0.08;
  const inner = width - pad * 2;
  const fs = 0.078 * s;
  const tfs = 0.11 * s;
  const sfs = 0.06 * s;
  const line = fs * LINE;
  const step = Math.max(line, Math.floor(BODY_MAX / line) * line);

  const [th, setTh] = useState(tfs * 1.2);
  const [sh, setSh] = useState(subtitle ? sfs * 1.3 : 0);
  const [nh, setNh] = useState(note ? sfs * 1.3 : 0);
  const [bh, setBh] = useState(line);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil((bh - 1e-4) / step));
  const shown = Math.min(page, pages - 1);
  const visible = Math.min(bh, step);

  const onTitle = useCallback((t: Sync) => setTh(heightOf(t) || tfs * 1.2), [tfs]);
  const onSub = useCallback((t: Sync) => setSh(heightOf(t)), []);
  const onNote = useCallback((t: Sync) => setNh(heightOf(t)), []);
  const onBody = useCallback((t: Sync) => setBh(heightOf(t) || line), [line]);

  const bfs = 0.068 * s;
  const bh0 = 0.16 * Math.sqrt(s);
  const buttons = [
    ...(pages > 1 && shown > 0 ? [{ id: `${id}-previous`, label: ui('xr.previous'), onSelect: () => setPage(shown - 1) }] : []),
    ...(pages > 1 && shown < pages - 1 ? [{ id: `${id}-more`, label: ui('xr.more'), onSelect: () => setPage(shown + 1) }] : []),
    ...actions,
  ].map((b) => ({ ...b, width: labelWidth(b.label, bfs, 0.44) }));
  const rows = flowRows(buttons, inner, 0.04);
  const rowsH = rows.length * bh0 + (rows.length - 1) * 0.035;
  const gap = 0.035;
  const pageH = pages > 1 ? sfs * 1.4 : 0;

  const height =
    pad + th + gap + (subtitle ? sh + gap : 0) + visible + (pages > 1 ? gap * 0.5 + pageH : 0) + gap + (note ? nh + gap : 0) + (extra ? extra.height + gap : 0) + gap + rowsH + pad;
  let y = height / 2 - pad;
  const titleY = y;
  y -= th + gap;
  const subY = y;
  if (subtitle) y -= sh + gap;
  const bodyY = y;
  y -= visible;
  const pageY = y - gap * 0.5;
  if (pages > 1) y -= gap * 0.5 + pageH;
  y -= gap;
  const noteY = y;
  if (note) y -= nh + gap;
  const extraY = y - (extra?.height ?? 0) / 2;
  if (extra) y -= extra.height + gap;
  y -= gap;
  const rowsTop = y;

  return (
    <PanelBox width={width} height={height}>
      <UIText bold fontSize={tfs} color={COLOURS.text} maxWidth={inner} anchorX="center" anchorY="top" textAlign="center" position={[0, titleY, 0.002]} renderOrder={ORDER.panelText} onSync={onTitle}>
        {title}
      </UIText>
      {subtitle && (
        <UIText bold fontSize={sfs} color={COLOURS.muted} maxWidth={inner} anchorX="center" anchorY="top" textAlign="center" position={[0, subY, 0.002]} renderOrder={ORDER.panelText} onSync={onSub}>
          {subtitle}
        </UIText>
      )}
      <UIText
        name={`${id}-body`}
        fontSize={fs}
        lineHeight={LINE}
        color={COLOURS.text}
        maxWidth={inner}
        anchorX="center"
        anchorY="top"
        textAlign="left"
        position={[0, bodyY + shown * step, 0.002]}
        clipRect={[-inner / 2 - 0.01, -(shown + 1) * step - 1e-4, inner / 2 + 0.01, -shown * step + 1e-4]}
        renderOrder={ORDER.panelText}
        onSync={onBody}
      >
        {body}
      </UIText>
      {pages > 1 && (
        <UIText fontSize={sfs} color={COLOURS.muted} anchorX="center" anchorY="top" position={[0, pageY, 0.002]} renderOrder={ORDER.panelText}>
          {ui('xr.page', { n: shown + 1, of: pages })}
        </UIText>
      )}
      {note && (
        <UIText fontSize={sfs} color={COLOURS.muted} maxWidth={inner} anchorX="center" anchorY="top" textAlign="center" position={[0, noteY, 0.002]} renderOrder={ORDER.panelText} onSync={onNote}>
          {note}
        </UIText>
      )}
      {extra && <group position={[0, extraY, 0.004]}>{extra.node}</group>}
      {rows.map((row, r) =>
        row.map(({ item, x }) => (
          <Button3D
            key={item.id}
            id={item.id}
            label={item.label}
            onSelect={item.onSelect}
            primary={'primary' in item ? item.primary : false}
            width={item.width}
            height={bh0}
            fontSize={bfs}
            position={[x, rowsTop - bh0 / 2 - r * (bh0 + 0.035), 0.006]}
          />
        )),
      )}
    </PanelBox>
  );
}
