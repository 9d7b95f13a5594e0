import { useState, type ReactNode } from 'react';
import { t } from '../../i18n/index.ts';
import { COLOURS, DIST, ORDER } from '../../xr/r3f/config.ts';
import { Placed, useOpenDirection } from '../../xr/r3f/ui/place.tsx';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { Button3D, PanelBox } from '../../xr/r3f/ui/widgets.tsx';

type Vec3 = [number, number, number];

interface Props<T> {
  /** Prefix of the buttons' keys (`<id>-close`, `<id>-more`, `<id>-back`). */
  id: string;
  title: string;
  items: readonly T[];
  perPage: number;
  columns: number;
  /** Width and height of one cell (metres). */
  cell: [number, number];
  onClose(): void;
  children(item: T, position: Vec3, index: number): ReactNode;
}

const BH = 0.12;

/**
 * A panel in front of the reader with a title, a grid of items in pages (Back / More) and Close.
 * Opens where the head looks, at a comfortable height.
 */
export function PagedPanel<T>({ id, title, items, perPage, columns, cell, onClose, children }: Props<T>) {
  const dir = useOpenDirection();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const shown = Math.min(page, pages - 1);
  const rows = Math.ceil(Math.min(perPage, items.length || 1) / columns);
  const [cw, ch] = cell;
  const width = Math.max(1.3, cw * columns + 0.12);
  const titleH = 0.12;
  const height = 0.06 + titleH + rows * ch + 0.04 + BH + 0.06;
  const top = height / 2 - 0.06;
  const gridTop = top - titleH;
  const navY = -height / 2 + 0.06 + BH / 2;
  const slice = items.slice(shown * perPage, shown * perPage + perPage);
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name={`xr-panel:${id}`}>
        <PanelBox width={width} height={height}>
          <UIText bold fontSize={0.07} color={COLOURS.text} maxWidth={width - 0.12} anchorX="center" anchorY="top" textAlign="center" position={[0, top, 0.002]} renderOrder={ORDER.panelText}>
            {title}
          </UIText>
          {slice.map((item, i) => {
            const c = i % columns;
            const r = Math.floor(i / columns);
            const x = (c - (columns - 1) / 2) * cw;
            return children(item, [x, gridTop - ch / 2 - r * ch, 0.006], shown * perPage + i);
          })}
          {shown > 0 && <Button3D id={`${id}-back`} label={t('vrEdit.back')} width={0.34} height={BH} fontSize={0.05} position={[-width / 2 + 0.23, navY, 0.006]} onSelect={() => setPage(shown - 1)} />}
          {pages > 1 && (
            <UIText fontSize={0.04} color={COLOURS.muted} anchorX="center" anchorY="middle" position={[-0.22, navY, 0.002]} renderOrder={ORDER.panelText}>
              {t('vrEdit.page', { n: shown + 1, count: pages })}
            </UIText>
          )}
          {shown < pages - 1 && <Button3D id={`${id}-more`} label={t('vrEdit.more')} width={0.34} height={BH} fontSize={0.05} position={[0.16, navY, 0.006]} onSelect={() => setPage(shown + 1)} />}
          <Button3D id={`${id}-close`} label={t('vrEdit.close')} primary width={0.34} height={BH} fontSize={0.05} position={[width / 2 - 0.23, navY, 0.006]} onSelect={onClose} />
        </PanelBox>
      </group>
    </Placed>
  );
}

/** A list of text choices in pages (five to a page), e.g. texts or sounds; the current one is marked. */
export function ChoicePanel({ id, title, choices, current, onChoose, onClose }: { id: string; title: string; choices: ReadonlyArray<{ id: string; label: string }>; current?: string | null; onChoose(choiceId: string): void; onClose(): void }) {
  return (
    <PagedPanel id={id} title={title} items={choices} perPage={5} columns={1} cell={[1.4, BH + 0.03]} onClose={onClose}>
      {(choice, position, i) => (
        <Button3D key={choice.id} id={`${id}-item-${i}`} label={choice.label} width={1.36} height={BH} fontSize={0.046} pressed={choice.id === current} position={position} onSelect={() => onChoose(choice.id)} />
      )}
    </PagedPanel>
  );
}
