import { useEffect, useState } from 'react';
import { SRGBColorSpace, TextureLoader, type Texture } from 'three';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import { useEditor } from '../context.ts';
import { COLOURS, ORDER } from '../../xr/r3f/config.ts';
import { roundedRect } from '../../xr/r3f/ui/shapes.ts';
import { Button3D, Pressable } from '../../xr/r3f/ui/widgets.tsx';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { sceneTitle } from './labels.ts';
import { PagedPanel } from './PagedPanel.tsx';

const TILE_W = 0.5;
const TILE_H = 0.36;
const PIC_H = 0.25;

/** A small picture of a scene's panorama (its thumbnail where the library has one). */
function useThumbTexture(assets: AssetSource, assetId: string | null): Texture | null {
  const [texture, setTexture] = useState<Texture | null>(null);
  useEffect(() => {
    if (!assetId) return;
    let live = true;
    let loaded: Texture | null = null;
    const thumb = !!assets.getThumbnailUrl;
    void (thumb ? assets.getThumbnailUrl!(assetId) : assets.getUrl(assetId)).then((url) => {
      if (!live || !url) return;
      new TextureLoader().load(url, (tex) => {
        tex.colorSpace = SRGBColorSpace;
        if (live) setTexture((loaded = tex));
        else tex.dispose();
      });
    });
    return () => {
      live = false;
      loaded?.dispose();
      setTexture(null);
      if (thumb) assets.releaseThumbnail?.(assetId);
      else assets.release?.(assetId);
    };
  }, [assets, assetId]);
  return texture;
}

/** One scene to choose: its picture and title; lights up while pointed or looked at. */
function SceneTile({ id, scene, title, current, onSelect, position }: { id: string; scene: Scene; title: string; current: boolean; onSelect(): void; position: [number, number, number] }) {
  const { assets } = useEditor();
  const picture = useThumbTexture(assets, scene.panorama);
  return (
    <Pressable id={id} onSelect={onSelect} position={position}>
      {(lit) => (
        <>
          <mesh geometry={roundedRect(TILE_W + (lit ? 0.03 : 0.012), TILE_H + (lit ? 0.03 : 0.012), 0.03)} position={[0, 0, -0.002]} renderOrder={ORDER.button}>
            <meshBasicMaterial color={lit ? COLOURS.focus : current ? COLOURS.accent : COLOURS.border} transparent toneMapped={false} />
          </mesh>
          <mesh geometry={roundedRect(TILE_W, TILE_H, 0.03)} renderOrder={ORDER.button}>
            <meshBasicMaterial color={COLOURS.raised} transparent toneMapped={false} />
          </mesh>
          <mesh position={[0, TILE_H / 2 - PIC_H / 2 - 0.015, 0.002]} renderOrder={ORDER.buttonText}>
            <planeGeometry args={[TILE_W - 0.03, PIC_H]} />
            <meshBasicMaterial map={picture} color={picture ? '#ffffff' : '#17222e'} transparent toneMapped={false} />
          </mesh>
          <UIText bold fontSize={0.042} color={COLOURS.text} maxWidth={TILE_W - 0.04} anchorX="center" anchorY="middle" textAlign="center" position={[0, -TILE_H / 2 + 0.045, 0.004]} renderOrder={ORDER.buttonText} whiteSpace="nowrap" clipRect={[-(TILE_W - 0.04) / 2, -0.04, (TILE_W - 0.04) / 2, 0.04]}>
            {title}
          </UIText>
        </>
      )}
    </Pressable>
  );
}

/**
 * Scenes to choose from by their pictures, six to a page: to edit another scene, or where a
 * hotspot or an answer leads (`exclude`: the scene it is in). With `stay`, the first tile is
 * "stay in this scene" (chosen: null).
 */
export function ScenePicker({ id, story, title, current, exclude, stay, onChoose, onClose }: {
  id: string;
  story: Story;
  title: string;
  current: string | null;
  exclude?: string;
  /** The words of a first choice that leads nowhere. */
  stay?: string;
  onChoose(sceneId: string | null): void;
  onClose(): void;
}) {
  const scenes: Array<Scene | null> = [...(stay ? [null] : []), ...story.scenes.filter((s) => s.id !== exclude)];
  return (
    <PagedPanel id={id} title={title} items={scenes} perPage={6} columns={3} cell={[TILE_W + 0.05, TILE_H + 0.05]} onClose={onClose}>
      {(scene, position) =>
        scene ? (
          <SceneTile key={scene.id} id={`${id}-scene-${scene.id}`} scene={scene} title={sceneTitle(story, scene.id)} current={scene.id === current} position={position} onSelect={() => onChoose(scene.id)} />
        ) : (
          <Button3D key="stay" id={`${id}-stay`} label={stay!} pressed={current === null} width={TILE_W} height={TILE_H} fontSize={0.05} position={position} onSelect={() => onChoose(null)} />
        )
      }
    </PagedPanel>
  );
}
