/**
 * "Publish" in the app: a zip of the story's website. The player's files come from the app's own
 * origin (dist/player-site/, made by the build; listed in files.json), never from the internet.
 */
import { t } from '../i18n/index.ts';
import type { Story } from '../story/schema/story.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import type { StoryRepository } from '../storage/repository.ts';
import { libraryAssetBytes } from '../packages/assets-of.ts';
import { runWrite, storyTitle } from '../packages/exporter.ts';
import { chooseSaveTarget, fileNameFor } from '../packages/save-file.ts';
import { planSite, siteBytes, type PlayerFile } from './site.ts';
import { zipSite } from './site-zip.ts';
import { makePreviewsInBrowser } from './preview-browser.ts';
import { makeTilesInBrowser } from './tiles-browser.ts';
import { taskStore } from '../packages/tasks.ts';

const PLAYER_SITE_URL = 'player-site/';

/** The built player's files, fetched from this app's own server. */
export async function fetchPlayerFiles(base = new URL(PLAYER_SITE_URL, document.baseURI)): Promise<PlayerFile[]> {
  const res = await fetch(new URL('files.json', base)).catch(() => null);
  const list = res?.ok ? ((await res.json().catch(() => null)) as { files?: unknown } | null) : null;
  if (!list || !Array.isArray(list.files)) throw new Error(t('publish.noPlayer'));
  return Promise.all(
    list.files.map(async (path: unknown) => {
      if (typeof path !== 'string') throw new Error(t('publish.noPlayer'));
      const r = await fetch(new URL(path, base));
      if (!r.ok) throw new Error(t('publish.noPlayer'));
      return { path, bytes: new Uint8Array(await r.arrayBuffer()) };
    }),
  );
}

/** A published zip: its file's name, and a note to show (large photos that could not be cut into tiles). */
export interface Published {
  file: string;
  note?: string;
}

/**
 * Publishes a story as a website zip. The story is the saved one unless the editor passes its own.
 * Large photos are cut into tiles first (tiles-browser.ts), with progress; one that cannot be is
 * left whole (the site still plays) and the note says so. Returns null when it was cancelled or
 * failed (the task dialog says why).
 */
export async function publishStoryZip(repo: StoryRepository, storyId: string, given?: { story: Story; assets?: AssetSource }): Promise<Published | null> {
  let story = given?.story;
  const listing = story ? null : await repo.getListing(storyId);
  const title = story ? storyTitle(story) : listing ? (listing.title[listing.language] ?? '') : '';
  const target = await chooseSaveTarget(fileNameFor(title, '-website.zip'), 'application/zip', t('publish.fileType'), '.zip');
  if (!target) return null;
  let player: PlayerFile[];
  try {
    story ??= (await repo.get(storyId))?.story;
    if (!story) throw new Error(t('package.storyGone'));
    taskStore.start(t('publish.preparing', { title: storyTitle(story) }));
    player = await fetchPlayerFiles();
  } catch (e) {
    taskStore.fail(t('publish.failed'), [e instanceof Error ? e.message : String(e)]);
    return null;
  }
  const s = story;
  const assetBytes = libraryAssetBytes(repo, given?.assets);
  const previews = await makePreviewsInBrowser(s, assetBytes);
  const tiling = t('publish.tiling', { title: storyTitle(s) });
  const { tiles, failed } = await makeTilesInBrowser(s, assetBytes, (done, total) => (done === 0 ? taskStore.start(tiling, total) : taskStore.progress(done, total)));
  const plan = planSite(s, player, undefined, previews, tiles);
  const result = await runWrite(t('publish.working', { title: storyTitle(s) }), t('publish.failed'), siteBytes(plan), target, () =>
    zipSite(plan, s, assetBytes),
  );
  if (result !== 'exported') return null;
  return failed.length ? { file: target.name, note: t('publish.tilesFailed', { names: failed.join(', ') }) } : { file: target.name };
}
