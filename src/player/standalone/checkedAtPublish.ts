import { CHECKED_META } from '../../story/io/package/checked-stamp.ts';

/**
 * Did publish run the full check on this very story.json? Yes when the page vouches for it
 * (CHECKED_META) and the file has that sha-256. No when the page says nothing, the file was changed
 * after publishing, or this browser cannot hash here (WebCrypto needs https or localhost): the
 * player then checks the story itself.
 */
export async function checkedAtPublish(text: string): Promise<boolean> {
  const vouched = typeof document !== 'undefined' ? document.querySelector(`meta[name="${CHECKED_META}"]`)?.getAttribute('content') : null;
  if (!vouched || typeof crypto === 'undefined' || !crypto.subtle) return false;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') === vouched;
  } catch {
    return false;
  }
}
