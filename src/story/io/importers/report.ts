import { FORMAT_NAMES } from './builder.ts';
import type { ImportNote, ImportResult } from './types.ts';

const HEADINGS: Record<ImportNote['kind'], string> = {
  approximated: 'Came across, but not exactly',
  dropped: 'Left out',
  info: 'Good to know',
};

/** The import report as plain text (the CLI prints it; tests read it). */
export function reportText(result: ImportResult): string {
  const r = result.report;
  const title = result.story.meta.title[result.story.meta.defaultLanguage] ?? result.story.id;
  const lines = [
    `Imported “${title}” from ${r.source} (${FORMAT_NAMES[r.format]}):`,
    `  ${r.scenes} scene${r.scenes === 1 ? '' : 's'}, ${r.links} link${r.links === 1 ? '' : 's'}, ${r.infos} information point${r.infos === 1 ? '' : 's'}` +
      (r.placeholders ? `; ${r.placeholders} scene${r.placeholders === 1 ? '' : 's'} with a placeholder picture to replace` : ''),
  ];
  for (const kind of ['dropped', 'approximated', 'info'] as const) {
    const notes = r.notes.filter((n) => n.kind === kind);
    if (notes.length === 0) continue;
    lines.push('', `${HEADINGS[kind]}:`);
    for (const n of notes) lines.push(`  - ${n.scene ? `${n.scene}: ` : ''}${n.message}`);
  }
  return lines.join('\n') + '\n';
}
