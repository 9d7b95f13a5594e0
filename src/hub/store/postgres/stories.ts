import type pg from 'pg';
import type { DocFacts, HubStore, SaveOutcome, SaveRequest } from '../types.ts';
import type { Pg } from './db.ts';
import { storyHead, version, versionInfo, type StoryRow, type VersionRow } from '../rows.ts';

const VERSION_INFO = 'story_id, version, doc_hash, base_version, created_at, device_id, device_name, bytes, title, scenes';

type StoryPart = Pick<HubStore, 'storyHeads' | 'allStoryHeads' | 'storyHead' | 'storyVersion' | 'storyVersions' | 'saveStory' | 'deleteStories'>;

/**
 * Stories and their kept versions in PostgreSQL: the same compare-and-set as the SQLite store (see
 * ../sqlite/stories.ts). Several hub processes may save the same story at once, so each save first
 * takes a transaction-scoped advisory lock on the story's id (also when the story does not exist
 * yet): saves of one story run one after another, whichever process they reach.
 */
export function pgStories(db: Pg): StoryPart {
  const head = async (id: string, c?: pg.ClientBase) => db.one<StoryRow & { copy_of: string | null }>('SELECT * FROM stories WHERE id = $1', [id], c);

  const insert = async (c: pg.ClientBase, id: string, req: SaveRequest, facts: DocFacts, copy: { of: string; base: number | null; docHash: string } | null) => {
    await db.run(
      `INSERT INTO stories (id, room_id, title, language, version, doc_hash, created_at, updated_at, updated_by, scenes, problems, thumbnail_hash, copy_of, copy_base, copy_doc_hash)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [id, req.roomId, JSON.stringify(facts.title), facts.language, facts.docHash, req.at, req.device.name, facts.scenes, facts.problems, facts.thumbnailHash, copy?.of ?? null, copy?.base ?? null, copy?.docHash ?? null],
      c,
    );
    await addVersion(c, id, 1, req, facts);
  };

  const addVersion = (c: pg.ClientBase, id: string, v: number, req: SaveRequest, facts: DocFacts) =>
    db.run(
      `INSERT INTO story_versions (story_id, version, doc_hash, base_version, doc, media, created_at, device_id, device_name, bytes, title, scenes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [id, v, facts.docHash, req.baseVersion, facts.doc, JSON.stringify(facts.media), req.at, req.device.id, req.device.name, Buffer.byteLength(facts.doc), JSON.stringify(facts.title), facts.scenes],
      c,
    );

  const lock = (c: pg.ClientBase, id: string) => db.run("SELECT pg_advisory_xact_lock(hashtextextended('story:' || $1, 0))", [id], c);

  return {
    async storyHeads(roomId) {
      return (await db.rows<StoryRow>('SELECT * FROM stories WHERE room_id = $1 ORDER BY updated_at DESC, id', [roomId])).map(storyHead);
    },
    async allStoryHeads() {
      return (await db.rows<StoryRow>('SELECT * FROM stories ORDER BY updated_at DESC, id')).map(storyHead);
    },
    async storyHead(id) {
      const r = await head(id);
      return r ? storyHead(r) : null;
    },
    async storyVersion(id, v) {
      const r =
        v === undefined
          ? await db.one<VersionRow & { doc: string }>(`SELECT ${VERSION_INFO}, doc FROM story_versions WHERE story_id = $1 AND version = (SELECT version FROM stories WHERE id = $1)`, [id])
          : await db.one<VersionRow & { doc: string }>(`SELECT ${VERSION_INFO}, doc FROM story_versions WHERE story_id = $1 AND version = $2`, [id, v]);
      return r ? version(r) : null;
    },
    async storyVersions(id) {
      return (await db.rows<VersionRow>(`SELECT ${VERSION_INFO} FROM story_versions WHERE story_id = $1 ORDER BY version DESC`, [id])).map(versionInfo);
    },
    async deleteStories(ids) {
      if (!ids.length) return;
      await db.tx(async (c) => {
        await db.run('DELETE FROM inbox WHERE story_id = ANY($1)', [ids], c);
        await db.run('DELETE FROM story_versions WHERE story_id = ANY($1)', [ids], c);
        await db.run('DELETE FROM stories WHERE id = ANY($1)', [ids], c);
      });
    },
    saveStory(req) {
      return db.tx(async (c): Promise<SaveOutcome> => {
        await lock(c, req.storyId);
        const row = await head(req.storyId, c);
        if (!row) {
          await insert(c, req.storyId, req, req.facts, null);
          return { status: 'saved', version: 1, head: storyHead((await head(req.storyId, c))!), changed: true };
        }
        if (row.room_id !== req.roomId) {
          // A story from a session that has ended comes along into this one; an open room's stays there.
          const owner = await db.one<{ open: boolean }>('SELECT ended_at IS NULL AS open FROM rooms WHERE id = $1', [row.room_id], c);
          if (owner?.open) return { status: 'other-room' };
          await db.run('UPDATE stories SET room_id = $1 WHERE id = $2', [req.roomId, row.id], c);
        }
        if (row.doc_hash === req.facts.docHash) return { status: 'saved', version: row.version, head: storyHead((await head(row.id, c))!), changed: false };
        if (req.baseVersion !== null && req.baseVersion >= row.version) {
          // Based on the newest version (or on one this hub no longer has, after a restore): applied.
          const next = Math.max(row.version, req.baseVersion) + 1;
          const f = req.facts;
          await addVersion(c, row.id, next, req, f);
          await db.run(
            `UPDATE stories SET title = $2, language = $3, version = $4, doc_hash = $5, updated_at = $6, updated_by = $7, scenes = $8, problems = $9, thumbnail_hash = $10 WHERE id = $1`,
            [row.id, JSON.stringify(f.title), f.language, next, f.docHash, req.at, req.device.name, f.scenes, f.problems, f.thumbnailHash],
            c,
          );
          await db.run('DELETE FROM story_versions WHERE story_id = $1 AND version <= $2', [row.id, next - req.keepVersions], c);
          return { status: 'saved', version: next, head: storyHead((await head(row.id, c))!), changed: true };
        }
        // Stale: it may already have been applied (a retry after a lost reply)...
        const applied = await db.one<{ version: number }>(
          'SELECT version FROM story_versions WHERE story_id = $1 AND doc_hash = $2 AND base_version IS NOT DISTINCT FROM $3 ORDER BY version DESC LIMIT 1',
          [row.id, req.facts.docHash, req.baseVersion],
          c,
        );
        if (applied) return { status: 'saved', version: applied.version, head: storyHead((await head(row.id, c))!), changed: false };
        // ...or already kept as a copy; otherwise it becomes one, beside the newer version.
        const existing = await db.one<StoryRow>('SELECT * FROM stories WHERE copy_of = $1 AND copy_doc_hash = $2 AND copy_base IS NOT DISTINCT FROM $3 LIMIT 1', [row.id, req.facts.docHash, req.baseVersion], c);
        if (existing) return { status: 'kept-both', version: existing.version, head: storyHead(existing), changed: false };
        let copy = req.makeCopy();
        for (let i = 0; await head(copy.id, c); i++) {
          if (i > 20) throw new Error('Could not find a free id for the copy.');
          copy = req.makeCopy();
        }
        await insert(c, copy.id, req, copy.facts, { of: row.id, base: req.baseVersion, docHash: req.facts.docHash });
        return { status: 'kept-both', version: 1, head: storyHead((await head(copy.id, c))!), changed: true };
      });
    },
  };
}
