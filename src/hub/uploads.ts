import { createReadStream } from 'node:fs';
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server as TusServer, type Upload } from '@tus/server';
import { HUB_PATHS, UploadMetadata, type InboxEntry } from '../live/api.ts';
import { MAX_MEDIA_BYTES } from '../live/limits.ts';
import { sniffMedia } from '../story/io/package/sniff.ts';
import type { Caller, HubContext } from './context.ts';
import { durableWrite } from './durable.ts';
import { errorBody, HubError, toHubError, words } from './errors.ts';
import { checkPhoto, MAX_PHOTO_BYTES, phoneMediaSniffer } from './media/phone-photo.ts';
import type { MediaFacts } from './media/sniffer.ts';
import { mediaWords } from './media/words.ts';
import type { MediaFolder } from './store/media-folder.ts';
import type { InboxRecord } from './store/types.ts';
import { inboxEntry } from './routes/stories.ts';

/** tus upload ids (the default naming: 16 random bytes in hex). Anything else is never a path. */
const UPLOAD_ID = /^[0-9a-f]{32}$/;
/** Uploads not finished within 3 days are removed. */
const EXPIRE_MS = 3 * 24 * 3600_000;

/** Who sent each request, for the tus hooks (which see only the raw request). */
export const uploadCallers = new WeakMap<IncomingMessage, Caller>();

/** The upload metadata as JSON files beside the parts, each written whole or not at all. */
class DurableKvStore {
  constructor(private readonly dir: string) {}
  private path(key: string): string {
    if (!UPLOAD_ID.test(key)) throw new Error('not an upload id');
    return join(this.dir, `${key}.json`);
  }
  async get(key: string): Promise<Upload | undefined> {
    try {
      return JSON.parse(await readFile(this.path(key), 'utf8')) as Upload;
    } catch {
      return undefined;
    }
  }
  async set(key: string, value: Upload): Promise<void> {
    await durableWrite(this.path(key), JSON.stringify(value));
  }
  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
  async list(): Promise<string[]> {
    return (await readdir(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((id) => UPLOAD_ID.test(id));
  }
}

/** tus's FileStore, with every received part fsynced before the offset is acknowledged. */
class DurableFileStore extends FileStore {
  override async write(readable: Parameters<FileStore['write']>[0], id: string, offset: number): Promise<number> {
    const end = await super.write(readable, id, offset);
    const fh = await open(join(this.directory, id), 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    return end;
  }
}

const decode = (m: Upload['metadata']) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, v ?? undefined]));

/**
 * Phones' resumable uploads (tus, @tus/server + FileStore in DIR/tmp/uploads): created by a joined
 * device for a story of its room; when the last byte is in, the file gets the editor's checks
 * (./media/phone-photo.ts), goes into the media store and becomes an inbox entry of the story.
 * A hub killed after the last byte but before that finds the upload at its next start and
 * finishes it (recoverUploads), so nothing the phone was told is received is lost.
 */
export function makeTus(ctx: () => HubContext, dir: string): TusServer {
  const datastore = new DurableFileStore({ directory: dir, configstore: new DurableKvStore(dir), expirationPeriodInMilliseconds: EXPIRE_MS });
  const fail = (e: HubError) => ({ status_code: e.status, body: JSON.stringify(errorBody(e)) });
  return new TusServer({
    path: HUB_PATHS.uploads.replace(/\/$/, ''),
    datastore,
    relativeLocation: true,
    allowedOrigins: [],
    maxSize: MAX_MEDIA_BYTES,
    disableTerminationForFinishedUploads: true,
    async onUploadCreate(req, upload) {
      const caller = uploadCallers.get(req.runtime!.node!.req as IncomingMessage);
      const c = ctx();
      try {
        if (!caller?.room) throw words.notJoined();
        const meta = UploadMetadata.safeParse(decode(upload.metadata));
        if (!meta.success) throw words.badRequest('The upload does not say which story it is for.');
        await c.stories.headIn(caller.room, meta.data.storyId);
        if (upload.size !== undefined && upload.size > MAX_MEDIA_BYTES) throw mediaWords.tooBig(upload.size, MAX_MEDIA_BYTES, meta.data.filename);
        await (c.media as MediaFolder).checkRoom(upload.size ?? 0);
        return {
          metadata: {
            storyId: meta.data.storyId,
            // eslint-disable-next-line no-control-regex
            filename: meta.data.filename.replace(/[\u0000-\u001f\u007f/\\]/g, '_'),
            roomId: caller.room.id,
            deviceId: caller.device?.id ?? '',
            deviceName: caller.device?.name ?? 'Facilitator',
          },
        };
      } catch (e) {
        throw fail(toHubError(e));
      }
    },
    async onUploadFinish(_req, upload) {
      try {
        const entry = await finishUpload(ctx(), dir, upload);
        return { status_code: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ entry }) };
      } catch (e) {
        const err = toHubError(e);
        if (err.status < 500) await datastore.remove(upload.id).catch(() => {});
        throw fail(err);
      }
    },
    async onResponseError(_req, err) {
      // A part that could not be written: say why in words (a full disk most often).
      if ('status_code' in err && err.status_code === 500) {
        const full = await (ctx().media as MediaFolder).checkRoom(0).then(() => false, () => true);
        return fail(full ? words.diskFull() : words.internal());
      }
      return undefined;
    },
  });
}

