import type { Phrase } from './phrase.ts';
import type { HotspotId, SceneId } from './schema/common.ts';

/** A finding about a story document: from loading, migrating, repairing or linting. */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  /** Stable, machine-readable code, e.g. "link-target-missing". */
  code: string;
  /** One or two plain sentences: what is wrong and what to do (English; the CLI prints it). */
  message: string;
  /** The same words as a phrase, so the app can say them in the reader's language (src/i18n/problems.ts). */
  phrase: Phrase;
  /** JSON Pointer (RFC 6901) into the document, "" for the whole document. */
  path: string;
  sceneId?: SceneId;
  hotspotId?: HotspotId;
}

/** Builds an RFC 6901 JSON Pointer from path segments ("~" -> "~0", "/" -> "~1"). */
export function pointer(segments: readonly PropertyKey[]): string {
  return segments
    .map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('');
}

/** Splits an RFC 6901 pointer into segments. */
export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
