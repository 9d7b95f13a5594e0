import { z } from 'zod';
import { AssetId, Id, LanguageTag, Pitch, Yaw } from './common.ts';

/** A looping background sound for the whole scene (not positional). */
export const AmbientBed = z.object({
  id: Id,
  asset: AssetId,
  volume: z.number().min(0).max(1).default(0.8),
});
export type AmbientBed = z.infer<typeof AmbientBed>;

/** A sound anchored to a direction (and distance) in the scene. */
export const PositionalSource = z.object({
  id: Id,
  asset: AssetId,
  yaw: Yaw,
  pitch: Pitch,
  distance: z.number().min(1).max(100).default(5).describe('Metres from the listener'),
  volume: z.number().min(0).max(1).default(1),
  loop: z.boolean().default(true),
});
export type PositionalSource = z.infer<typeof PositionalSource>;

/** One caption: plain text shown from `start` to `end` (seconds into the recording). */
export const CaptionCue = z
  .object({
    start: z.number().nonnegative(),
    end: z.number().nonnegative(),
    text: z.string().max(2000),
  })
  .refine((c) => c.end > c.start, { message: 'A caption must end after it starts.', path: ['end'] });
export type CaptionCue = z.infer<typeof CaptionCue>;

/**
 * The voice of the scene. Each language can have its own recording, and each recording its own
 * caption track timed to it (like one WebVTT file per language). A reader whose language has no
 * recording hears the story's default-language recording; captions are shown in the reader's
 * language when that track exists, else in the recording's language.
 */
export const Narration = z.object({
  recordings: z.record(LanguageTag, AssetId).describe('Recording per language'),
  captions: z
    .record(LanguageTag, z.array(CaptionCue).max(2000))
    .default({})
    .describe('Caption track per language, timed to that language\'s recording (or to the default one)'),
  autoplay: z.boolean().default(true),
});
export type Narration = z.infer<typeof Narration>;

export const Soundscape = z.object({
  beds: z.array(AmbientBed).max(8).default([]),
  sources: z.array(PositionalSource).max(32).default([]),
  narration: Narration.optional(),
});
export type Soundscape = z.infer<typeof Soundscape>;
