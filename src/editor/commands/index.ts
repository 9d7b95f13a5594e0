/** Every user action on the story document, one file each. */
export * from './types.ts';
export { setStoryTitleCommand } from './set-story-title.ts';
export { addSceneCommand } from './add-scene.ts';
export { renameSceneCommand } from './rename-scene.ts';
export { deleteSceneCommand } from './delete-scene.ts';
export { moveScenesCommand } from './move-scenes.ts';
export { tidyMapCommand } from './tidy-map.ts';
export { setStartSceneCommand } from './set-start-scene.ts';
export { setEndingCommand, setEndingTextCommand } from './set-ending.ts';
export { setSceneViewCommand } from './set-scene-view.ts';
export { addHotspotCommand } from './add-hotspot.ts';
export { moveHotspotCommand } from './move-hotspot.ts';
export { setHotspotLabelCommand, setHotspotActionCommand } from './update-hotspot.ts';
export { deleteHotspotCommand } from './delete-hotspot.ts';
export { linkScenesCommand, freeYaw } from './link-scenes.ts';
export { addAssetCommand } from './add-asset.ts';
export { setAssetTextCommand, setAssetCreditCommand, setAssetConsentCommand, replaceAssetCommand, deleteAssetCommand } from './asset-commands.ts';
export { addPhotoSceneCommand, setScenePanoramaCommand, titleFromFileName } from './scene-media.ts';
export {
  addBedCommand,
  updateBedCommand,
  removeBedCommand,
  addSourceCommand,
  updateSourceCommand,
  removeSourceCommand,
  setNarrationCommand,
  setCaptionsCommand,
} from './soundscape.ts';
