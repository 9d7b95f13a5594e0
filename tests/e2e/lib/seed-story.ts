import type { Page } from 'playwright-core';
import type { Story } from '../../../src/story/schema/story.ts';
import { listingFor } from '../../../src/storage/records.ts';
import { DB_NAME, STORES } from '../../../src/storage/db.ts';

/**
 * Puts a story into the app's database the way the repository stores it (its listing and its
 * document), on a page of the app's origin: the library then lists it as if it had been made here.
 */
export async function seedStory(page: Page, story: Story): Promise<void> {
  const now = new Date().toISOString();
  await page.evaluate(
    async ({ dbName, stores, listing, story }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction([stores.stories, stores.documents], 'readwrite');
        tx.objectStore(stores.stories).put(listing);
        tx.objectStore(stores.documents).put({ id: story.id, doc: story });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { dbName: DB_NAME, stores: STORES, listing: listingFor(story, { createdAt: now, updatedAt: now }), story },
  );
}
