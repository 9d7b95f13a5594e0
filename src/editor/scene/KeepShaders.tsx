import { useEffect } from 'react';
import { addAfterEffect, useThree } from '@react-three/fiber';

/**
 * Keeps every shader program the editor's 360° view has compiled for as long as the view is open.
 * three.js deletes a program when the last material using it is disposed, and choosing another
 * scene disposes the last scene's markers before the new scene's (the same kinds) are drawn: each
 * choice compiled the same shaders again. Compiling a shader stops the page until it is done
 * (hundreds of milliseconds with software WebGL, e.g. SwiftShader on a computer without a GPU),
 * which delayed the frames after each choice and the keys typed then. A view uses a handful.
 */
export function KeepShaders() {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const kept = new Set<object>();
    // After each frame: the programs that frame compiled are in the renderer's list.
    return addAfterEffect(() => {
      for (const program of gl.info.programs ?? []) {
        if (kept.has(program)) continue;
        kept.add(program);
        (program as unknown as { usedTimes: number }).usedTimes++; // never reaches 0: not deleted
      }
    });
  }, [gl]);
  return null;
}
