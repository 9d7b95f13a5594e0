/**
 * Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
 * "ABC-DEF". Typing is forgiving: lower case, spaces and dashes are fine. Pure (hub and browser).
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** "abc def", "ABC-DEF", " a b c d e f " -> "ABCDEF"; null when it cannot be a join code. */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const c of code) if (!JOIN_CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** "ABCDEF" -> "ABC-DEF" (how people see and say it). */
export const formatJoinCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

/** A new random code from `randomIndex(n)` (an unbiased integer below n: crypto on the hub). */
export function makeJoinCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The shortest passphrase a facilitator may set. */
export const MIN_PASSPHRASE_LENGTH = 6;
export const MAX_PASSPHRASE_LENGTH = 200;
