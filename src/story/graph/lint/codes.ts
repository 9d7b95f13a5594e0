import type { Severity } from '../../problems.ts';

interface CodeInfo {
  severity: Severity;
  /** One line for the editor's help page: what the code means. */
  summary: string;
}

/** Every lint code, its severity and what it means. The codes are stable: tools and tests rely on them. */
export const LINT_CODES = {
  'story-empty': { severity: 'error', summary: 'The story has no scenes yet.' },
  'start-scene-missing': { severity: 'error', summary: 'No start scene is chosen.' },
  'start-scene-not-found': { severity: 'error', summary: 'The start scene does not exist.' },
  'link-target-missing': { severity: 'error', summary: 'A go-to hotspot (or the end of a video) leads to a scene that does not exist.' },
  'asset-missing': {
    severity: 'error',
    summary: 'A panorama, picture or sound is used but is not in the story\'s media list.',
  },
  'asset-wrong-kind': { severity: 'error', summary: 'A picture is used where a sound is expected, or the other way round.' },
  'duplicate-id': { severity: 'error', summary: 'Two scenes, hotspots, sounds or variables share one id.' },
  'variable-unknown': { severity: 'error', summary: 'A condition or effect uses a variable that does not exist.' },
  'info-link-invalid': { severity: 'error', summary: 'An info link is not a web (http/https) or e-mail (mailto) address.' },
  'question-no-right': { severity: 'warning', summary: 'A question has no answer marked right, so nobody can answer it right.' },
  'checkpoint-never-opens': { severity: 'warning', summary: 'A closed link waits for something that nothing in the story can make happen.' },
  'answer-empty': { severity: 'warning', summary: 'An answer of a question has neither words nor a picture.' },
  'story-title-empty': { severity: 'warning', summary: 'The story has no title in its main language.' },
  'scene-title-empty': { severity: 'warning', summary: 'A scene has no title in the story\'s main language.' },
  'scene-unreachable': { severity: 'warning', summary: 'No path of go-to hotspots leads from the start to this scene.' },
  'dead-end': { severity: 'warning', summary: 'A scene has no way out (no go-to hotspot) and is not an ending.' },
  'no-ending': { severity: 'warning', summary: 'No scene is marked as an ending.' },
  'panorama-missing': { severity: 'warning', summary: 'A scene has no 360° picture yet.' },
  'panorama-placeholder': { severity: 'warning', summary: 'A scene still shows a template\'s placeholder picture.' },
  'hotspot-no-label': { severity: 'warning', summary: 'A hotspot has no label in the story\'s main language.' },
  'image-no-alt': { severity: 'warning', summary: 'A picture has no description (alt text) in the main language.' },
  'narration-no-captions': { severity: 'warning', summary: 'A narration has no captions.' },
  'audio-no-transcript': { severity: 'warning', summary: 'A sound has no transcript or description in the main language.' },
  'video-no-captions': { severity: 'warning', summary: 'People speak in a video, and it has no captions in the main language.' },
  'video-too-large': { severity: 'warning', summary: 'A video is too wide or too big for most phones to play.' },
  'hotspot-time-outside-video': { severity: 'warning', summary: 'A hotspot\'s time window can never show it, or its scene has no video.' },
  'translation-missing': { severity: 'warning', summary: 'A text is not written in one of the story\'s languages.' },
  'consent-missing': {
    severity: 'warning',
    summary: 'A picture or recording shows recognisable people, and their consent is not recorded.',
  },
  'variable-type-mismatch': {
    severity: 'warning',
    summary: 'A condition or effect treats a variable as another type (number, yes/no, text).',
  },
  'hotspot-self-link': { severity: 'info', summary: 'A go-to hotspot leads to the scene it is in.' },
  'hotspots-overlap': { severity: 'info', summary: 'Two hotspots are so close that they cover each other.' },
  'credit-missing': { severity: 'info', summary: 'A picture or sound does not say who made it or where it comes from.' },
  'asset-unused': { severity: 'info', summary: 'A picture or sound is in the story\'s media list but used nowhere.' },
} as const satisfies Record<string, CodeInfo>;

export type LintCode = keyof typeof LINT_CODES;
