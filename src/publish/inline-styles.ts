/**
 * The player's components that render their own <style> element (React 19 style resources). A
 * published site's CSP allows exactly these by hash (style-src 'sha256-…'), and no other inline
 * style. A component that adds one must be listed here: tests/e2e/publish-site.test.ts fails on
 * any CSP violation.
 */
import { CAPTIONS_CSS } from '../audio/CaptionsView.tsx';
import { SOUND_GATE_CSS } from '../audio/SoundGate.tsx';
import { createSha256, type Sha256Factory } from '../story/hash.ts';

export const PLAYER_INLINE_STYLES: readonly string[] = [SOUND_GATE_CSS, CAPTIONS_CSS];

/** CSP hash sources ('sha256-<base64>') of the given style texts. */
export function styleHashes(styles: readonly string[] = PLAYER_INLINE_STYLES, sha256: Sha256Factory = createSha256): string[] {
  return styles.map((css) => {
    const h = sha256();
    h.update(new TextEncoder().encode(css));
    const hex = h.digestHex();
    let bin = '';
    for (let i = 0; i < hex.length; i += 2) bin += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    return `'sha256-${btoa(bin)}'`;
  });
}
