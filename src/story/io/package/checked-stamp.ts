/**
 * How a published site's page vouches for its story.json: publish ran the story's full check on
 * the very text it wrote, and that check reads it back unchanged. The page says so with
 * `<meta name="ssp-story-checked" content="<sha256 of story.json, hex>">`; the published player
 * then skips its own full check (the story schema's code, about 35 kB gzip) when the file it got
 * has that hash. A story.json changed after publishing no longer matches, and is checked as before.
 * Shared by the publisher and the published player.
 */
export const CHECKED_META = 'ssp-story-checked';
