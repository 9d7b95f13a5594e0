import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CollectBody, CollectionEntryInfo } from '../../live/service-api.ts';
import { writePackage } from '../../story/io/package/index.ts';
import { nodeSha256 } from '../../story/hash-node.ts';
import { backupStream, currentStories } from '../backup.ts';
import { HubError, words } from '../errors.ts';
import type { CollectionEntry } from '../store/service-types.ts';
import type { HubStore, MediaStore } from '../store/types.ts';

/**
 * The collection (#17): stories kept beyond their session, each with its title, place, language
 * and the consent recorded with it (who consented, when, for what use). A collected story stays on
 * the hub when its session's photos are deleted, by the facilitator or by retention.
 */
export async function collectionInfo(store: HubStore): Promise<CollectionEntryInfo[]> {
  const [entries, rooms] = await Promise.all([store.collection(), store.rooms()]);
  const roomNames = new Map(rooms.map((r) => [r.id, r.name]));
  const out: CollectionEntryInfo[] = [];
  for (const e of entries) {
    const head = await store.storyHead(e.storyId);
    out.push({ ...e, version: head?.version ?? 0, scenes: head?.scenes ?? 0, roomName: head ? (roomNames.get(head.roomId) ?? '') : '' });
  }
  return out;
}

export async function collect(store: HubStore, body: CollectBody & { consent: { note: string } }, by: string, now = new Date()): Promise<CollectionEntry> {
  if (!(await store.storyHead(body.storyId))) throw words.storyNotFound();
  const at = now.toISOString();
  const before = await store.collectionEntry(body.storyId);
  const entry: CollectionEntry = {
    storyId: body.storyId,
    title: body.title,
    place: body.place,
    language: body.language,
    consent: { by: body.consent.by, at: body.consent.at, uses: [...new Set(body.consent.uses)], note: body.consent.note },
    addedAt: before?.addedAt ?? at,
    addedBy: before?.addedBy ?? by,
    updatedAt: at,
  };
  await store.putCollectionEntry(entry);
  return entry;
}

const toNode = (s: ReadableStream<Uint8Array>) => Readable.fromWeb(s as NodeReadableStream<Uint8Array>);

/** Every collected story's current version in the library's backup format. */
export async function collectionBackup(store: HubStore, media: MediaStore, appVersion: string): Promise<Readable> {
  const entries = await store.collection();
  if (!entries.length) throw new HubError(404, 'nothing-to-export', 'The collection is empty, so there is nothing to export yet.');
  const heads = (await Promise.all(entries.map((e) => store.storyHead(e.storyId)))).filter((h) => h !== null);
  return toNode(backupStream(media, await currentStories(store, heads), appVersion));
}

/** One collected story as a .storyscape package. */
export async function collectionPackage(store: HubStore, media: MediaStore, storyId: string, appVersion: string): Promise<{ stream: Readable; title: string }> {
  const entry = await store.collectionEntry(storyId);
  const head = entry ? await store.storyHead(storyId) : null;
  const [story] = head ? await currentStories(store, [head]) : [];
  if (!entry || !story) throw words.storyNotFound();
  const stream = writePackage(
    story,
    async (id) => {
      const s = await media.get(id);
      return s ? (Readable.toWeb(s) as ReadableStream<Uint8Array>) : null;
    },
    { appVersion, sha256: nodeSha256 },
  );
  return { stream: toNode(stream), title: entry.title };
}

const csvCell = (v: string) => {
  // Spreadsheets run cells that start with = + - @ as formulas: such text is quoted as text.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The consent records as a spreadsheet (CSV, UTF-8 with a BOM so spreadsheet programs read the letters right). */
export async function consentRecordsCsv(store: HubStore): Promise<string> {
  const rows = [['story id', 'title', 'place', 'language', 'consent given by', 'consent date', 'uses', 'note', 'added', 'added by', 'changed']];
  for (const e of await store.collection()) {
    rows.push([e.storyId, e.title, e.place, e.language, e.consent.by, e.consent.at, e.consent.uses.join(' '), e.consent.note, e.addedAt, e.addedBy, e.updatedAt]);
  }
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "kept-stories-2026-03-14.storyscape" style names, from a title. */
export function fileNameFor(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${base || 'story'}${ext}`;
}
