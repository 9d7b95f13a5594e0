import { useRef, type ReactNode } from 'react';
import { useDoc } from '../context.ts';
import { useMediaImport, type ImportTarget } from './ImportProvider.tsx';

const ACCEPT = {
  image: 'image/jpeg,image/png,image/webp',
  audio: 'audio/*,.mp3,.ogg,.wav,.m4a,.aac,.webm,.opus',
  video: 'video/*,.mp4,.webm,.mov',
  both: 'image/jpeg,image/png,image/webp,audio/*,.m4a,.opus,video/*,.mp4,.webm,.mov',
} as const;

/**
 * A button that opens the file picker (several files at once unless `single`) and imports what
 * is chosen. `accept` only guides the picker: the bytes decide what is accepted.
 */
export function FilePickButton(props: {
  accept: 'image' | 'audio' | 'video' | 'both';
  target: ImportTarget;
  single?: boolean;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useDoc((s) => s.readOnly);
  const { importFiles } = useMediaImport();
  const accept = ACCEPT[props.accept];
  return (
    <>
      <button
        type="button"
        className={props.className ?? 'button'}
        disabled={readOnly}
        aria-label={props.label}
        onClick={() => input.current?.click()}
      >
        {props.children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={accept}
        multiple={!props.single}
        aria-label={props.label}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void importFiles(files, props.target);
        }}
      />
    </>
  );
}
