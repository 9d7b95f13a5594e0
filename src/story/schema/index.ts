export * from './common.ts';
export * from './asset.ts';
export * from './variable.ts';
export * from './question.ts';
export * from './hotspot.ts';
export * from './soundscape.ts';
export * from './scene.ts';
export * from './story.ts';
