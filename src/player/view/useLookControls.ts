import { useEffect } from 'react';
import type { ViewController } from './viewController.ts';

const KEY_STEP = 5;
const KEY_STEP_FAST = 20;

/**
 * Look around with a mouse or finger drag (with inertia), two-finger pinch and the mouse wheel to
 * zoom, on `element`. Keyboard: arrow keys turn, + and - zoom (see useViewKeys).
 */
export function useLookControls(element: HTMLElement | null, controller: ViewController) {
  useEffect(() => {
    if (!element) return;
    const pointers = new Map<number, { x: number; y: number; moved: number }>();
    let pinch: { dist: number; fov: number } | null = null;
    let velocity = { x: 0, y: 0, t: 0 };

    const height = () => element.clientHeight || window.innerHeight;
    const distance = () => {
      const [a, b] = [...pointers.values()];
      return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
    };

    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, moved: 0 });
      controller.stop();
      velocity = { x: 0, y: 0, t: e.timeStamp };
      if (pointers.size === 2) pinch = { dist: distance(), fov: controller.fov };
      element.dataset.dragging = 'true';
    };
    const move = (e: PointerEvent) => {
      const p = pointers.get(e.pointerId);
      if (!p) return;
      const dx = e.clientX - p.x;
      const dy = e.clientY - p.y;
      p.x = e.clientX;
      p.y = e.clientY;
      // Capture only once it is a drag: a click must still reach the 3D markers underneath.
      p.moved += Math.abs(dx) + Math.abs(dy);
      if (p.moved > 4 && !element.hasPointerCapture?.(e.pointerId)) element.setPointerCapture?.(e.pointerId);
      if (pinch && pointers.size >= 2) {
        const d = distance();
        if (d > 0 && pinch.dist > 0) controller.set({ fov: (pinch.fov * pinch.dist) / d });
        return;
      }
      controller.dragBy(dx, dy, height());
      const dt = Math.max(1, e.timeStamp - velocity.t) / 1000;
      const k = 0.6; // smooth the speed over the last few moves
      velocity = { x: velocity.x * (1 - k) + (dx / dt) * k, y: velocity.y * (1 - k) + (dy / dt) * k, t: e.timeStamp };
    };
    const up = (e: PointerEvent) => {
      if (!pointers.delete(e.pointerId)) return;
      if (pointers.size < 2) pinch = null;
      if (pointers.size === 0) {
        delete element.dataset.dragging;
        const stale = e.timeStamp - velocity.t > 80; // the pointer stopped before letting go
        if (!stale && e.type === 'pointerup') controller.release(velocity.x, velocity.y, height());
      }
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const px = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      controller.zoomBy(Math.exp(Math.max(-200, Math.min(200, px)) * 0.0015));
    };

    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    element.addEventListener('wheel', wheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('wheel', wheel);
    };
  }, [element, controller]);
}

/** Arrow keys turn the view (Shift: bigger steps), + / - zoom. Returns true when the key was used. */
export function handleViewKey(e: { key: string; shiftKey: boolean }, controller: ViewController): boolean {
  const step = e.shiftKey ? KEY_STEP_FAST : KEY_STEP;
  switch (e.key) {
    case 'ArrowLeft':
      controller.rotateBy(-step, 0);
      return true;
    case 'ArrowRight':
      controller.rotateBy(step, 0);
      return true;
    case 'ArrowUp':
      controller.rotateBy(0, step);
      return true;
    case 'ArrowDown':
      controller.rotateBy(0, -step);
      return true;
    case '+':
    case '=':
      controller.zoomBy(0.85);
      return true;
    case '-':
    case '_':
      controller.zoomBy(1 / 0.85);
      return true;
    default:
      return false;
  }
}
