/**
 * Storyscape audio: the soundscape engine (howler) and its pure helpers.
 * React components live in SoundGate.tsx and CaptionsView.tsx (import them directly) so that
 * non-React hosts (VR overlays, tests) do not pull React in.
 */
export { createSoundscapeEngine } from './engine.ts';
export type {
  AudioState,
  AudioStats,
  EnterSceneOptions,
  NarrationStatus,
  SoundscapeEngine,
  SoundscapeEngineOptions,
  VoiceInfo,
} from './engine-api.ts';
export type { ActiveCaption } from './captions.ts';
export { pickLanguage, pickRecording, pickCaptionTrack, buildCueIndex, cueAt } from './captions.ts';
export type { AudioProblem, AudioProblemCode } from './problems.ts';
export { captionsToVtt, vttToCaptions, parseTimestamp, formatTimestamp, type Cue, type VttProblem, type VttResult } from './webvtt.ts';
export { directionInto, listenerVectorsInto, sourcePosition, relativeYaw, distanceGain, PANNER } from './geometry.ts';
export { CROSSFADE_SECONDS, DUCK_LEVEL, fadeGainAt } from './fades.ts';
export { parseFormat, type AudioFormat } from './formats.ts';
export type { AudioScene } from './plan.ts';
