import type { LocalizedText } from '../schema/common.ts';
import type { Asset } from '../schema/asset.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { Scene } from '../schema/scene.ts';
import type { Story } from '../schema/story.ts';
import type { Condition, Effect, Variable, VariableValue } from '../schema/variable.ts';
import { pointer, type Problem, type Severity } from '../problems.ts';
import { reachableFrom } from './reach.ts';
import { hasAnyText, hasText, languageName, listWords, pickText, quoteName, shorten } from './text.ts';

/**
 * Lint: findings about a valid story that loading cannot catch (broken links, unreachable scenes,
 * missing alt text, missing translations...). Pure and fast: single passes with Maps and Sets.
 *
 * Every finding has a stable code from LINT_CODES (its severity lives there), a message a
 * 14-year-old can act on (what is wrong AND what to do, naming things by title or label), the
 * scene/hotspot ids when it is about one, and a JSON Pointer to the field.
 */

interface CodeInfo {
  severity: Severity;
  /** One line for the editor's help page: what the code means. */
  summary: string;
}

export const LINT_CODES = {
  'story-empty': { severity: 'error', summary: 'The story has no scenes yet.' },
  'start-scene-missing': { severity: 'error', summary: 'No start scene is chosen.' },
  'start-scene-not-found': { severity: 'error', summary: 'The start scene does not exist.' },
  'link-target-missing': { severity: 'error', summary: 'A go-to hotspot leads to a scene that does not exist.' },
  'asset-missing': {
    severity: 'error',
    summary: 'A panorama, picture or sound is used but is not in the story\'s media list.',
  },
  'asset-wrong-kind': { severity: 'error', summary: 'A picture is used where a sound is expected, or the other way round.' },
  'duplicate-id': { severity: 'error', summary: 'Two scenes, hotspots, sounds or variables share one id.' },
  'variable-unknown': { severity: 'error', summary: 'A condition or effect uses a variable that does not exist.' },
  'info-link-invalid': { severity: 'error', summary: 'An info link is not a web (http/https) or e-mail (mailto) address.' },
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

/** Hotspots closer than this many degrees (on the sphere) are reported as overlapping. */
export const OVERLAP_DEGREES = 3;

const ALLOWED_LINK = /^(https?:|mailto:)$/i;

/** True for links the player opens: http(s) with a host, or mailto with an address. */
export function isOpenableLink(url: string): boolean {
  const u = url.trim();
  if (u === '' || /\s/.test(u)) return false;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return false;
  }
  if (!ALLOWED_LINK.test(parsed.protocol)) return false;
  if (parsed.protocol.toLowerCase() === 'mailto:') return parsed.pathname.includes('@');
  return parsed.hostname !== '';
}

/** A guess at what the author meant, for links written without https:// or mailto:. */
function linkHint(url: string): string {
  const u = url.trim();
  if (/^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i.test(u)) return ` Did you mean "mailto:${u}"?`;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(u)) return ` Did you mean "https://${u}"?`;
  return '';
}

const typeOf = (v: VariableValue): 'number' | 'boolean' | 'string' =>
  typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
const TYPE_WORDS = { number: 'a number', boolean: 'yes/no (true or false)', string: 'text' } as const;

const KIND_WORDS = { goto: 'go-to hotspot', info: 'info hotspot', sound: 'sound hotspot' } as const;

type Path = readonly PropertyKey[];

interface AssetUse {
  /** Words for the first place the asset is used, e.g. 'the panorama of scene "Park"'. */
  where: string;
  /** Used somewhere a transcript matters (not only as narration that has captions). */
  needsTranscript: boolean;
}

