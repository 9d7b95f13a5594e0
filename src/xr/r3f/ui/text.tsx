import { use, useMemo, type ComponentProps } from 'react';
import { Text } from '@react-three/drei';
import { configureTextBuilder } from 'troika-three-text';
// Self-hosted Atkinson Hyperlegible (the player's typeface) as WOFF 1: troika cannot read WOFF2.
import regularUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff?url';
import boldUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff?url';
import extendedUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-400-normal.woff?url';
import { fitText, fitsFont, fontCoverage, type CodeRanges } from '../../core/fontCoverage.ts';
import { CanvasText, type CanvasTextProps } from './canvasText.tsx';

// Latin Extended (Sámi, Polish, Czech, Turkish, …) comes from a second file that troika tries when
// the main one has no glyph. Characters in neither are replaced before troika sees them (fitText),
// or it would fetch a fallback font from a CDN.
// Typesetting runs on the page: troika's worker is built from a blob: URL, which the CSP of the hub
// and of published sites refuses ("worker-src 'self'"); troika then fell back to the page anyway, but
// every headset logged a CSP violation first. A headset's few labels set quickly without a worker.
configureTextBuilder({ defaultFontURL: extendedUrl, useWorker: false });

/** Basic Latin and Latin-1: what every Atkinson file has, if reading a font's table ever fails. */
const SAFE: CodeRanges = [
  [0x20, 0x7e],
  [0xa0, 0xff],
];

const loaded = new Map<string, Promise<CodeRanges>>();
function coverageOf(url: string): Promise<CodeRanges> {
  let p = loaded.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.statusText))))
      .then(fontCoverage)
      .catch(() => SAFE);
    loaded.set(url, p);
  }
  return p;
}

function union(a: CodeRanges, b: CodeRanges): CodeRanges {
  const all = [...a, ...b].map(([x, y]) => [x, y] as [number, number]).sort((p, q) => p[0] - q[0]);
  const out: Array<[number, number]> = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

const byWeight = new Map<boolean, Promise<CodeRanges>>();
function coverage(bold: boolean): Promise<CodeRanges> {
  let p = byWeight.get(bold);
  if (!p) {
    p = Promise.all([coverageOf(bold ? boldUrl : regularUrl), coverageOf(extendedUrl)]).then(([a, b]) => union(a, b));
    byWeight.set(bold, p);
  }
  return p;
}

/** Starts reading the fonts early (entering VR), so the first panel does not wait. */
export function preloadFonts() {
  void coverage(false);
  void coverage(true);
}

export type UITextProps = Omit<ComponentProps<typeof Text>, 'children' | 'font'> & {
  children: string;
  bold?: boolean;
};

/**
 * World-space text (SDF, sharp at any distance) in Atkinson Hyperlegible. Text the font cannot
 * draw (another script) is drawn by the browser on a canvas instead. Suspends until the font is
 * known; wrap in <Suspense>.
 */
export function UIText({ children, bold = false, ...props }: UITextProps) {
  const ranges = use(coverage(bold));
  const fits = useMemo(() => fitsFont(children, ranges), [children, ranges]);
  const text = useMemo(() => fitText(children, ranges), [children, ranges]);
  if (!fits) {
    return (
      <CanvasText bold={bold} {...(props as Omit<CanvasTextProps, 'children' | 'bold'>)}>
        {children}
      </CanvasText>
    );
  }
  return (
    <Text font={bold ? boldUrl : regularUrl} direction="auto" {...props}>
      {text}
    </Text>
  );
}
