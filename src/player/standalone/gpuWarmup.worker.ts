/**
 * Opens the page's connection to the GPU off the main thread (see gpuWarmup.ts): the first WebGL
 * context of a page is the slow one; this one is thrown away at once, and the connection stays.
 */
const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
gl?.getExtension('WEBGL_lose_context')?.loseContext();
postMessage(gl !== null);
close();