export function lintStory(story: Story): Problem[] {
  const out: Problem[] = [];
  const lang = story.meta.defaultLanguage;
  const languages = [...new Set([lang, ...story.meta.languages])];
  const otherLanguages = languages.filter((l) => l !== lang);
  const langWords = languageName(lang).replace(/ \([^)]*\)$/, '');

  const report = (code: LintCode, message: string, path: Path, sceneId?: string, hotspotId?: string) => {
    const p: Problem = { severity: LINT_CODES[code].severity, code, message, path: pointer(path) };
    if (sceneId !== undefined) p.sceneId = sceneId;
    if (hotspotId !== undefined) p.hotspotId = hotspotId;
    out.push(p);
  };

  /**
   * One "translation-missing" per field that has some text but lacks one of the story's languages.
   * `skipMain`: the main language has its own code for this field (e.g. hotspot-no-label).
   */
  const translations = (
    text: LocalizedText | undefined,
    path: Path,
    what: () => string,
    skipMain: boolean,
    sceneId?: string,
    hotspotId?: string,
  ) => {
    if (!text) return;
    const check = skipMain ? otherLanguages : languages;
    if (check.length === 0) return;
    let missing: string[] | undefined;
    for (const l of check) if (!hasText(text, l)) (missing ??= []).push(l);
    if (!missing || !hasAnyText(text)) return;
    const names = listWords(missing.map(languageName));
    report(
      'translation-missing',
      `${what()} is not written in ${names} yet. Add the ${missing.length > 1 ? 'translations' : 'translation'}, or remove ${missing.length > 1 ? 'these languages' : 'this language'} from the story's languages.`,
      path,
      sceneId,
      hotspotId,
    );
  };

  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sceneWords = (s: Scene) => `scene ${quoteName(s.title, lang, s.id)}`;
  const hotspotWords = (h: Hotspot, s: Scene) => {
    const label = pickText(h.label, lang);
    return label
      ? `the hotspot "${shorten(label)}" in ${sceneWords(s)}`
      : `the ${KIND_WORDS[h.action.type]} without a label (id "${h.id}") in ${sceneWords(s)}`;
  };
  const assetWords = (a: Asset) => `the ${a.kind === 'image' ? 'picture' : 'sound'} "${shorten(a.name || a.id.slice(0, 12))}"`;

  // ---- story-wide ----
  if (!hasText(story.meta.title, lang)) {
    report(
      'story-title-empty',
      `The story has no title in ${langWords}. Give it a title: it is shown in the library and when the story starts.`,
      ['meta', 'title'],
    );
  }
  translations(story.meta.title, ['meta', 'title'], () => 'The story\'s title', true);
  translations(story.meta.description, ['meta', 'description'], () => 'The story\'s description', false);

  // ---- indexes ----
  const sceneById = new Map<string, Scene>();
  story.scenes.forEach((s, i) => {
    if (sceneById.has(s.id)) {
      report(
        'duplicate-id',
        `Two scenes have the id "${s.id}" (${sceneWords(sceneById.get(s.id)!)} and scene ${i + 1}). Every scene needs its own id: rename one of them.`,
        ['scenes', i, 'id'],
        s.id,
      );
    } else sceneById.set(s.id, s);
  });
  const assetById = new Map<string, { asset: Asset; index: number }>();
  story.assets.forEach((a, i) => {
    if (!assetById.has(a.id)) assetById.set(a.id, { asset: a, index: i });
  });
  const variableById = new Map<string, Variable>();
  story.variables.forEach((v, i) => {
    if (variableById.has(v.id)) {
      report(
        'duplicate-id',
        `Two variables have the id "${v.id}" ("${shorten(variableById.get(v.id)!.name)}" and "${shorten(v.name)}"). Rename one of them.`,
        ['variables', i, 'id'],
      );
    } else variableById.set(v.id, v);
  });
  const assetUse = new Map<string, AssetUse>();

  /** Checks one asset reference: it exists and is of the right kind. Records the use. */
  const noteAsset = (
    id: string,
    kind: Asset['kind'],
    where: () => string,
    path: Path,
    needsTranscript: boolean,
    sceneId?: string,
    hotspotId?: string,
  ) => {
    const found = assetById.get(id);
    const use = assetUse.get(id);
    if (use) use.needsTranscript ||= needsTranscript;
    else assetUse.set(id, { where: where(), needsTranscript });
    if (!found) {
      report(
        'asset-missing',
        `${cap(where())} is not in the story's media list (file ${id.slice(0, 12)}…). Add the ${kind === 'image' ? 'picture' : 'sound'} again, or choose another one.`,
        path,
        sceneId,
        hotspotId,
      );
    } else if (found.asset.kind !== kind) {
      report(
        'asset-wrong-kind',
        `${cap(where())} is ${assetWords(found.asset)}, but it should be ${kind === 'image' ? 'a picture' : 'a sound'}. Choose ${kind === 'image' ? 'a picture' : 'a sound'} instead.`,
        path,
        sceneId,
        hotspotId,
      );
    }
  };

  const checkVariable = (
    c: Condition | Effect,
    kind: 'condition' | 'effect',
    path: Path,
    words: () => string,
    sceneId: string,
    hotspotId: string,
  ) => {
    const v = variableById.get(c.variable);
    if (!v) {
      report(
        'variable-unknown',
        `${kind === 'effect' ? 'An' : 'A'} ${kind} of ${words()} uses the variable "${c.variable}", which does not exist. Create the variable, or choose another one.`,
        [...path, 'variable'],
        sceneId,
        hotspotId,
      );
      return;
    }
    const type = typeOf(v.initial);
    let expected: 'number' | 'boolean' | 'string' | undefined;
    if (c.op === 'add') expected = 'number';
    else if (c.op === 'toggle') expected = 'boolean';
    else if (c.op === 'gt' || c.op === 'gte' || c.op === 'lt' || c.op === 'lte') expected = 'number';
    if (expected === undefined || expected === type) {
      if ('value' in c && typeOf(c.value) !== type) expected = typeOf(c.value);
      else return;
    }
    report(
      'variable-type-mismatch',
      `${kind === 'effect' ? 'An' : 'A'} ${kind} of ${words()} treats the variable "${shorten(v.name)}" as ${TYPE_WORDS[expected]}, but it holds ${TYPE_WORDS[type]}. Change the ${kind} or the variable's starting value.`,
      path,
      sceneId,
      hotspotId,
    );
  };

  const hotspotSeen = new Map<string, Scene>();
  const soundSeen = new Map<string, Scene>();
  /** Sound ids (beds and placed sounds) are unique story-wide. */
  const sound = (id: string, path: Path, s: Scene) => {
    const prev = soundSeen.get(id);
    if (prev) {
      report(
        'duplicate-id',
        `Two sounds have the id "${id}" (in ${sceneWords(prev)} and ${sceneWords(s)}). Every sound needs its own id: rename one of them.`,
        [...path, 'id'],
        s.id,
      );
    } else soundSeen.set(id, s);
  };

  // ---- scenes ----
  if (story.scenes.length === 0) {
    report('story-empty', 'The story has no scenes yet. Add a first scene: it is where the story starts.', ['scenes']);
  } else if (story.startSceneId === null) {
    report(
      'start-scene-missing',
      'The story has no start scene. Choose the scene where readers begin.',
      ['startSceneId'],
    );
  } else if (!sceneById.has(story.startSceneId)) {
    report(
      'start-scene-not-found',
      `The start scene ("${story.startSceneId}") does not exist: it may have been deleted. Choose the scene where readers begin.`,
      ['startSceneId'],
    );
  }

  const reachable = story.startSceneId !== null && sceneById.has(story.startSceneId) ? reachableFrom(story, story.startSceneId, sceneById) : null;
  let endings = 0;

  story.scenes.forEach((s, si) => {
    const sp: Path = ['scenes', si];
    const sid = s.id;
    if (s.ending) endings++;

    if (!hasText(s.title, lang)) {
      report(
        'scene-title-empty',
        `Scene ${si + 1} ("${sid}") has no title in ${langWords}. Give it a short title, such as "The old bridge".`,
        [...sp, 'title'],
        sid,
      );
    }
    translations(s.title, [...sp, 'title'], () => `The title of ${sceneWords(s)}`, true, sid);
    translations(s.description, [...sp, 'description'], () => `The description of ${sceneWords(s)}`, false, sid);
    if (s.ending) translations(s.ending.text, [...sp, 'ending', 'text'], () => `The ending text of ${sceneWords(s)}`, false, sid);

    // panorama
    if (s.panorama === null) {
      report(
        'panorama-missing',
        `${cap(sceneWords(s))} has no 360° picture yet. Add a panorama photo or drawing to it.`,
        [...sp, 'panorama'],
        sid,
      );
    } else {
      noteAsset(s.panorama, 'image', () => `the panorama of ${sceneWords(s)}`, [...sp, 'panorama'], false, sid);
      const a = assetById.get(s.panorama)?.asset;
      if (a && a.kind === 'image' && a.placeholder) {
        report(
          'panorama-placeholder',
          `${cap(sceneWords(s))} still shows the template's placeholder picture. Replace it with your own 360° photo or drawing.`,
          [...sp, 'panorama'],
          sid,
        );
      }
    }

    // reachability, dead ends
    if (reachable && !reachable.has(sid) && sceneById.get(sid) === s) {
      report(
        'scene-unreachable',
        `Readers can never get to ${sceneWords(s)}: no go-to hotspot leads there from the start. Link to it from another scene, or delete it if you do not need it.`,
        sp,
        sid,
      );
    }
    let hasGoto = false;

    // hotspots
    const hs = s.hotspots;
    s.hotspots.forEach((h, hi) => {
      const hp: Path = [...sp, 'hotspots', hi];
      const hid = h.id;
      const prev = hotspotSeen.get(hid);
      if (prev) {
        report(
          'duplicate-id',
          `Two hotspots have the id "${hid}" (in ${sceneWords(prev)} and ${sceneWords(s)}). Every hotspot needs its own id: rename one of them.`,
          [...hp, 'id'],
          sid,
          hid,
        );
      } else hotspotSeen.set(hid, s);

      if (!hasText(h.label, lang)) {
        report(
          'hotspot-no-label',
          `The ${KIND_WORDS[h.action.type]} "${h.id}" in ${sceneWords(s)} has no label in ${langWords}${hasAnyText(h.label) ? ' (only in other languages)' : ''}. Give it a short label, such as "Open the door": people who use screen readers hear it.`,
          [...hp, 'label'],
          sid,
          hid,
        );
      }
      translations(h.label, [...hp, 'label'], () => `The label of ${hotspotWords(h, s)}`, true, sid, hid);

      const action = h.action;
      const ap: Path = [...hp, 'action'];
      if (action.type === 'goto') {
        hasGoto = true;
        const target = sceneById.get(action.sceneId);
        if (!target) {
          report(
            'link-target-missing',
            `${cap(hotspotWords(h, s))} leads to a scene that does not exist ("${action.sceneId}"). Choose another scene for it, or delete the hotspot.`,
            [...ap, 'sceneId'],
            sid,
            hid,
          );
        } else if (action.sceneId === sid) {
          report(
            'hotspot-self-link',
            `${cap(hotspotWords(h, s))} leads back to the same scene, so nothing seems to happen. Check that this is what you want.`,
            [...ap, 'sceneId'],
            sid,
            hid,
          );
        }
      } else if (action.type === 'info') {
        translations(action.title, [...ap, 'title'], () => `The info title of ${hotspotWords(h, s)}`, false, sid, hid);
        translations(action.text, [...ap, 'text'], () => `The info text of ${hotspotWords(h, s)}`, false, sid, hid);
        if (action.image !== undefined) {
          noteAsset(action.image, 'image', () => `the picture in ${hotspotWords(h, s)}`, [...ap, 'image'], false, sid, hid);
        }
        if (action.link) {
          if (!isOpenableLink(action.link.url)) {
            report(
              'info-link-invalid',
              `The link in ${hotspotWords(h, s)} ("${shorten(action.link.url, 60)}") will never open: only web addresses starting with https:// or http:// and e-mail addresses starting with mailto: work.${linkHint(action.link.url)} Fix the address or remove the link.`,
              [...ap, 'link', 'url'],
              sid,
              hid,
            );
          }
          translations(action.link.label, [...ap, 'link', 'label'], () => `The link text in ${hotspotWords(h, s)}`, false, sid, hid);
        }
      } else {
        noteAsset(action.asset, 'audio', () => `the sound of ${hotspotWords(h, s)}`, [...ap, 'asset'], true, sid, hid);
      }

      h.conditions?.forEach((c, ci) => checkVariable(c, 'condition', [...hp, 'conditions', ci], () => hotspotWords(h, s), sid, hid));
      h.effects?.forEach((e, ei) => checkVariable(e, 'effect', [...hp, 'effects', ei], () => hotspotWords(h, s), sid, hid));
    });

    // overlapping hotspots (great-circle distance), each pair once, reported on the later one
    if (hs.length > 1) {
      const limit = Math.cos((OVERLAP_DEGREES * Math.PI) / 180);
      const rad = Math.PI / 180;
      const vec = hs.map((h) => {
        const y = h.yaw * rad;
        const p = h.pitch * rad;
        return [Math.cos(p) * Math.sin(y), Math.sin(p), Math.cos(p) * Math.cos(y)] as const;
      });
      for (let j = 1; j < hs.length; j++) {
        const b = vec[j]!;
        for (let i = 0; i < j; i++) {
          const a = vec[i]!;
          if (a[0] * b[0] + a[1] * b[1] + a[2] * b[2] >= limit) {
            report(
              'hotspots-overlap',
              `${cap(hotspotWords(hs[j]!, s))} is almost on top of ${hotspotWords(hs[i]!, s).replace(/ in scene .*$/, '')}, so readers may not be able to pick it. Move one of them a little.`,
              [...sp, 'hotspots', j],
              sid,
              hs[j]!.id,
            );
            break;
          }
        }
      }
    }

    if (!hasGoto && !s.ending) {
      report(
        'dead-end',
        `${cap(sceneWords(s))} is a dead end: it has no go-to hotspot and is not an ending, so readers get stuck there. Add a go-to hotspot, or mark the scene as an ending.`,
        [...sp, 'hotspots'],
        sid,
      );
    }

    // soundscape
    const ss = s.soundscape;
    const ssp: Path = [...sp, 'soundscape'];
    ss.beds.forEach((b, bi) => {
      sound(b.id, [...ssp, 'beds', bi], s);
      noteAsset(b.asset, 'audio', () => `the background sound of ${sceneWords(s)}`, [...ssp, 'beds', bi, 'asset'], true, sid);
    });
    ss.sources.forEach((src, k) => {
      sound(src.id, [...ssp, 'sources', k], s);
      noteAsset(src.asset, 'audio', () => `a placed sound in ${sceneWords(s)}`, [...ssp, 'sources', k, 'asset'], true, sid);
    });
    const n = ss.narration;
    if (n) {
      const np: Path = [...ssp, 'narration'];
      // One caption track per language, timed to that language's recording (schema/soundscape.ts).
      let tracks = 0;
      for (const l in n.captions) if (n.captions[l]!.length > 0) tracks++;
      for (const l in n.recordings) {
        const captioned = (n.captions[l]?.length ?? 0) > 0;
        noteAsset(n.recordings[l]!, 'audio', () => `the ${languageName(l)} narration of ${sceneWords(s)}`, [...np, 'recordings', l], !captioned, sid);
        if (!captioned) {
          report(
            'narration-no-captions',
            `The ${languageName(l)} narration of ${sceneWords(s)} has no captions, so people who cannot hear it miss what is said. Add captions for it (the words, with their times).`,
            [...np, 'recordings', l],
            sid,
          );
        }
      }
      if (tracks > 0) {
        let missing: string[] | undefined;
        for (const l of languages) if (!((n.captions[l]?.length ?? 0) > 0)) (missing ??= []).push(l);
        if (missing) {
          report(
            'translation-missing',
            `The narration captions of ${sceneWords(s)} are not written in ${listWords(missing.map(languageName))} yet. Add the caption ${missing.length > 1 ? 'tracks' : 'track'}, or remove ${missing.length > 1 ? 'these languages' : 'this language'} from the story's languages.`,
            [...np, 'captions'],
            sid,
          );
        }
      }
    }
  });

  if (story.scenes.length > 0 && endings === 0) {
    report(
      'no-ending',
      'The story has no ending. Mark at least one scene as an ending, so readers know when they have finished.',
      ['scenes'],
    );
  }

  // ---- assets ----
  story.assets.forEach((a, ai) => {
    const ap: Path = ['assets', ai];
    const use = assetUse.get(a.id);
    if (!use) {
      if (assetById.get(a.id)?.index === ai) {
        report(
          'asset-unused',
          `${cap(assetWords(a))} is in the story's media but used nowhere. Use it in a scene, or remove it to make the story smaller.`,
          ap,
        );
      }
    } else if (a.kind === 'image') {
      if (!a.placeholder && !hasText(a.alt, lang)) {
        report(
          'image-no-alt',
          `${cap(assetWords(a))} (${use.where}) has no description in ${langWords}. Describe in a sentence what it shows, for people who cannot see it.`,
          [...ap, 'alt'],
        );
      }
    } else if (use.needsTranscript && !hasText(a.transcript, lang)) {
      report(
        'audio-no-transcript',
        `${cap(assetWords(a))} (${use.where}) has no transcript in ${langWords}. Write what can be heard (words, or a description such as "birds singing"), for people who cannot hear it.`,
        [...ap, 'transcript'],
      );
    }
    if (a.kind === 'image') translations(a.alt, [...ap, 'alt'], () => `The description of ${assetWords(a)}`, true);
    else translations(a.transcript, [...ap, 'transcript'], () => `The transcript of ${assetWords(a)}`, true);

    if (a.consent.peopleRecognisable === 'yes' && !a.consent.consentRecorded) {
      report(
        'consent-missing',
        `${cap(assetWords(a))} ${a.kind === 'image' ? 'shows' : 'lets you hear'} people who can be recognised, and their consent is not recorded. Ask them and record their consent, or replace or blur it before sharing the story.`,
        [...ap, 'consent'],
      );
    }
    const c = a.credit;
    if (!c.author?.trim() && !c.source?.trim()) {
      report(
        'credit-missing',
        `${cap(assetWords(a))} does not say who made it or where it comes from. Add a credit, so people get thanks and you can show you may use it.`,
        [...ap, 'credit'],
      );
    }
  });

  return out;
}
