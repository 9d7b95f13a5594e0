import { useEffect, useRef } from 'react';
import type { ViewController } from '../../player/view/viewController.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { hitTest, type Hit } from './hitTest.ts';
import { screenToYawPitch } from './projection.ts';

/** A press that moves less than this (pixels) is a click; more is a drag. */
const CLICK_SLOP_PX = 5;

export interface PointerEditing {
  scene: Scene;
  controller: ViewController;
  readOnly: boolean;
  /** A marker was clicked, or let go after a drag (select it). */
  onPick(hit: Hit): void;
  /** A marker is dragged to a direction (live, many times per drag)... */
  onDrag(hit: Hit, yaw: number, pitch: number): void;
  /** ...and let go there (once per drag: the one change to the story). */
  onDragEnd(hit: Hit, yaw: number, pitch: number): void;
  /** A click on the picture itself, not on a marker. */
  onClickAt(yaw: number, pitch: number): void;
}

/**
 * Clicks and marker drags on the 360 view. Listens on `frame` in the capture phase: a press on a
 * marker is taken here (the view does not turn); any other press goes on to the player's look
 * controls underneath, and counts as a click when it did not move.
 */
export function usePointerEditing(frame: HTMLElement | null, opts: PointerEditing) {
  const latest = useRef(opts);
  latest.current = opts;
  useEffect(() => {
    if (!frame) return;
    let drag: { hit: Hit; pointerId: number; x: number; y: number; moved: boolean; at?: { yaw: number; pitch: number } } | null = null;
    let press: { pointerId: number; x: number; y: number; moved: boolean } | null = null;

    const local = (e: PointerEvent) => {
      const r = frame.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top, view: { width: r.width, height: r.height } };
    };
    const angles = (e: PointerEvent) => {
      const { x, y, view } = local(e);
      return screenToYawPitch(x, y, view, latest.current.controller.get());
    };

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      if (!(e.target instanceof Element) || !e.target.closest('canvas')) return; // buttons over the view
      frame.focus({ preventScroll: true });
      const { x, y, view } = local(e);
      const hit = hitTest(x, y, latest.current.scene, view, latest.current.controller.get());
      if (!hit) {
        press = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
        return;
      }
      e.stopPropagation(); // the view must not turn
      e.preventDefault();
      // Selecting scrolls the inspector to the hotspot's card: only once the drag is over.
      if (latest.current.readOnly) return latest.current.onPick(hit);
      drag = { hit, pointerId: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
      frame.setPointerCapture?.(e.pointerId);
      frame.dataset.dragging = 'marker';
    };
    const move = (e: PointerEvent) => {
      if (press && e.pointerId === press.pointerId && Math.hypot(e.clientX - press.x, e.clientY - press.y) > CLICK_SLOP_PX) press.moved = true;
      if (!drag || e.pointerId !== drag.pointerId) return;
      if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) <= CLICK_SLOP_PX) return;
      drag.moved = true;
      const a = angles(e);
      drag.at = a;
      latest.current.onDrag(drag.hit, a.yaw, a.pitch);
    };
    const up = (e: PointerEvent) => {
      if (drag && e.pointerId === drag.pointerId) {
        const d = drag;
        drag = null;
        delete frame.dataset.dragging;
        if (frame.hasPointerCapture?.(e.pointerId)) frame.releasePointerCapture(e.pointerId);
        if (d.moved && d.at) latest.current.onDragEnd(d.hit, d.at.yaw, d.at.pitch);
        latest.current.onPick(d.hit);
        return;
      }
      if (press && e.pointerId === press.pointerId) {
        const p = press;
        press = null;
        if (e.type !== 'pointerup' || p.moved || Math.hypot(e.clientX - p.x, e.clientY - p.y) > CLICK_SLOP_PX) return;
        const a = angles(e);
        latest.current.onClickAt(a.yaw, a.pitch);
      }
    };
    frame.addEventListener('pointerdown', down, true);
    frame.addEventListener('pointermove', move);
    frame.addEventListener('pointerup', up);
    frame.addEventListener('pointercancel', up);
    return () => {
      frame.removeEventListener('pointerdown', down, true);
      frame.removeEventListener('pointermove', move);
      frame.removeEventListener('pointerup', up);
      frame.removeEventListener('pointercancel', up);
    };
  }, [frame]);
}
