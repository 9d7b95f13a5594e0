import type { Asset } from '../../../schema/asset.ts';
import type { Story } from '../../../schema/story.ts';
import { assetWords, inStory, messages, type PackageProblem } from '../messages.ts';
import { extensionFor } from '../sniff.ts';
import type { Contents } from './contents.ts';
import { MAX_REPORTED, refuse, type ReadRun } from './run.ts';

/** One story's entry for an asset: which story, where in its list. */
export interface Ref {
  story: number;
  index: number;
  asset: Asset;
}

/** Every story's entries for each asset id, and how to say which story a problem is about. */
export interface AssetRefs {
  byId: Map<string, Ref[]>;
  tag(r: Ref, p: PackageProblem): PackageProblem;
}

/** Stage 6: every asset the stories list must be in the package; files no story uses are left out. */
export function assetRefs(stories: readonly Story[], contents: Contents, run: ReadRun): AssetRefs {
  const byId = new Map<string, Ref[]>();
  stories.forEach((story, s) =>
    story.assets.forEach((asset, index) => {
      const list = byId.get(asset.id) ?? [];
      list.push({ story: s, index, asset });
      byId.set(asset.id, list);
    }),
  );
  const tag = (r: Ref, p: PackageProblem): PackageProblem =>
    run.layout === 'backup' ? { ...inStory(p, stories[r.story]!.id), storyId: stories[r.story]!.id } : p;
  const missing: PackageProblem[] = [];
  for (const [id, list] of byId) {
    if (contents.assets.has(id)) continue;
    for (const r of list) {
      missing.push(tag(r, messages.assetMissing(assetWords(r.asset), `assets/${id}.${extensionFor(r.asset.mime)}`, `/assets/${r.index}`)));
    }
  }
  if (missing.length) refuse(...missing.slice(0, MAX_REPORTED));
  const unused = [...contents.assets.keys()].filter((id) => !byId.has(id)).length;
  if (unused) run.problems.push(messages.unusedAssets(unused));
  return { byId, tag };
}
