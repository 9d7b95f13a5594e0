import { useRef, type PointerEvent } from 'react';
import { timeAtX, timelineKey } from './timeline-keys.ts';

export interface TimeHandleProps {
  value: number;
  /** The range this handle may take (seconds). */
  min: number;
  max: number;
  /** The video's length: the track's full width. */
  length: number;
  label: string;
  valueText: string;
  className: string;
  disabled?: boolean;
  /** The track the handle moves along (pointer x → seconds). */
  track(): HTMLElement | null;
  /** While dragging: where it would be. */
  onMove(seconds: number): void;
  /** Let go, or a key: where it is (once per drag or key press). */
  onCommit(seconds: number): void;
  onCancel?(): void;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * One handle on the video timeline: an ARIA slider (arrows 1 s, Shift + arrows 5 s, Page Up/Down,
 * Home/End) that can also be dragged; a drag shows where it goes and is one change when let go.
 */
export function TimeHandle(p: TimeHandleProps) {
  const dragging = useRef(false);
  const at = (e: PointerEvent) => {
    const r = p.track()?.getBoundingClientRect();
    return r ? timeAtX(e.clientX, r.left, r.width, p.length, p.min, p.max) : p.value;
  };
  return (
    <div
      role="slider"
      tabIndex={p.disabled ? -1 : 0}
      aria-label={p.label}
      aria-orientation="horizontal"
      aria-valuemin={round1(p.min)}
      aria-valuemax={round1(p.max)}
      aria-valuenow={round1(p.value)}
      aria-valuetext={p.valueText}
      aria-disabled={p.disabled || undefined}
      className={p.className}
      style={{ left: `${p.length > 0 ? Math.min(100, (p.value / p.length) * 100) : 0}%` }}
      onPointerDown={(e) => {
        if (p.disabled || e.button !== 0) return;
        e.preventDefault();
        e.stopPropagation();
        e.currentTarget.focus();
        e.currentTarget.setPointerCapture(e.pointerId);
        dragging.current = true;
      }}
      onPointerMove={(e) => dragging.current && p.onMove(at(e))}
      onPointerUp={(e) => {
        if (!dragging.current) return;
        dragging.current = false;
        p.onCommit(at(e));
      }}
      onPointerCancel={() => {
        dragging.current = false;
        p.onCancel?.();
      }}
      onKeyDown={(e) => {
        if (p.disabled || e.ctrlKey || e.metaKey || e.altKey) return;
        const to = timelineKey(e.key, e.shiftKey, p.value, p.min, p.max);
        if (to === null) return;
        e.preventDefault();
        e.stopPropagation();
        p.onCommit(round1(to));
      }}
    />
  );
}
