import { Suspense, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import { DEG } from '../../story/angles.ts';
import { useRig } from '../../xr/r3f/context.ts';
import { t } from '../../i18n/index.ts';
import { DIST } from '../../xr/r3f/config.ts';
import { TagAlong } from '../../xr/r3f/ui/place.tsx';
import { Button3D } from '../../xr/r3f/ui/widgets.tsx';

const UP = new Vector3(0, 1, 0);

/** In "Preview from here": the way back to editing, below the player's own menu. */
export function BackToEditing({ onBack }: { onBack(): void }) {
  // Turned with the reader's snap turns, as the player's own menu is (after the rig's update).
  const rig = useRig();
  const ref = useRef<Group>(null);
  useFrame(() => {
    if (rig && ref.current) ref.current.quaternion.setFromAxisAngle(UP, rig.turn * DEG);
  }, -1000);
  return (
    <group ref={ref} name="xr-ui">
      <TagAlong pitch={-50} distance={DIST.menu}>
        <Suspense fallback={null}>
          <Button3D id="vr-edit-back" label={t('vrEdit.backToEditing')} primary height={0.13} onSelect={onBack} />
        </Suspense>
      </TagAlong>
    </group>
  );
}
