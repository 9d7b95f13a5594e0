/**
 * The narration's current caption, large and high-contrast, for the DOM view. The live region is
 * always in the document (screen readers only announce changes to regions that already exist); it
 * is empty and invisible when no caption shows. VR shows the same text from engine.onCaption.
 */
import type { SoundscapeEngine } from './engine-api.ts';
import type { ActiveCaption } from './captions.ts';
import { useCaption } from './hooks.ts';

export interface CaptionsViewProps {
  engine: SoundscapeEngine;
  /** The reader turned captions off: keep the region (empty) but show nothing. */
  hidden?: boolean;
  /** Another caption to show while the narration shows none (e.g. the scene video's). */
  other?: ActiveCaption | null;
  className?: string;
}

export const CAPTIONS_CSS = `
.ss-captions{display:flex;justify-content:center;pointer-events:none;padding:0 1rem}
.ss-captions-text{max-width:min(60ch,100%);margin:0;padding:.35em .7em;border-radius:.3em;
 font-size:clamp(1.15rem,2.6vw,1.75rem);line-height:1.4;font-weight:500;text-align:center;white-space:pre-line;
 color:#fff;background:rgba(0,0,0,.88);text-shadow:0 1px 2px #000}
.ss-captions-text:empty{display:none}
@media (forced-colors:active){.ss-captions-text{border:2px solid CanvasText}}
`;

export function CaptionsView({ engine, hidden = false, className, other = null }: CaptionsViewProps) {
  const caption = useCaption(engine) ?? other;
  const text = hidden || !caption ? '' : caption.text;
  return (
    <div className={['ss-captions', className].filter(Boolean).join(' ')}>
      <style href="storyscape-captions" precedence="default">{CAPTIONS_CSS}</style>
      <p className="ss-captions-text" aria-live="polite" aria-atomic="true" lang={caption && !hidden ? caption.language : undefined} dir="auto" data-testid="captions">
        {text}
      </p>
    </div>
  );
}
