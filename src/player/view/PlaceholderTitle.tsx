import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { CanvasTexture, LinearMipmapLinearFilter, SRGBColorSpace, type Group } from 'three';
import { directionOf } from '../../story/angles.ts';
import { INK, TEAL, fitTitle } from '../../story/io/importers/placeholder-art.ts';
import { FONT } from './markerArt.ts';
import { useFontsReady } from './useFontsReady.ts';

/**
 * A scene still showing a "your 360° photo goes here" placeholder gets its title drawn on a plate under
 * each of the picture's three cards (yaw 0 and ±120, as in workshops/templates/my-place), so a story
 * imported from Twine can share one placeholder picture and still say where the reader is.
 */
const YAWS = [0, 120, -120] as const;
const PITCH = -29;
const DISTANCE = 20;
/** The plate is this many degrees wide. */
const WIDTH_DEG = 50;
const CANVAS_WIDTH = 800;

function drawPlate(title: string): HTMLCanvasElement {
  const c = document.createElement('canvas');
  const g = c.getContext('2d');
  if (!g) return c;
  const measure = (text: string, size: number, weight: number) => {
    g.font = `${weight} ${size}px ${FONT}`;
    return g.measureText(text).width;
  };
  const { size, lines } = fitTitle(title, measure);
  const line = Math.round(size * 1.15);
  c.width = CANVAS_WIDTH;
  c.height = lines.length * line + 56;
  g.fillStyle = TEAL;
  g.beginPath();
  g.roundRect(0, 0, c.width, c.height, 36);
  g.fill();
  g.fillStyle = '#fdfdfb';
  g.beginPath();
  g.roundRect(8, 8, c.width - 16, c.height - 16, 30);
  g.fill();
  g.fillStyle = INK;
  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  g.font = `700 ${size}px ${FONT}`;
  lines.forEach((l, i) => g.fillText(l, c.width / 2, 28 + (i + 0.82) * line));
  return c;
}

function Plate({ yaw, width, height, map }: { yaw: number; width: number; height: number; map: CanvasTexture }) {
  const ref = useRef<Group>(null);
  useLayoutEffect(() => {
    const [x, y, z] = directionOf(yaw, PITCH);
    ref.current?.position.set(x * DISTANCE, y * DISTANCE, z * DISTANCE);
    ref.current?.lookAt(0, 0, 0);
  }, [yaw]);
  return (
    <group ref={ref}>
      <mesh renderOrder={5} raycast={() => null}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial map={map} transparent depthTest={false} depthWrite={false} toneMapped={false} />
      </mesh>
    </group>
  );
}

export function PlaceholderTitle({ title }: { title: string }) {
  const fontsReady = useFontsReady();
  const art = useMemo(() => {
    void fontsReady; // redraw once the font has loaded
    const canvas = drawPlate(title);
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.name = 'placeholder-title';
    const width = 2 * DISTANCE * Math.tan(((WIDTH_DEG / 2) * Math.PI) / 180);
    return { texture, width, height: (width * canvas.height) / Math.max(1, canvas.width) };
  }, [title, fontsReady]);
  useEffect(() => () => art.texture.dispose(), [art]);
  return (
    <group name="placeholder-title">
      {YAWS.map((yaw) => (
        <Plate key={yaw} yaw={yaw} width={art.width} height={art.height} map={art.texture} />
      ))}
    </group>
  );
}
