import { z } from 'zod';

/**
 * Conventions used everywhere in the document (the one place they are written down):
 *
 * - Angles are degrees.
 * - `yaw`: horizontal direction. 0 = the centre of the equirectangular panorama image,
 *   positive turns to the RIGHT (clockwise seen from above). Range (-180, 180].
 *   yaw +90 is the centre of the image's right quarter (u = 0.75), yaw ±180 is its left/right edge.
 * - `pitch`: vertical direction. 0 = horizon, positive is UP, +90 = straight up (the image's top row),
 *   -90 = straight down. Range [-90, 90].
 * - `fov`: the VERTICAL field of view in degrees (three.js camera convention), 30 to 110.
 * - `northOffset`: the yaw (in this scene's frame) at which geographic north lies; 0 when unknown.
 * - `distance`: metres from the listener, for positional sound (1 to 100).
 * - Times (captions, trims) are seconds from the start of the audio.
 */
export const YAW_MIN = -180;
export const YAW_MAX = 180;
export const PITCH_MIN = -90;
export const PITCH_MAX = 90;
export const FOV_MIN = 30;
export const FOV_MAX = 110;

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ids may only use letters, digits, "-" and "_".')
  .describe('A stable identifier, unique within its kind in the story. References always use ids.');
export type Id = z.infer<typeof Id>;

/**
 * Ids of different kinds have different types, so a hotspot's id passed where a scene's is expected
 * fails type-checking (tests/unit/id-types.test.ts). The brand is in the type only: the JSON, the
 * JSON Schema and the checks are those of `Id` (and `AssetId`). Its tag is optional, so text that
 * is not typed as an id yet (a URL's part, a form field, a new id) may still be used as one; what
 * the type-checker refuses is mixing up ids that are typed, which is how a wrong-kind id travels.
 */
export type IdOf<Kind extends string> = string & { readonly __idKind?: Kind };
export type SceneId = IdOf<'scene'>;
export type HotspotId = IdOf<'hotspot'>;
export type StoryId = IdOf<'story'>;
export const SceneId: z.ZodType<SceneId, string> = Id;
export const HotspotId: z.ZodType<HotspotId, string> = Id;
export const StoryId: z.ZodType<StoryId, string> = Id;

/** sha-256 of the asset's bytes, lower-case hex. */
export type AssetId = IdOf<'asset'>;
export const AssetId: z.ZodType<AssetId, string> = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'An asset id is the sha-256 of its bytes: 64 lower-case hex characters.')
  .describe('sha-256 of the asset bytes (lower-case hex)');

export const Yaw = z
  .number()
  .gt(YAW_MIN)
  .lte(YAW_MAX)
  .describe('Degrees, 0 = panorama centre, positive to the right, range (-180, 180]');
export const Pitch = z
  .number()
  .gte(PITCH_MIN)
  .lte(PITCH_MAX)
  .describe('Degrees, 0 = horizon, positive up, range [-90, 90]');
export const Fov = z.number().gte(FOV_MIN).lte(FOV_MAX).describe('Vertical field of view in degrees');

/** A BCP 47 language tag such as "en", "nb", "ar", "pt-BR". */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language is written as a code such as "en" or "nb".');
export type LanguageTag = z.infer<typeof LanguageTag>;

/** Text a reader sees, one entry per language: { "en": "Hello", "nb": "Hei" }. */
export const LocalizedText = z
  .record(LanguageTag, z.string().max(20_000))
  .describe('Reader-facing text keyed by language code');
export type LocalizedText = z.infer<typeof LocalizedText>;

export const MapPosition = z
  .object({ x: z.number().finite(), y: z.number().finite() })
  .describe('Position on the story map (editor layout, saved with the story)');
export type MapPosition = z.infer<typeof MapPosition>;

export const View = z.object({
  yaw: Yaw,
  pitch: Pitch,
  fov: Fov,
});
export type View = z.infer<typeof View>;
