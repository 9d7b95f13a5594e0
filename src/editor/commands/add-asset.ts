import type { Asset } from '../../story/schema/asset.ts';
import { defineCommand } from './types.ts';

/**
 * Adds a picture or sound to the story's media list (its bytes are handed to the editor with
 * `editor.addAsset`, which saves them in the same transaction as the document). Adding one that is
 * already there (same content hash) changes nothing.
 */
export const addAssetCommand = defineCommand<{ asset: Asset }>({
  id: 'asset.add',
  label: 'cmd.addAsset',
  run: (doc, { asset }) => (doc.assets.some((a) => a.id === asset.id) ? doc : { ...doc, assets: [...doc.assets, asset] }),
});
