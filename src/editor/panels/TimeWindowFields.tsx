import { useId, useState } from 'react';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { formatClock, parseClock, timeWindow } from '../../story/video-time.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { setHotspotTimeCommand } from '../commands/index.ts';

/**
 * "When it shows in the video": a hotspot of a video scene appears from a time until a time (or
 * to the end), written as minutes:seconds. A half-typed time stays in its field, with a hint, and
 * changes nothing until it reads as a time; an empty field means "from the start" / "to the end".
 */
export function TimeWindowFields({ hotspot, readOnly }: { hotspot: Hotspot; readOnly: boolean }) {
  const { editor } = useEditor();
  const base = useId();
  const shown = { from: hotspot.time && hotspot.time.from > 0 ? formatClock(hotspot.time.from) : '', to: hotspot.time?.to !== undefined ? formatClock(hotspot.time.to) : '' };
  const [typed, setTyped] = useState(shown);
  const [was, setWas] = useState(hotspot.time);
  if (was !== hotspot.time) {
    // Undo or another view changed it: show what the story holds.
    setWas(hotspot.time);
    setTyped(shown);
  }
  const read = (text: string) => (text.trim() === '' ? null : parseClock(text));
  const bad = (text: string) => text.trim() !== '' && parseClock(text) === null;
  const change = (field: 'from' | 'to', text: string) => {
    const next = { ...typed, [field]: text };
    setTyped(next);
    if (bad(next.from) || bad(next.to)) return;
    const time = timeWindow(read(next.from), read(next.to));
    setWas(time ?? undefined);
    editor.run(setHotspotTimeCommand, { hotspotId: hotspot.id, time, field });
  };
  const invalid = bad(typed.from) || bad(typed.to);
  return (
    <fieldset className="time-window">
      <legend>{t('inspector.time')}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`${base}-from`}>{t('inspector.timeFrom')}</label>
          <input id={`${base}-from`} type="text" inputMode="decimal" placeholder="0:00" size={7} value={typed.from} readOnly={readOnly} aria-invalid={bad(typed.from)} aria-describedby={`${base}-hint`} onChange={(e) => change('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${base}-to`}>{t('inspector.timeTo')}</label>
          <input id={`${base}-to`} type="text" inputMode="decimal" size={7} value={typed.to} readOnly={readOnly} aria-invalid={bad(typed.to)} aria-describedby={`${base}-hint`} onChange={(e) => change('to', e.target.value)} />
        </div>
      </div>
      <p id={`${base}-hint`} className={invalid ? 'hint error' : 'hint'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('inspector.timeBad') : t('inspector.timeHint')}
      </p>
    </fieldset>
  );
}
