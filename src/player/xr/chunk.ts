/**
 * The XR chunk: loaded with a dynamic import (src/player/xr/index.tsx) only where immersive VR is
 * supported, so @react-three/xr, troika text and the headset UI stay out of the player's first load.
 */
import '../../xr/r3f/xr.css';

export { XRLayer } from './XRLayer.tsx';
export { EnterVRButton } from './EnterVRButton.tsx';
