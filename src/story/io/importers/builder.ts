import { SCHEMA_VERSION, type Story } from '../../schema/story.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Hotspot } from '../../schema/hotspot.ts';
import type { ImageAsset } from '../../schema/asset.ts';
import type { Variable } from '../../schema/variable.ts';
import { loadStory } from '../load.ts';
import { lintStory } from '../../graph/lint.ts';
import { newId } from '../../graph/ops.ts';
import { probeImage } from '../package/image-size.ts';
import { sniffMime } from '../package/sniff.ts';
import { assetIdOf } from '../../hash.ts';
import { MAX_SCENES, ImportError, type CubeJob, type ImportFormat, type ImportNote, type ImportOptions, type ImportResult, type ImportedMedia } from './types.ts';
import { clampFov, clampPitch, wrapYaw } from '../../angles.ts';
import { PLACEHOLDER_CREDIT } from './titled.ts';
import { noteText, type NoteCode, type NoteParams } from './notes.ts';
import { LanguageTag } from '../../schema/common.ts';
import { finishLinks, safeUrl } from './links.ts';

/** The language an import is marked as when neither the source nor the person says. */
export const FALLBACK_LANGUAGE = 'en';

/** A language tag as a source writes it ("EN", "nb_NO", " de ") in the form a story uses, or null. */
export function languageTag(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const [primary = '', ...rest] = v.trim().replaceAll('_', '-').split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return LanguageTag.safeParse(tag).success ? tag : null;
}

