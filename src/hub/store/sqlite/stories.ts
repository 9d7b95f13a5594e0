import type Database from 'better-sqlite3';
import type { DocFacts, SaveOutcome, SaveRequest, StoryHead, StoryVersion, StoryVersionInfo } from '../types.ts';
import { storyHead, version, versionInfo, type StoryRow, type VersionRow } from './rows.ts';

const VERSION_INFO = 'story_id, version, doc_hash, base_version, created_at, device_id, device_name, bytes, title, scenes';

/**
 * Stories and their kept versions in SQLite. `save` is the compare-and-set at the heart of the room:
 * a save based on an older version is never applied over a newer one and never dropped (it becomes
 * a copy), and a save sent twice (a lost reply, an outbox retry) changes nothing the second time.
 */
export class SqliteStories {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    this.q = {
      head: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?'),
      heads: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE room_id = ? ORDER BY updated_at DESC, id'),
      allHeads: db.prepare<[], StoryRow>('SELECT * FROM stories ORDER BY updated_at DESC, id'),
      roomOpen: db.prepare<[string], { open: number }>('SELECT ended_at IS NULL AS open FROM rooms WHERE id = ?'),
      moveTo: db.prepare('UPDATE stories SET room_id = ? WHERE id = ?'),
      insertStory: db.prepare(
        `INSERT INTO stories (id, room_id, title, language, version, doc_hash, created_at, updated_at, updated_by, scenes, problems, thumbnail_hash, copy_of, copy_base, copy_doc_hash)
         VALUES (@id, @room_id, @title, @language, @version, @doc_hash, @at, @at, @by, @scenes, @problems, @thumbnail_hash, @copy_of, @copy_base, @copy_doc_hash)`,
      ),
      updateStory: db.prepare(
        `UPDATE stories SET title = @title, language = @language, version = @version, doc_hash = @doc_hash, updated_at = @at, updated_by = @by,
         scenes = @scenes, problems = @problems, thumbnail_hash = @thumbnail_hash WHERE id = @id`,
      ),
      insertVersion: db.prepare(
        `INSERT INTO story_versions (story_id, version, doc_hash, base_version, doc, media, created_at, device_id, device_name, bytes, title, scenes)
         VALUES (@id, @version, @doc_hash, @base_version, @doc, @media, @at, @device_id, @by, @bytes, @title, @scenes)`,
      ),
      prune: db.prepare('DELETE FROM story_versions WHERE story_id = ? AND version <= ?'),
      appliedBefore: db.prepare<[string, string, number | null], { version: number }>(
        'SELECT version FROM story_versions WHERE story_id = ? AND doc_hash = ? AND base_version IS ? ORDER BY version DESC LIMIT 1',
      ),
      copyOf: db.prepare<[string, string, number | null], StoryRow>(
        'SELECT * FROM stories WHERE copy_of = ? AND copy_doc_hash = ? AND copy_base IS ? LIMIT 1',
      ),
      versionAt: db.prepare<[string, number], VersionRow & { doc: string }>(`SELECT ${VERSION_INFO}, doc FROM story_versions WHERE story_id = ? AND version = ?`),
      versions: db.prepare<[string], VersionRow>(`SELECT ${VERSION_INFO} FROM story_versions WHERE story_id = ? ORDER BY version DESC`),
      deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      deleteVersions: db.prepare('DELETE FROM story_versions WHERE story_id = ?'),
      deleteInbox: db.prepare('DELETE FROM inbox WHERE story_id = ?'),
    };
  }

  head(id: string): StoryHead | null {
    const r = this.q.head.get(id);
    return r ? storyHead(r) : null;
  }

  heads(roomId: string): StoryHead[] {
    return this.q.heads.all(roomId).map(storyHead);
  }

  allHeads(): StoryHead[] {
    return this.q.allHeads.all().map(storyHead);
  }

  version(id: string, v?: number): StoryVersion | null {
    const at = v ?? this.q.head.get(id)?.version;
    if (at === undefined) return null;
    const r = this.q.versionAt.get(id, at);
    return r ? version(r) : null;
  }

  versions(id: string): StoryVersionInfo[] {
    return this.q.versions.all(id).map(versionInfo);
  }

  deleteMany(ids: readonly string[]): void {
    this.db.transaction(() => {
      for (const id of ids) {
        this.q.deleteInbox.run(id);
        this.q.deleteVersions.run(id);
        this.q.deleteStory.run(id);
      }
    })();
  }

  save(req: SaveRequest): SaveOutcome {
    return this.db.transaction((): SaveOutcome => {
      const row = this.q.head.get(req.storyId);
      if (!row) {
        this.insert(req.storyId, req, req.facts, null);
        return { status: 'saved', version: 1, head: this.head(req.storyId)!, changed: true };
      }
      if (row.room_id !== req.roomId) {
        // A story from a session that has ended comes along into this one; an open room's stays there.
        if (this.q.roomOpen.get(row.room_id)?.open === 1) return { status: 'other-room' };
        this.q.moveTo.run(req.roomId, row.id);
      }
      if (row.doc_hash === req.facts.docHash) return { status: 'saved', version: row.version, head: this.head(row.id)!, changed: false };
      if (req.baseVersion !== null && req.baseVersion >= row.version) {
        // Based on the newest version (or on one this hub no longer has, after a restore): applied.
        const next = Math.max(row.version, req.baseVersion) + 1;
        this.addVersion(row.id, next, req, req.facts);
        this.q.updateStory.run(this.storyParams(row.id, next, req, req.facts));
        this.q.prune.run(row.id, next - req.keepVersions);
        return { status: 'saved', version: next, head: this.head(row.id)!, changed: true };
      }
      // Stale: it may already have been applied (a retry after a lost reply)...
      const applied = this.q.appliedBefore.get(row.id, req.facts.docHash, req.baseVersion);
      if (applied) return { status: 'saved', version: applied.version, head: this.head(row.id)!, changed: false };
      // ...or already kept as a copy; otherwise it becomes one, beside the newer version.
      const existing = this.q.copyOf.get(row.id, req.facts.docHash, req.baseVersion);
      if (existing) return { status: 'kept-both', version: existing.version, head: storyHead(existing), changed: false };
      let copy = req.makeCopy();
      for (let i = 0; this.q.head.get(copy.id); i++) {
        if (i > 20) throw new Error('Could not find a free id for the copy.');
        copy = req.makeCopy();
      }
      this.insert(copy.id, req, copy.facts, { of: row.id, base: req.baseVersion, docHash: req.facts.docHash });
      return { status: 'kept-both', version: 1, head: this.head(copy.id)!, changed: true };
    }).immediate();
  }

  private insert(id: string, req: SaveRequest, facts: DocFacts, copy: { of: string; base: number | null; docHash: string } | null): void {
    this.q.insertStory.run({
      ...this.storyParams(id, 1, req, facts),
      room_id: req.roomId,
      copy_of: copy?.of ?? null,
      copy_base: copy?.base ?? null,
      copy_doc_hash: copy?.docHash ?? null,
    });
    this.addVersion(id, 1, req, facts);
  }

  private storyParams(id: string, v: number, req: SaveRequest, facts: DocFacts) {
    return {
      id,
      title: JSON.stringify(facts.title),
      language: facts.language,
      version: v,
      doc_hash: facts.docHash,
      at: req.at,
      by: req.device.name,
      scenes: facts.scenes,
      problems: facts.problems,
      thumbnail_hash: facts.thumbnailHash,
    };
  }

  private addVersion(id: string, v: number, req: SaveRequest, facts: DocFacts): void {
    this.q.insertVersion.run({
      id,
      version: v,
      doc_hash: facts.docHash,
      base_version: req.baseVersion,
      doc: facts.doc,
      media: JSON.stringify(facts.media),
      at: req.at,
      device_id: req.device.id,
      by: req.device.name,
      bytes: Buffer.byteLength(facts.doc),
      title: JSON.stringify(facts.title),
      scenes: facts.scenes,
    });
  }
}
