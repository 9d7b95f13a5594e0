import { FORMAT_NAMES } from './builder.ts';
import { manyCode, noteText, type NoteCode, type NoteParams } from './notes.ts';
import type { Problem } from '../../problems.ts';
import type { ImportNote, ImportResult } from './types.ts';

/** One line of a readable report: a kind of change, how many times it happened, and where. */
export interface NoteLine {
  kind: ImportNote['kind'];
  code: NoteCode;
  params: NoteParams;
  /** How many notes this line stands for. */
  count: number;
  /** The scenes (by title) it happened in, each once, in the tour's order. */
  scenes: string[];
}

export const NOTE_KINDS = ['dropped', 'approximated', 'info'] as const;

/**
 * The notes of an import as lines a person reads: a note that happened many times is one line with a
 * count ("63 links …") when its code has a `.many` wording, else one line per different wording with
 * the scenes it is about. Lines keep the order in which their first note came.
 */
export function groupNotes(notes: readonly ImportNote[]): NoteLine[] {
  const byCode = new Map<NoteCode, ImportNote[]>();
  for (const n of notes) byCode.set(n.code, [...(byCode.get(n.code) ?? []), n]);
  const lines: NoteLine[] = [];
  for (const [code, same] of byCode) {
    const many = manyCode(code);
    if (many && same.length > 1) {
      lines.push({ kind: same[0]!.kind, code: many, params: { ...same[0]!.params, count: same.length }, count: same.length, scenes: scenesOf(same) });
      continue;
    }
    const byWording = new Map<string, ImportNote[]>();
    for (const n of same) {
      const key = JSON.stringify(n.params);
      byWording.set(key, [...(byWording.get(key) ?? []), n]);
    }
    for (const group of byWording.values()) {
      lines.push({ kind: group[0]!.kind, code, params: group[0]!.params, count: group.length, scenes: scenesOf(group) });
    }
  }
  return lines;
}

const scenesOf = (notes: readonly ImportNote[]): string[] => [...new Set(notes.flatMap((n) => (n.scene ? [n.scene] : [])))];

/** At most this many scene names before "and N more". */
export const SCENE_NAMES_SHOWN = 4;

/** "Hall, Kitchen and 12 more scenes" in English (the app words it with src/i18n). */
export function scenesText(scenes: readonly string[]): string {
  if (scenes.length <= SCENE_NAMES_SHOWN) return scenes.join(', ');
  return `${scenes.slice(0, SCENE_NAMES_SHOWN).join(', ')} and ${scenes.length - SCENE_NAMES_SHOWN} more scenes`;
}

/** The checks worth a person's attention after an import (placeholders are already counted in the summary). */
export const importChecks = (problems: readonly Problem[]): Problem[] => problems.filter((p) => p.severity !== 'info' && p.code !== 'panorama-placeholder');

/** The checks, one line per kind of problem: its first message and how many more there are like it. */
export function groupChecks(problems: readonly Problem[]): { message: Problem; count: number }[] {
  const byCode = new Map<string, { message: Problem; count: number }>();
  for (const p of importChecks(problems)) {
    const had = byCode.get(p.code);
    if (had) had.count++;
    else byCode.set(p.code, { message: p, count: 1 });
  }
  return [...byCode.values()];
}

const HEADINGS: Record<ImportNote['kind'], string> = {
  approximated: 'Came across, but not exactly',
  dropped: 'Left out',
  info: 'Good to know',
};

/** A line in English: "Hall: …" for one kind of note, "63 links … (in Hall, Kitchen and 12 more scenes)" for a count. */
export function lineText(n: NoteLine): string {
  const words = noteText(n.code, n.params);
  if (n.scenes.length === 0) return words;
  return n.count > 1 && n.code.endsWith('.many') ? `${words} (in ${scenesText(n.scenes)})` : `${scenesText(n.scenes)}: ${words}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The import report as plain text (the CLI prints it; tests read it): no data paths or ids, one line per kind of change. */
export function reportText(result: ImportResult): string {
  const r = result.report;
  const title = result.story.meta.title[result.story.meta.defaultLanguage] ?? result.story.id;
  const lines = [
    `Imported “${title}” from ${r.source} (${FORMAT_NAMES[r.format]}):`,
    `  ${plural(r.scenes, 'scene')}, ${plural(r.links, 'link')}, ${plural(r.infos, 'information point')}` +
      (r.placeholders ? `; ${plural(r.placeholders, 'scene')} with a placeholder picture to replace` : ''),
  ];
  const grouped = groupNotes(r.notes);
  for (const kind of NOTE_KINDS) {
    const notes = grouped.filter((n) => n.kind === kind);
    if (notes.length === 0) continue;
    lines.push('', `${HEADINGS[kind]}:`);
    for (const n of notes) lines.push(`  - ${lineText(n)}`);
  }
  const checks = groupChecks(result.problems);
  if (checks.length > 0) {
    lines.push('', 'Things to look at in the editor:');
    for (const c of checks) lines.push(`  - ${c.message.message}${c.count > 1 ? ` (and ${plural(c.count - 1, 'more like it', 'more like it')})` : ''}`);
  }
  return lines.join('\n') + '\n';
}