/** Makes ids that the schema accepts ("Dark Forest!" -> "Dark-Forest"), unique, and remembered by the original name. */
export function idMaker(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const base = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'scene';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

/** "English (en)": a language's English name and its code, for the report. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** Collects scenes, media and report notes while an importer reads a file, then checks the result. */
export class StoryBuilder {
  readonly scenes: Scene[] = [];
  readonly notes: ImportNote[] = [];
  readonly media = new Map<string, ImportedMedia>();
  readonly cubeJobs: CubeJob[] = [];
  private readonly assets = new Map<string, ImageAsset>();
  private placeholderId: string | null = null;
  private hotspotCount = 0;
  startSceneId: string | null = null;
  title = 'Imported story';
  author: string | null = null;
  /** The story's variables (Twine stories have them). */
  variables: Variable[] = [];
  /** The language the words are in, once known (the person's choice wins over what the source says). */
  readonly language: string;
  private languageFromSource = false;

  constructor(
    readonly format: ImportFormat,
    readonly source: string,
    private readonly options: ImportOptions,
  ) {
    this.language = languageTag(options.language) ?? FALLBACK_LANGUAGE;
  }

  /**
   * What the source says its language is (call before adding any words). Ignored when the person chose
   * one, or when it is not a language code.
   */
  sourceLanguage(v: unknown): void {
    const tag = languageTag(v);
    if (!tag || languageTag(this.options.language)) return;
    (this as { language: string }).language = tag;
    this.languageFromSource = true;
  }

  /** Words in the story's language. */
  text(s: string): Record<string, string> {
    return { [this.language]: s };
  }

  /** A pitch in range; one out of range is clamped, with a note. */
  pitch(deg: number, scene?: string): number {
    const v = clampPitch(deg);
    if (Math.abs(v - deg) > 1e-6) this.note('approximated', 'range.pitch', { value: Math.round(deg * 10) / 10, limit: v }, scene);
    return v;
  }

  /** A field of view (vertical, degrees) in range; one out of range is clamped, with a note. */
  fov(deg: number, scene?: string): number {
    const v = clampFov(deg);
    if (Math.abs(v - deg) > 0.01) this.note('approximated', 'range.fov', { value: Math.round(deg * 10) / 10, limit: v }, scene);
    return v;
  }

  note(kind: ImportNote['kind'], code: NoteCode, params: NoteParams = {}, scene?: string): void {
    const note: ImportNote = { kind, code, params, message: noteText(code, params) };
    this.notes.push(scene === undefined ? note : { ...note, scene });
  }

  /** The shared "your 360° photo goes here" picture. */
  placeholder(): string {
    if (this.placeholderId) return this.placeholderId;
    const id = this.image(this.options.placeholder, 'your-360-photo-here.jpg', true);
    if (!id) throw new ImportError('import.placeholder-broken');
    this.placeholderId = id;
    return id;
  }

  /** Adds a picture from the tour; null when it is not a picture we can read. */
  image(bytes: Uint8Array, name: string, placeholder = false): string | null {
    const probe = probeImage(bytes);
    const mime = sniffMime(bytes);
    if (probe.status !== 'ok' || !mime?.startsWith('image/')) return null;
    const id = assetIdOf(bytes);
    if (!this.assets.has(id)) {
      this.assets.set(id, {
        id,
        kind: 'image',
        mime,
        bytes: bytes.length,
        name: name.split('/').pop()!.slice(0, 500),
        width: probe.width,
        height: probe.height,
        credit: placeholder ? { ...PLACEHOLDER_CREDIT } : { source: `Imported from ${this.source}`.slice(0, 2000) },
        consent: { peopleRecognisable: 'unknown', consentRecorded: false },
        alt: placeholder ? this.text('Placeholder picture, to be replaced: “Your 360° photo goes here”.') : {},
        ...(placeholder ? { placeholder: true } : {}),
      });
      this.media.set(id, { bytes, mime });
    }
    return id;
  }

  /** Width and height of a picture added with image(), or null. */
  imageSize(id: string | null): { width: number; height: number } | null {
    const a = id ? this.assets.get(id) : undefined;
    return a ? { width: a.width, height: a.height } : null;
  }

  addScene(scene: { id: string; title: string; panorama: string | null; view?: Scene['view']; northOffset?: number; map?: { x: number; y: number } }): Scene {
    if (this.scenes.length >= MAX_SCENES) throw new ImportError('import.too-many-scenes', { max: MAX_SCENES });
    const s: Scene = {
      id: scene.id,
      title: this.text(scene.title.slice(0, 20_000)),
      panorama: scene.panorama,
      view: scene.view ? { yaw: wrapYaw(scene.view.yaw), pitch: this.pitch(scene.view.pitch, scene.title), fov: this.fov(scene.view.fov, scene.title) } : { yaw: 0, pitch: 0, fov: 75 },
      northOffset: wrapYaw(scene.northOffset ?? 0),
      soundscape: { beds: [], sources: [] },
      hotspots: [],
      map: scene.map ?? { x: (this.scenes.length % 6) * 260, y: Math.floor(this.scenes.length / 6) * 200 },
    };
    this.scenes.push(s);
    return s;
  }

  private hotspot(scene: Scene, kind: string, yaw: number, pitch: number, label: string, action: Hotspot['action']): void {
    if (scene.hotspots.length >= 200) {
      this.note('dropped', 'hotspots.too-many', {}, scene.title[this.language]);
      return;
    }
    this.hotspotCount++;
    const where = scene.title[this.language];
    scene.hotspots.push({ id: `${kind}-${this.hotspotCount}`, yaw: wrapYaw(yaw), pitch: this.pitch(pitch, where), label: label ? this.text(label.slice(0, 20_000)) : {}, action });
  }

  link(scene: Scene, yaw: number, pitch: number, label: string, targetId: string): void {
    this.hotspot(scene, 'link', yaw, pitch, label, { type: 'goto', sceneId: targetId });
  }

  info(scene: Scene, yaw: number, pitch: number, words: { label: string; title?: string; body: string; url?: string; image?: string }): void {
    const action: Hotspot['action'] = { type: 'info', text: words.body ? this.text(words.body.slice(0, 20_000)) : {} };
    if (words.title) action.title = this.text(words.title.slice(0, 20_000));
    if (words.image) action.image = words.image;
    const url = words.url ? safeUrl(words.url) : null;
    if (url) action.link = { url: url.slice(0, 2000) };
    else if (words.url) this.note('dropped', 'link.unsafe', { label: words.label || words.title || '', scheme: words.url.split(':')[0]!.slice(0, 20) }, scene.title[this.language]);
    this.hotspot(scene, 'info', yaw, pitch, words.label, action);
  }

  finish(): ImportResult {
    if (this.scenes.length === 0) throw new ImportError('import.no-scenes');
    finishLinks(this);
    this.note('info', 'licence.unknown');
    if (this.languageFromSource) this.note('info', 'language.from-source', { language: languageName(this.language) });
    else if (!languageTag(this.options.language)) this.note('info', 'language.assumed', { language: languageName(this.language) });
    const now = (this.options.now ?? (() => new Date()))().toISOString();
    const story: Story = {
      schemaVersion: SCHEMA_VERSION,
      id: this.options.storyId ?? newId('story'),
      meta: {
        title: this.text(this.title.slice(0, 200) || 'Imported story'),
        languages: [this.language],
        defaultLanguage: this.language,
        authors: this.author ? [{ name: this.author.slice(0, 200) }] : [],
        // Not given: only the author can say how their tour may be shared (the player shows "licence not given").
        licence: '',
        credits: this.text(`Imported from ${this.source} (${FORMAT_NAMES[this.format]}).`),
        createdAt: now,
        updatedAt: now,
      },
      startSceneId: this.startSceneId ?? this.scenes[0]!.id,
      scenes: this.scenes,
      assets: [...this.assets.values()],
      variables: this.variables,
    };
    const loaded = loadStory(story);
    if (!loaded.ok) throw new ImportError('import.story-broken', { detail: loaded.problems.map((p) => p.message).join(' ') });
    let links = 0;
    let infos = 0;
    for (const s of loaded.story.scenes) for (const h of s.hotspots) {
      if (h.action.type === 'goto') links++;
      else infos++;
    }
    const placeholders = loaded.story.scenes.filter((s) => s.panorama !== null && s.panorama === this.placeholderId).length;
    return {
      story: loaded.story,
      report: {
        format: this.format,
        source: this.source,
        scenes: loaded.story.scenes.length,
        links,
        infos,
        placeholders,
        notes: this.notes,
        language: { tag: this.language, from: this.languageFromSource ? 'source' : languageTag(this.options.language) ? 'person' : 'assumed' },
      },
      media: this.media,
      cubeJobs: this.cubeJobs,
      problems: lintStory(loaded.story),
    };
  }
}

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  pannellum: 'Pannellum tour',
  marzipano: 'Marzipano Tool export',
  'photo-sphere-viewer': 'Photo Sphere Viewer tour',
  'twine-html': 'Twine 2 story',
  twee: 'Twee 3 story',
};
