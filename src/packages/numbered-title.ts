import type { LocalizedText } from '../story/schema/common.ts';

/**
 * The title of a second copy of a story: "Park walk" becomes "Park walk (2)", then "(3)"… — the
 * first number no story in `taken` uses. A title that already ends in a number counts on from it.
 */
export function numberedTitle(title: string, taken: ReadonlySet<string>): string {
  const m = /^(.*\S)\s*\((\d+)\)$/.exec(title.trim());
  const base = m ? m[1]! : title.trim();
  for (let n = m ? Number(m[2]) + 1 : 2; n < 10_000; n++) {
    const next = `${base} (${n})`;
    if (!taken.has(next)) return next;
  }
  return `${base} (${Date.now()})`;
}

/** Every language of a localized title that another story in `taken` already has gets its number. */
export function numberedTitles(title: LocalizedText, taken: ReadonlyArray<LocalizedText>): LocalizedText {
  const out: LocalizedText = {};
  for (const [lang, text] of Object.entries(title)) {
    const used = new Set(taken.map((t) => t[lang]?.trim() ?? ''));
    out[lang] = text.trim() === '' || !used.has(text.trim()) ? text : numberedTitle(text, used);
  }
  return out;
}
