import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { GetAssetBytes } from '../story/io/package/write.ts';
import type { Story } from '../story/schema/story.ts';
import type { SitePlan } from './site.ts';

const COMPRESSED = /\.(jpe?g|png|webp|avif|mp3|ogg|opus|m4a|aac|webm|woff2?)$/i;

/**
 * A planned site as one zip (its files at the top, so it unzips into a folder that plays as it is).
 * Streams: each asset is read when its turn comes; media are stored, text deflated.
 */
export function zipSite(plan: SitePlan, story: Story, getAssetBytes: GetAssetBytes, created = new Date()): ReadableStream<Uint8Array> {
  const byId = new Map(story.assets.map((a) => [a.id, a]));
  let files = plan.files.values();
  const queue: Uint8Array[] = [];
  let error: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) error = err;
    else queue.push(chunk);
  });
  let ended = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (queue.length === 0 && !ended) {
          const next = files.next();
          if (next.done) {
            zip.end();
            ended = true;
            break;
          }
          const f = next.value;
          const entry = COMPRESSED.test(f.path) || f.kind === 'asset' ? new ZipPassThrough(f.path) : new ZipDeflate(f.path, { level: 6 });
          entry.mtime = created;
          zip.add(entry);
          if (f.kind === 'text') entry.push(f.bytes, true);
          else {
            const bytes = await getAssetBytes(f.assetId, byId.get(f.assetId)!);
            if (!bytes) throw new Error(`missing ${f.path}`);
            const blob = bytes instanceof Blob ? bytes : await new Response(bytes as BodyInit).blob();
            const reader = blob.stream().getReader();
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              entry.push(value);
              if (queue.length) controller.enqueue(concat(queue.splice(0)));
            }
            entry.push(new Uint8Array(0), true);
          }
          if (error) throw error;
        }
        if (queue.length) controller.enqueue(concat(queue.splice(0)));
        if (ended && queue.length === 0) controller.close();
      } catch (e) {
        zip.terminate();
        controller.error(e);
      }
    },
    cancel() {
      files = [][Symbol.iterator]();
      zip.terminate();
    },
  });
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