/** The checks, the media store and the inbox entry for one finished upload (idempotent). */
export async function finishUpload(ctx: HubContext, dir: string, upload: Upload): Promise<InboxEntry> {
  if (!UPLOAD_ID.test(upload.id)) throw words.badRequest('That is not an upload.');
  const m = decode(upload.metadata) as Record<string, string | undefined>;
  const storyId = m.storyId ?? '';
  const roomId = m.roomId ?? '';
  const name = m.filename ?? 'file';
  const head = await ctx.store.storyHead(storyId);
  if (!head || head.roomId !== roomId) throw new HubError(410, 'story-gone', 'This story is no longer in the room, so the photo was not kept.');
  const path = join(dir, upload.id);
  const size = (await stat(path)).size;
  const fh = await open(path, 'r');
  const first = Buffer.alloc(Math.min(size, 64 * 1024));
  try {
    await fh.read(first, 0, first.length, 0);
  } finally {
    await fh.close();
  }
  const sniffed = sniffMedia(first.subarray(0, 16));
  if (!sniffed) throw mediaWords.notMedia(name);
  let put: { hash: string; bytes: number };
  let record: Omit<InboxRecord, 'hash' | 'bytes'>;
  const base = { id: `inbox-${upload.id}`, storyId, roomId, filename: name, deviceId: m.deviceId || null, deviceName: m.deviceName || 'A phone', createdAt: new Date().toISOString(), takenAt: null };
  if (sniffed.kind === 'image') {
    if (size > MAX_PHOTO_BYTES) throw mediaWords.tooBig(size, MAX_PHOTO_BYTES, name);
    const photo = await checkPhoto(await readFile(path), name);
    put = await ctx.media.put([photo.bytes]);
    record = { ...base, kind: 'image', mime: photo.facts.mime, width: photo.facts.width, height: photo.facts.height, gpano: photo.gpano ? JSON.stringify(photo.gpano) : null, notes: photo.notes };
  } else {
    // A sound or a video: checked as it streams into the media store (an MP4's tracks may be at its end).
    const sniffer = phoneMediaSniffer(name);
    let facts: MediaFacts | null = null;
    put = await ctx.media.put(createReadStream(path), { maxBytes: MAX_MEDIA_BYTES, check: (c) => sniffer.feed(c), beforeCommit: ({ bytes }) => void (facts = sniffer.finish(bytes)) });
    const f = facts as MediaFacts | null;
    if (!f) throw words.internal();
    record = { ...base, kind: f.kind, mime: f.mime, width: f.width, height: f.height, gpano: null, notes: [] };
  }
  const full: InboxRecord = { ...record, hash: put.hash, bytes: put.bytes };
  await ctx.store.putMedia({ hash: put.hash, bytes: put.bytes, mime: full.mime, kind: full.kind, width: full.width, height: full.height, createdAt: full.createdAt });
  await ctx.store.addInboxEntry(full);
  await ctx.tus.datastore.remove(upload.id).catch(() => {});
  const count = await ctx.store.inboxCount(storyId);
  await ctx.bus.publish({ audience: { roomId, to: 'room' }, message: { type: 'inbox', storyId, count } });
  const kept = (await ctx.store.inbox(storyId, { includeTaken: true })).find((e) => e.id === full.id) ?? full;
  return inboxEntry(kept);
}

/** At start: finishes uploads whose last byte arrived before the hub stopped; removes expired ones. */
export async function recoverUploads(ctx: HubContext, dir: string): Promise<{ finished: number; refused: number }> {
  let finished = 0;
  let refused = 0;
  const store = ctx.tus.datastore as DurableFileStore;
  await store.deleteExpired().catch(() => 0);
  for (const id of await new DurableKvStore(dir).list()) {
    const upload = await store.getUpload(id).catch(() => null);
    if (!upload || upload.size === undefined || upload.offset !== upload.size) continue;
    try {
      await finishUpload(ctx, dir, upload);
      finished++;
    } catch (e) {
      refused++;
      ctx.log.warn(`An upload that arrived before the hub stopped was not kept: ${toHubError(e).message}`);
      await store.remove(id).catch(() => {});
    }
  }
  return { finished, refused };
}
