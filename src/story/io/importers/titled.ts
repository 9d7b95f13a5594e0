/**
 * Who made the placeholder pictures and that they are free to use: the same for every one. Twine
 * passages share one placeholder picture; the player draws each scene's title on it as it plays
 * (src/player/view/PlaceholderTitle.tsx), so a story of 5,000 passages still holds one picture.
 */
export const PLACEHOLDER_CREDIT = { author: 'Storyscape contributors', licence: 'CC0-1.0', source: 'Storyscape placeholder picture' } as const;
