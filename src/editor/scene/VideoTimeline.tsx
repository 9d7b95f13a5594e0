import { useRef, useState } from 'react';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { HotspotTime } from '../../story/schema/video.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { formatClock, timeWindow } from '../../story/video-time.ts';
import { useVideoTime } from '../../player/video/useVideoTime.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { setHotspotTimeCommand } from '../commands/index.ts';
import { TimeHandle } from './TimeHandle.tsx';
import { timeAtX } from './timeline-keys.ts';
import type { EditorVideo } from './useEditorVideo.ts';

/** The shortest window a drag can make (seconds). */
const MIN_WINDOW = 0.1;
const sameTime = (a: HotspotTime | null | undefined, b: HotspotTime | null | undefined) => (a?.from ?? null) === (b?.from ?? null) && (a?.to ?? null) === (b?.to ?? null);

/**
 * Under the editing view of a video scene: the video's length as a bar with a playhead (drag it,
 * or use the keys, to stop the video on a frame and place hotspots on what shows then), and one
 * bar per hotspot for when it shows, whose ends are dragged or moved by keys. One change each.
 */
export function VideoTimeline({ scene, video, length, labelOf, readOnly }: { scene: Scene; video: EditorVideo; length: number; labelOf(h: Hotspot): string; readOnly: boolean }) {
  const { editor } = useEditor();
  const now = Math.min(useVideoTime(video.element), length);
  const [preview, setPreview] = useState<{ id: string; from: number; to: number } | null>(null);
  const ruler = useRef<HTMLDivElement | null>(null);
  const tracks = useRef(new Map<string, HTMLDivElement>());
  const clock = (s: number) => formatClock(Math.round(s * 10) / 10);
  if (!(length > 0)) return null;

  const commit = (h: Hotspot, from: number, to: number) => {
    setPreview(null);
    const time = timeWindow(from > 0 ? from : null, to < length ? to : null);
    if (sameTime(time, h.time)) return;
    editor.history.seal();
    editor.run(setHotspotTimeCommand, { hotspotId: h.id, time });
    editor.history.seal();
  };
  const pct = (s: number) => `${(Math.min(s, length) / length) * 100}%`;

  return (
    <section className="video-timeline" aria-label={t('timeline.label')} data-video-time={now}>
      <div className="video-timeline-ruler" ref={ruler} dir="ltr" onPointerDown={(e) => {
          if (e.target !== e.currentTarget) return;
          const r = e.currentTarget.getBoundingClientRect();
          video.seek(timeAtX(e.clientX, r.left, r.width, length));
        }}>
        <TimeHandle
          className="video-timeline-playhead"
          value={now}
          min={0}
          max={length}
          length={length}
          label={t('timeline.playhead')}
          valueText={t('timeline.timeOf', { time: clock(now), length: clock(length) })}
          track={() => ruler.current}
          onMove={video.seek}
          onCommit={video.seek}
        />
      </div>
      <p className="video-timeline-clock" aria-hidden="true">
        <span>{clock(now)}</span> <span>{clock(length)}</span>
      </p>
      <ul className="video-timeline-rows">
        {scene.hotspots.map((h, i) => {
          const label = labelOf(h) || t('timeline.hotspot', { n: i + 1 });
          const p = preview?.id === h.id ? preview : null;
          const from = p?.from ?? h.time?.from ?? 0;
          const to = Math.min(length, p?.to ?? h.time?.to ?? length);
          const end = (s: number) => (s >= length ? t('timeline.toEnd', { time: clock(length) }) : clock(s));
          return (
            <li key={h.id} className="video-timeline-row" data-hotspot={h.id}>
              <button type="button" className="link video-timeline-name" onClick={() => editor.select({ sceneId: scene.id, hotspotId: h.id })}>
                {label}
              </button>
              <div className="video-timeline-track" dir="ltr" ref={(el) => void (el ? tracks.current.set(h.id, el) : tracks.current.delete(h.id))}>
                <span className="video-timeline-window" style={{ left: pct(from), width: `calc(${pct(to)} - ${pct(from)})` }} />
                <TimeHandle
                  className="video-timeline-end is-from"
                  value={from}
                  min={0}
                  max={Math.max(0, to - MIN_WINDOW)}
                  length={length}
                  label={t('timeline.from', { label })}
                  valueText={clock(from)}
                  disabled={readOnly}
                  track={() => tracks.current.get(h.id) ?? null}
                  onMove={(s) => setPreview({ id: h.id, from: s, to })}
                  onCommit={(s) => commit(h, s, to)}
                  onCancel={() => setPreview(null)}
                />
                <TimeHandle
                  className="video-timeline-end is-to"
                  value={to}
                  min={Math.min(length, from + MIN_WINDOW)}
                  max={length}
                  length={length}
                  label={t('timeline.to', { label })}
                  valueText={end(to)}
                  disabled={readOnly}
                  track={() => tracks.current.get(h.id) ?? null}
                  onMove={(s) => setPreview({ id: h.id, from, to: s })}
                  onCommit={(s) => commit(h, from, s)}
                  onCancel={() => setPreview(null)}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('timeline.help')}</p>
    </section>
  );
}
