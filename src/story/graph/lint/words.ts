/**
 * The lint's messages in English: one template per wording (see src/story/phrase.ts), and the
 * phrases they are made of (how a scene, a hotspot, a file is named). Other languages word the same
 * keys in src/i18n/problems/ (`problem.<key>`); tests/unit/problem-words.test.ts fails when a
 * wording lacks Norwegian Bokmål or a {parameter}.
 */
export const LINT_WORDS = {
  // ---- how things are named ----
  'lint.scene': 'scene "{name}"',
  'lint.hotspot': 'the hotspot "{label}" in {scene}',
  'lint.hotspot.short': 'the hotspot "{label}"',
  'lint.hotspot-unlabelled': 'the {kind} without a label (id "{id}") in {scene}',
  'lint.hotspot-unlabelled.short': 'the {kind} without a label (id "{id}")',
  'lint.kind.goto': 'go-to hotspot',
  'lint.kind.info': 'info hotspot',
  'lint.kind.sound': 'sound hotspot',
  'lint.kind.question': 'question hotspot',
  'lint.asset.image': 'the picture "{name}"',
  'lint.asset.audio': 'the sound "{name}"',
  'lint.asset.video': 'the video "{name}"',
  'lint.use.panorama': 'the panorama of {scene}',
  'lint.use.video': 'the video of {scene}',
  'lint.use.info-picture': 'the picture in {hotspot}',
  'lint.use.hotspot-sound': 'the sound of {hotspot}',
  'lint.use.bed': 'the background sound of {scene}',
  'lint.use.source': 'a placed sound in {scene}',
  'lint.use.narration': 'the {language} narration of {scene}',
  'lint.field.story-title': 'the story\'s title',
  'lint.field.story-description': 'the story\'s description',
  'lint.field.scene-title': 'the title of {scene}',
  'lint.field.scene-description': 'the description of {scene}',
  'lint.field.ending-text': 'the ending text of {scene}',
  'lint.field.hotspot-label': 'the label of {hotspot}',
  'lint.field.info-title': 'the info title of {hotspot}',
  'lint.field.info-text': 'the info text of {hotspot}',
  'lint.field.link-text': 'the link text in {hotspot}',
  'lint.field.image-alt': 'the description of {asset}',
  'lint.field.audio-transcript': 'the transcript of {asset}',
  'lint.field.video-transcript': 'the captions of {asset}',
  'lint.field.question-prompt': 'the question of {hotspot}',
  'lint.field.answer-text': 'answer {number} of {hotspot}',
  'lint.field.answer-feedback': 'the feedback to answer {number} of {hotspot}',
  'lint.field.checkpoint-message': 'the message {hotspot} shows while it is closed',
  'lint.field.ending-score': 'the score sentence of {scene}',
  'lint.use.question-sound': 'the recorded question of {hotspot}',
  'lint.use.answer-picture': 'the picture of answer {number} in {hotspot}',
  'lint.use.answer-sound': 'the recorded word of answer {number} in {hotspot}',
  'lint.question-no-right': 'No answer of {hotspot} is marked right, so nobody can answer it right. Tick "Right answer" on at least one answer.',
  'lint.answer-empty': 'Answer {number} of {hotspot} has no words and no picture. Write the answer, or remove it.',
  'lint.checkpoint-never-opens': '{hotspot} can never open: nothing in the story can change "{name}" enough for its condition. Change the condition, or let questions or choices change "{name}".',
  'lint.type.number': 'a number',
  'lint.type.boolean': 'yes/no (true or false)',
  'lint.type.string': 'text',
  'lint.link-hint.mailto': ' Did you mean "mailto:{address}"?',
  'lint.link-hint.https': ' Did you mean "https://{address}"?',

  // ---- texts ----
  'lint.story-title-empty': 'The story has no title in {language}. Give it a title: it is shown in the library and when the story starts.',
  'lint.scene-title-empty': 'Scene {number} ("{id}") has no title in {language}. Give it a short title, such as "The old bridge".',
  'lint.hotspot-no-label':
    'The {kind} "{id}" in {scene} has no label in {language}. Give it a short label, such as "Open the door": people who use screen readers hear it.',
  'lint.hotspot-no-label.other-languages':
    'The {kind} "{id}" in {scene} has no label in {language} (only in other languages). Give it a short label, such as "Open the door": people who use screen readers hear it.',
  'lint.translation-missing':
    '{^field} is not written in {languages} yet. Add the translation, or remove this language from the story\'s languages.',
  'lint.translation-missing.many':
    '{^field} is not written in {languages} yet. Add the translations, or remove these languages from the story\'s languages.',
  'lint.captions-missing':
    'The narration captions of {scene} are not written in {languages} yet. Add the caption track, or remove this language from the story\'s languages.',
  'lint.captions-missing.many':
    'The narration captions of {scene} are not written in {languages} yet. Add the caption tracks, or remove these languages from the story\'s languages.',

  // ---- ids ----
  'lint.duplicate-scene': 'Two scenes have the id "{id}" ({first} and scene {number}). Every scene needs its own id: rename one of them.',
  'lint.duplicate-variable': 'Two variables have the id "{id}" ("{first}" and "{second}"). Rename one of them.',
  'lint.duplicate-hotspot': 'Two hotspots have the id "{id}" (in {first} and {second}). Every hotspot needs its own id: rename one of them.',
  'lint.duplicate-sound': 'Two sounds have the id "{id}" (in {first} and {second}). Every sound needs its own id: rename one of them.',

  // ---- paths ----
  'lint.story-empty': 'The story has no scenes yet. Add a first scene: it is where the story starts.',
  'lint.start-scene-missing': 'The story has no start scene. Choose the scene where readers begin.',
  'lint.start-scene-not-found': 'The start scene ("{id}") does not exist: it may have been deleted. Choose the scene where readers begin.',
  'lint.scene-unreachable':
    'Readers can never get to {scene}: no go-to hotspot leads there from the start. Link to it from another scene, or delete it if you do not need it.',
  'lint.link-target-missing': '{^hotspot} leads to a scene that does not exist ("{target}"). Choose another scene for it, or delete the hotspot.',
  'lint.hotspot-self-link': '{^hotspot} leads back to the same scene, so nothing seems to happen. Check that this is what you want.',
  'lint.dead-end':
    '{^scene} is a dead end: it has no go-to hotspot and is not an ending, so readers get stuck there. Add a go-to hotspot, or mark the scene as an ending.',
  'lint.no-ending': 'The story has no ending. Mark at least one scene as an ending, so readers know when they have finished.',

  // ---- media ----
  'lint.asset-missing.image': '{^use} is not in the story\'s media list (file {file}…). Add the picture again, or choose another one.',
  'lint.asset-missing.audio': '{^use} is not in the story\'s media list (file {file}…). Add the sound again, or choose another one.',
  'lint.asset-wrong-kind.image': '{^use} is {asset}, but it should be a picture. Choose a picture instead.',
  'lint.asset-wrong-kind.audio': '{^use} is {asset}, but it should be a sound. Choose a sound instead.',
  'lint.asset-missing.video': '{^use} is not in the story\'s media list (file {file}…). Add the video again, or choose another one.',
  'lint.asset-wrong-kind.video': '{^use} is {asset}, but it should be a video. Choose a video instead.',
  'lint.video-end-missing': 'When the video of {scene} ends, readers should go to a scene that does not exist ("{target}"). Choose another scene, or let the video loop.',
  'lint.video-too-large.pixels':
    '{^asset} is {width}×{height} pixels: most phones cannot play videos wider than {limit} pixels, so they will only show the still picture. Export it again at {limit}×{half} (4K) or smaller.',
  'lint.video-too-large.bytes':
    '{^asset} is {megabytes} MB: on a phone\'s mobile data it takes long to start and uses up the data plan. Make it shorter or export it at a lower quality (under {limit} MB).',
  'lint.hotspot-time.no-video': '{^hotspot} has a time window, but {scene} has no video, so it always shows. Take the time window away, or give the scene a video.',
  'lint.hotspot-time.empty': '{^hotspot} should show from {from} until {to}: that is no time at all, so readers never see it. Make the end later than the start.',
  'lint.hotspot-time.after-end': '{^hotspot} should appear at {from}, but the video is only {length} long, so readers never see it. Choose an earlier time.',
  'lint.panorama-missing': '{^scene} has no 360° picture yet. Add a panorama photo or drawing to it.',
  'lint.panorama-placeholder': '{^scene} still shows the template\'s placeholder picture. Replace it with your own 360° photo or drawing.',
  'lint.asset-unused': '{^asset} is in the story\'s media but used nowhere. Use it in a scene, or remove it to make the story smaller.',
  'lint.consent-missing.image':
    '{^asset} shows people who can be recognised, and their consent is not recorded. Ask them and record their consent, or replace or blur it before sharing the story.',
  'lint.consent-missing.audio':
    '{^asset} lets you hear people who can be recognised, and their consent is not recorded. Ask them and record their consent, or replace or blur it before sharing the story.',
  'lint.credit-missing': '{^asset} does not say who made it or where it comes from. Add a credit, so people get thanks and you can show you may use it.',

  // ---- for people who cannot see or hear ----
  'lint.image-no-alt': '{^asset} ({use}) has no description in {language}. Describe in a sentence what it shows, for people who cannot see it.',
  'lint.audio-no-transcript':
    '{^asset} ({use}) has no transcript in {language}. Write what can be heard (words, or a description such as "birds singing"), for people who cannot hear it.',
  'lint.video-no-captions':
    'People speak in {asset} ({use}), and it has no captions in {language}. Write what is said, for people who cannot hear it.',
  'lint.narration-no-captions':
    'The {language} narration of {scene} has no captions, so people who cannot hear it miss what is said. Add captions for it (the words, with their times).',

  // ---- links ----
  'lint.info-link-invalid':
    'The link in {hotspot} ("{url}") will never open: only web addresses starting with https:// or http:// and e-mail addresses starting with mailto: work.{hint} Fix the address or remove the link.',

  // ---- variables ----
  'lint.variable-unknown.condition': 'A condition of {hotspot} uses the variable "{variable}", which does not exist. Create the variable, or choose another one.',
  'lint.variable-unknown.effect': 'An effect of {hotspot} uses the variable "{variable}", which does not exist. Create the variable, or choose another one.',
  'lint.variable-type-mismatch.condition':
    'A condition of {hotspot} treats the variable "{name}" as {expected}, but it holds {holds}. Change the condition or the variable\'s starting value.',
  'lint.variable-type-mismatch.effect':
    'An effect of {hotspot} treats the variable "{name}" as {expected}, but it holds {holds}. Change the effect or the variable\'s starting value.',

  // ---- placement ----
  'lint.hotspots-overlap': '{^hotspot} is almost on top of {other}, so readers may not be able to pick it. Move one of them a little.',
} as const;

export type LintWord = keyof typeof LINT_WORDS;
