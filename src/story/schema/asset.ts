import { z } from 'zod';
import { AssetId, LanguageTag, LocalizedText } from './common.ts';
import { CaptionCue } from './soundscape.ts';

export const Credit = z.object({
  author: z.string().max(500).optional().describe("Who made it (a first name or chosen name is fine)"),
  source: z.string().max(2000).optional().describe('Where it comes from (a URL or a description)'),
  licence: z.string().max(200).optional().describe('Licence, e.g. "CC-BY-4.0", "CC0-1.0", "own work"'),
});
export type Credit = z.infer<typeof Credit>;

export const Consent = z.object({
  peopleRecognisable: z
    .enum(['no', 'yes', 'unknown'])
    .describe('Can people be recognised (faces, voices, names)?'),
  consentRecorded: z.boolean().describe('Was their consent to share recorded?'),
  note: z.string().max(2000).optional(),
});
export type Consent = z.infer<typeof Consent>;

const assetBase = {
  id: AssetId,
  mime: z.string().min(3).max(100),
  bytes: z.number().int().nonnegative(),
  name: z.string().max(500).describe('Original file name, for people (never used to find the file)'),
  credit: Credit.default({}),
  consent: Consent.default({ peopleRecognisable: 'unknown', consentRecorded: false }),
};

export const ImageAsset = z.object({
  ...assetBase,
  kind: z.literal('image'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: LocalizedText.default({}).describe('What the picture shows, for people who cannot see it'),
  placeholder: z
    .boolean()
    .optional()
    .describe('A "your 360 photo goes here" slot from a template: to be replaced'),
});
export type ImageAsset = z.infer<typeof ImageAsset>;

export const AudioAsset = z.object({
  ...assetBase,
  kind: z.literal('audio'),
  duration: z.number().nonnegative().describe('Seconds'),
  transcript: LocalizedText.default({}).describe('What can be heard, in words'),
});
export type AudioAsset = z.infer<typeof AudioAsset>;

/** The browsers' video formats: MP4 (H.264) and WebM (VP8/VP9/AV1). */
export const VIDEO_MIMES = ['video/mp4', 'video/webm'] as const;

export const VideoAsset = z.object({
  ...assetBase,
  kind: z.literal('video'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  duration: z.number().nonnegative().describe('Seconds'),
  sound: z
    .enum(['none', 'sounds', 'speech'])
    .default('sounds')
    .describe('What its sound track holds: nothing, sounds only, or people speaking'),
  transcript: LocalizedText.default({}).describe('What is said and heard in it, in words (for people who cannot hear it)'),
  captions: z
    .record(LanguageTag, z.array(CaptionCue).max(2000))
    .default({})
    .describe('Caption track per language, timed to the video (like one WebVTT file per language)'),
});
export type VideoAsset = z.infer<typeof VideoAsset>;

export const Asset = z.discriminatedUnion('kind', [ImageAsset, AudioAsset, VideoAsset]);
export type Asset = z.infer<typeof Asset>;
