import { randomUUID } from 'node:crypto';
import { formatBytes } from '../../story/phrase.ts';
import type { HubLog } from '../log.ts';
import { HubError } from '../errors.ts';
import type { RetentionRun } from '../store/service-types.ts';
import type { HubStore, MediaStore } from '../store/types.ts';
import { deleteRoomContent } from './room-content.ts';

export const RETENTION_DAYS_KEY = 'retention.days';
const DAY_MS = 24 * 3600_000;
const LEASE_MS = 30 * 60_000;

export interface RetentionDeps {
  store: HubStore;
  media: MediaStore;
  log: HubLog;
  /** Who holds the job's lease (this process). */
  holder: string;
}

/** When retention will delete a room's photos and sounds, or null (open, kept, done, or retention off). */
export function purgeAfter(room: { endedAt: string | null; keep?: boolean; purgedAt?: string | null }, days: number): string | null {
  if (!room.endedAt || room.keep || room.purgedAt || days <= 0) return null;
  return new Date(Date.parse(room.endedAt) + days * DAY_MS).toISOString();
}

/**
 * Retention (#17): N days after a session ended, its stories and their photos and sounds are
 * deleted, unless the room is kept or a story is in the collection. N is a setting of the service
 * (0 = never, the default). The job runs on a timer (it checks every hour and runs once a day) and
 * when the admin asks; one process at a time runs it (a lease in the store), and every run is
 * logged in the store (shown on the admin page) and in the hub's log.
 */
export class Retention {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: RetentionDeps,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async days(): Promise<number> {
    const v = Number(await this.deps.store.setting(RETENTION_DAYS_KEY));
    return Number.isInteger(v) && v > 0 ? v : 0;
  }

  async setDays(days: number): Promise<void> {
    await this.deps.store.setSetting(RETENTION_DAYS_KEY, days > 0 ? String(days) : null);
    this.deps.log.info(days > 0 ? `Retention: the photos and sounds of a session are deleted ${days} days after it ended.` : 'Retention is off: nothing is deleted on a timer.');
  }

  /** Checks every `checkEveryMs` (default an hour) and runs when the last run is `runEveryMs` (a day) old. */
  start(options: { checkEveryMs?: number; runEveryMs?: number } = {}): void {
    const runEvery = options.runEveryMs ?? DAY_MS;
    const tick = async () => {
      try {
        if ((await this.days()) === 0) return;
        const [last] = await this.deps.store.retentionRuns(1);
        if (last && this.now().getTime() - Date.parse(last.startedAt) < runEvery) return;
        await this.run('timer', 'the timer');
      } catch (e) {
        if (!(e instanceof HubError && e.code === 'retention-busy')) this.deps.log.error('Retention: the timed run failed', e);
      }
    };
    this.timer = setInterval(() => void tick(), options.checkEveryMs ?? 3600_000);
    this.timer.unref();
    setTimeout(() => void tick(), 5_000).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async run(trigger: RetentionRun['trigger'], by: string): Promise<RetentionRun> {
    const { store, media, log, holder } = this.deps;
    const started = this.now();
    if (!(await store.claimJob('retention', holder, started.toISOString(), new Date(started.getTime() + LEASE_MS).toISOString()))) {
      throw new HubError(409, 'retention-busy', 'Retention is running already. Wait a minute and look at the log again.');
    }
    const run: RetentionRun = { id: `retention-${randomUUID()}`, startedAt: started.toISOString(), finishedAt: '', trigger, days: 0, rooms: 0, stories: 0, media: 0, bytes: 0, details: [], error: null };
    try {
      run.days = await this.days();
      if (run.days === 0) run.details.push('Retention is off (0 days): nothing was deleted.');
      else {
        const due = (await store.rooms()).filter((r) => {
          const after = purgeAfter(r, run.days);
          return after !== null && after <= started.toISOString();
        });
        for (const room of due) {
          try {
            const d = await deleteRoomContent({ store, media }, room);
            await store.markRoomPurged(room.id, this.now().toISOString());
            run.rooms++;
            run.stories += d.stories;
            run.media += d.media;
            run.bytes += d.bytes;
            run.details.push(
              `“${room.name}” (ended ${room.endedAt!.slice(0, 10)}): ${d.stories} stories and ${d.media} photos and sounds deleted (${formatBytes(d.bytes)})` +
                (d.kept ? `; ${d.kept} kept in the collection.` : '.'),
            );
          } catch (e) {
            run.error = `“${room.name}” could not be cleaned up: ${(e as Error).message}`;
            run.details.push(run.error);
          }
        }
        if (!due.length) run.details.push(`No session ended more than ${run.days} days ago is waiting to be cleaned up.`);
      }
    } finally {
      run.finishedAt = this.now().toISOString();
      await store.addRetentionRun(run).catch((e: unknown) => log.error('Retention: the run could not be logged', e));
      await store.releaseJob('retention', holder).catch(() => {});
    }
    log.info(`Retention (${trigger === 'admin' ? `asked by ${by}` : 'timer'}): ${run.rooms} sessions, ${run.stories} stories, ${run.media} photos and sounds deleted (${formatBytes(run.bytes)}).${run.error ? ` Error: ${run.error}` : ''}`);
    return run;
  }
}
