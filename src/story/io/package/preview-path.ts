/**
 * Where a published site keeps a scene picture's small preview (src/publish/preview.ts), and how
 * its page says every scene picture has one: shared by the publisher and the published player.
 */

/** Where a picture's preview goes in the site. */
export const previewPath = (assetId: string): string => `assets/preview-${assetId}.jpg`;

/**
 * The page says every scene picture has a preview with `<meta name="ssp-previews" content="scenes">`
 * (older sites have the start picture's only: the player then asks for no other).
 */
export const PREVIEWS_META = 'ssp-previews';
