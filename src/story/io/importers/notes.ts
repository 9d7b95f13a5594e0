/**
 * The import report's notes, in English: one template per code, with `{name}` parameters. The CLI
 * prints these; the app shows `import.note.<code>` from src/i18n instead, so a reader gets the report
 * in their own language (tests/unit/importers/notes.test.ts fails when a code has no en or nb string,
 * or when en.ts says something other than this file). Singular and plural are separate codes, so no
 * language has to guess a plural form.
 */
export const NOTE_MESSAGES = {
  'hotspots.too-many': 'A scene can hold 200 hotspots; the ones after that were left out.',
  'cube.failed': 'The six cube pictures could not be joined into one photo, so the scene has a placeholder picture for you to replace.',
  'cube.failed.many': 'The cube pictures of {count} scenes could not be joined into photos, so those scenes have a placeholder picture for you to replace.',
  'cube.joined': 'This scene was a cube of six pictures (or picture tiles); they are joined into one 360° photo.',
  'cube.joined.many': '{count} scenes were cubes of six pictures (or picture tiles); each is joined into one 360° photo.',
  'cube.not-joined':
    'This scene is a cube of six pictures (or picture tiles). Only the Storyscape app can join them into one photo, so here the scene has a placeholder picture. Import the tour in the app to bring the photo in.',
  'cube.not-joined.many':
    '{count} scenes are cubes of six pictures (or picture tiles). Only the Storyscape app can join them into one photo, so here those scenes have a placeholder picture. Import the tour in the app to bring the photos in.',
  'licence.unknown': 'The file does not say under which licence it may be shared, so the story’s licence is “not given”. Ask the author before you share it.',
  'language.assumed': 'The file does not say which language its words are in, so the story is marked as “{language}”. If that is wrong, import it again with --language and the language’s code (for example --language nb).',
  'language.from-source': 'The file says its words are in “{language}”, so the story is marked as that language.',
  'range.pitch': 'A direction pointed further up or down than is possible ({value}°), so it was set to {limit}°.',
  'range.pitch.many': '{count} directions pointed further up or down than is possible, so they were set to straight up or straight down.',
  'range.fov': 'A zoom was wider or narrower than Storyscape allows ({value}°), so it was set to {limit}°.',
  'range.fov.many': '{count} zooms were wider or narrower than Storyscape allows (30° to 110°), so they were set to the nearest allowed value.',
  'link.unsafe': 'The information point “{label}” had a link that is not a web page or e-mail address (“{scheme}”), so the link was left out.',
  'link.unsafe.many': '{count} information points had links that are not web pages or e-mail addresses (such as “{scheme}”), so those links were left out.',
  'link.label-from-title': 'A link had no words, so it shows the name of the scene it leads to.',
  'link.label-from-title.many': '{count} links had no words, so they show the name of the scene they lead to.',

  'twine.special-passage': 'The passage “{passage}” is code or page decoration for Twine, not a place, so it was left out.',
  'twine.story-script': 'The story’s own JavaScript (Story JavaScript) cannot run in Storyscape, so it was left out.',
  'twine.story-style': 'The story’s own look (Story Stylesheet) was left out: Storyscape stories use Storyscape’s look.',
  'twine.link-missing': 'The link “{label}” goes to “{target}”, but there is no passage called that. Add the link again in the editor.',
  'twine.link-missing-near':
    'The link “{label}” goes to “{target}”, but there is no passage called that (names must match exactly, capitals too: did you mean “{near}”?). Add the link again in the editor.',
  'twine.macro-dropped': 'A macro (Twine code) could not come across; the readable text around it is kept.',
  'twine.macros-dropped': '{count} macros (Twine code) could not come across; the readable text around them is kept.',
  'twine.markdown-link': '“{text}” looks like a link written as [text](target). Twine does not treat it as a link, so it stays text.',
  'twine.markdown-links': '{text} look like links written as [text](target). Twine does not treat them as links, so they stay text.',
  'twine.placeholders':
    'Twine passages have no pictures, so every scene has a “your 360° photo goes here” picture with the passage’s name for you to replace, the passage text as an information point and its links as arrows spread across the view.',
  'twine.ending': '1 passage has no links out, so it is marked as an ending.',
  'twine.endings': '{count} passages have no links out, so they are marked as endings.',
  'twine.macros-info': 'Storyscape does not run Twine code. Links, variables and conditions it can say exactly came across as choices and conditions; the rest is listed here.',
  'twine.no-start': 'The story does not say where it starts, so it starts at “{start}”.',
  'twine.start-missing': 'The start passage “{wanted}” is missing, so the story starts at “{start}”.',
  'twine.variables-left-out': 'Twine code that uses {variables} could not be said exactly as a Storyscape choice or condition, so it was left out here.',
  'twine.set-after-read': 'This passage changes {variables} after it looks at them. Storyscape makes the change as the reader arrives, so check the choices here.',
  'twine.condition-kept-all': 'A condition here could not be said exactly, so everything it chooses between is shown, each part as its own paragraph.',
  'twine.goto-choice': 'In Twine this passage goes on to the next one by itself; here the reader chooses an arrow to go on.',
  'twine.variables-unset': 'The story uses {variables} before giving them a value, so they start as 0, false or empty text.',
  'twine.variables-too-many': 'A story can have 200 variables; {variables} were left out, with the choices and conditions that use them.',
  'twine.included-passages': 'The passages {passages} are only shown inside other passages, so their words and links are part of those scenes instead of scenes of their own.',

  'marzipano.code-ignored':
    'The file “{file}” has code besides the tour’s data. Storyscape read only the data (it never runs code) and ignored the rest, such as “{code}”.',
  'marzipano.link-missing': 'A link to “{target}” was left out: there is no scene with that id in the tour.',
  'marzipano.link-self': 'A link in this scene leads back to the same scene. It was kept; check that this is what you want.',
  'marzipano.info-html': 'The text of “{title}” had formatting (HTML); it is kept as plain text.',
  'marzipano.info-html.many': 'The text of {count} information points had formatting (HTML); it is kept as plain text.',
  'marzipano.link-self.many': '{count} links lead back to the scene they are in. They were kept; check that this is what you want.',
  'marzipano.link-missing.many': '{count} links were left out because the scenes they lead to are not in the tour.',
  'marzipano.tiles-missing-all':
    'The scenes’ pictures (the “tiles” folder) were not among your files, so they have a placeholder picture for you to replace. Choose the whole exported folder to bring the photos in.',
  'marzipano.tiles-missing-some':
    '{count} of the scenes’ pictures (the “tiles” folder) were not among your files, so they have a placeholder picture for you to replace. Choose the whole exported folder to bring the photos in.',
  'marzipano.autorotate': 'The tour turned by itself (autorotate); Storyscape scenes do not.',

  'pannellum.picture-unreadable': 'The picture “{picture}” could not be read as a photo, so the scene has a placeholder picture for you to replace.',
  'pannellum.picture-missing':
    'The picture “{picture}” was not among the files you chose, so the scene has a placeholder picture for you to replace. Choose the tour’s folder (or its pictures too) to bring the photo in.',
  'pannellum.picture-none': 'The tour names no picture for this scene, so it has a placeholder picture for you to replace.',
  'pannellum.cube-missing': 'This scene is a cube of six pictures and {count} of them were not among your files, so the scene has a placeholder picture for you to replace.',
  'pannellum.multires':
    'This scene is a “multires” tiled panorama, which Storyscape cannot read. The scene is kept with a placeholder picture: put in the original 360° photo (the one the tiles were made from).',
  'pannellum.unknown-type': 'This scene has a kind of picture (“{type}”) that Storyscape does not know, so it has a placeholder picture.',
  'pannellum.partial':
    'This photo does not go all the way round (a partial panorama). Storyscape stretches every photo all the way round, so it may look stretched: use a full 360° photo if you can.',
  'pannellum.horizon': 'The tour straightened a tilted horizon; Storyscape shows the photo as it is.',
  'pannellum.fov':
    'Pannellum measures how far you can see from side to side; Storyscape measures it from top to bottom. The zoom is converted for a 16:9 screen, so it may look a little different.',
  'pannellum.link-missing': 'A link to the scene “{target}” was left out: there is no scene with that name in the tour.',
  'pannellum.link-target-view': 'The link “{link}” turned the view to a set direction on arrival. In Storyscape each scene has one arrival view, so check it.',
  'pannellum.link-target-view.many':
    '{count} links turned the view to a set direction on arrival. In Storyscape each scene has one arrival view, so check the scenes they lead to.',
  'pannellum.link-missing.many': '{count} links were left out because the scenes they lead to are not in the tour.',
  'pannellum.hotspot-code.many': '{count} hotspots had their own look or code (cssClass, click handler); they use Storyscape’s own look instead.',
  'pannellum.unknown-hotspot.many': '{count} hotspots of kinds Storyscape does not know were left out.',
  'pannellum.picture-missing.many':
    '{count} scenes’ pictures were not among the files you chose, so those scenes have a placeholder picture for you to replace. Choose the tour’s folder (or its pictures too) to bring the photos in.',
  'pannellum.picture-by-name': 'The tour gives the picture “{picture}” as a web address; the file with the same name among your files is used.',
  'pannellum.picture-by-name.many': '{count} pictures were given as web addresses; the files with the same names among your files are used.',
  'pannellum.info-html': 'The information point “{label}” had formatting (HTML); its heading and paragraphs are kept as plain text.',
  'pannellum.info-html.many': '{count} information points had formatting (HTML); their headings and paragraphs are kept as plain text.',
  'pannellum.info-picture-missing':
    'The information point “{label}” shows the picture “{picture}”, which was not among the files you chose, so it has no picture. Choose the tour’s folder to bring it in.',
  'pannellum.info-picture-missing.many':
    '{count} information points show pictures that were not among the files you chose, so they have no picture. Choose the tour’s folder to bring them in.',
  'pannellum.unknown-hotspot': 'A hotspot of a kind Storyscape does not know (“{type}”) was left out.',
  'pannellum.hotspot-code': 'A hotspot had its own look or code (cssClass, click handler); it uses Storyscape’s own look instead.',
  'pannellum.start-missing': 'The tour starts at “{start}”, which is not one of its scenes; the story starts at the first scene instead.',

  'psv.picture-missing': 'The picture “{picture}” was not among your files (or is not a photo), so the scene has a placeholder picture for you to replace.',
  'psv.picture-tiled': 'This place has a cube or tiled picture, which is not brought in; the scene has a placeholder picture for you to replace.',
  'psv.link-missing': 'A link to “{target}” was left out: there is no place with that id.',
  'psv.link-no-direction': 'The link to “{target}” had no direction (map or GPS position), so it was put in front of the viewer: move it to the right place.',
  'psv.markers-converted': 'Markers became information points with their words as plain text; their own look (picture, HTML or drawing) is not kept.',
  'psv.marker-no-text': 'The marker “{marker}” had no text (no tooltip or content), so there was nothing to show and it was left out.',
  'psv.marker-no-position': 'The marker “{marker}” had no place in the picture that Storyscape understands, so it was left out.',
  'psv.marker-shape': 'The marker “{marker}” is a shape drawn on the picture (a polygon or a line). Storyscape hotspots are points, so it was left out: add an information point there if you need one.',
  'psv.marker-video': 'The marker “{marker}” is a video laid over the picture. Storyscape cannot play videos inside a scene, so it was left out.',
  'psv.marker-layer': 'The marker “{marker}” is a picture laid flat onto the panorama. Storyscape cannot lay pictures onto a scene, so it was left out: paint it into the 360° photo instead.',
} as const;

export type NoteCode = keyof typeof NOTE_MESSAGES;

/**
 * A note that can happen many times in one import is shown once, with how many times: a code with
 * `.many` after it (params `{ count }` and the first note's params) says it for a count. Codes without
 * one are shown once per different wording, with the scenes they are about (see report.ts).
 */
export const manyCode = (code: NoteCode): NoteCode | null => {
  const many = `${code}.many`;
  return many in NOTE_MESSAGES ? (many as NoteCode) : null;
};
export type NoteParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown name stays as it is so a mistake shows. */
export function fillTemplate(template: string, params: NoteParams): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The English words of a note. */
export const noteText = (code: NoteCode, params: NoteParams = {}): string => fillTemplate(NOTE_MESSAGES[code], params);
