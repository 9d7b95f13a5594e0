/** Meta's WebXR Layers polyfill (no types of its own): constructing it installs it on the page. */
declare module 'webxr-layers-polyfill' {
  export default class WebXRLayersPolyfill {
    constructor();
  }
}
