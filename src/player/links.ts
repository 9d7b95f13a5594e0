/**
 * The only links the player opens: http(s) and mailto. Anything else (javascript:, data:, file:,
 * relative paths) is shown as plain text. Returns the normalised URL or null.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : null;
}
