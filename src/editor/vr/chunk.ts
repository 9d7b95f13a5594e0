/**
 * The VR editor's chunk: loaded with a dynamic import (src/editor/vr/EditInVRSlot.tsx) only where immersive VR
 * is supported and the editor's 360 view is open; never part of the player's or editor's first load.
 */
import '../../xr/r3f/xr.css';
import './edit.css';

export { EditInVRButton } from './EditInVRButton.tsx';
