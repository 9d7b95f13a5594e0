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
import { clampPitch, wrapYaw } from '../../angles.ts';
import { PLACEHOLDER_CREDIT } from './titled.ts';
import { noteText, type NoteCode, type NoteParams } from './notes.ts';

const LANG = 'en';
const text = (s: string) => ({ [LANG]: s });

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

  constructor(
    readonly format: ImportFormat,
    readonly source: string,
    private readonly options: ImportOptions,
  ) {}

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
        alt: placeholder ? text('Placeholder picture, to be replaced: “Your 360° photo goes here”.') : {},
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
      title: text(scene.title.slice(0, 20_000)),
      panorama: scene.panorama,
      view: scene.view ?? { yaw: 0, pitch: 0, fov: 75 },
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
      this.note('dropped', 'hotspots.too-many', {}, scene.title[LANG]);
      return;
    }
    this.hotspotCount++;
    scene.hotspots.push({ id: `${kind}-${this.hotspotCount}`, yaw: wrapYaw(yaw), pitch: clampPitch(pitch), label: label ? text(label.slice(0, 20_000)) : {}, action });
  }

  link(scene: Scene, yaw: number, pitch: number, label: string, targetId: string): void {
    this.hotspot(scene, 'link', yaw, pitch, label, { type: 'goto', sceneId: targetId });
  }

  info(scene: Scene, yaw: number, pitch: number, words: { label: string; title?: string; body: string; url?: string }): void {
    const action: Hotspot['action'] = { type: 'info', text: words.body ? text(words.body.slice(0, 20_000)) : {} };
    if (words.title) action.title = text(words.title.slice(0, 20_000));
    if (words.url) action.link = { url: words.url.slice(0, 2000) };
    this.hotspot(scene, 'info', yaw, pitch, words.label, action);
  }

  finish(): ImportResult {
    if (this.scenes.length === 0) throw new ImportError('import.no-scenes');
    const now = (this.options.now ?? (() => new Date()))().toISOString();
    const story: Story = {
      schemaVersion: SCHEMA_VERSION,
      id: this.options.storyId ?? newId('story'),
      meta: {
        title: text(this.title.slice(0, 200) || 'Imported story'),
        languages: [LANG],
        defaultLanguage: LANG,
        authors: this.author ? [{ name: this.author.slice(0, 200) }] : [],
        licence: 'CC-BY-4.0',
        credits: text(`Imported from ${this.source} (${FORMAT_NAMES[this.format]}).`),
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
      report: { format: this.format, source: this.source, scenes: loaded.story.scenes.length, links, infos, placeholders, notes: this.notes },
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
