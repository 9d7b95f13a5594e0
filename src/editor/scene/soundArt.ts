import { CanvasTexture, SRGBColorSpace } from 'three';

/**
 * The picture of a positional sound in the editor's 360 view: an amber disc with a loudspeaker,
 * unlike any hotspot marker (those are the reader's buttons; sounds are invisible to readers).
 * `selected` adds a white ring.
 */
export function drawSoundMarker(selected: boolean): CanvasTexture {
  const size = 128;
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const g = c.getContext('2d')!;
  const m = size / 2;
  if (selected) {
    g.beginPath();
    g.arc(m, m, 60, 0, Math.PI * 2);
    g.fillStyle = '#ffffff';
    g.fill();
  }
  g.beginPath();
  g.arc(m, m, selected ? 52 : 50, 0, Math.PI * 2);
  g.fillStyle = '#1a1206';
  g.fill();
  g.beginPath();
  g.arc(m, m, 44, 0, Math.PI * 2);
  g.fillStyle = '#ffb020';
  g.fill();
  // Loudspeaker body and cone.
  g.fillStyle = '#1a1206';
  g.beginPath();
  g.moveTo(34, 54);
  g.lineTo(48, 54);
  g.lineTo(66, 38);
  g.lineTo(66, 90);
  g.lineTo(48, 74);
  g.lineTo(34, 74);
  g.closePath();
  g.fill();
  // Sound waves.
  g.strokeStyle = '#1a1206';
  g.lineWidth = 6;
  g.lineCap = 'round';
  for (const r of [12, 24]) {
    g.beginPath();
    g.arc(70, 64, r, -Math.PI / 4, Math.PI / 4);
    g.stroke();
  }
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  t.name = selected ? 'sound-marker:selected' : 'sound-marker';
  return t;
}
