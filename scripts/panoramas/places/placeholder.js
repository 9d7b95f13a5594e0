// "Your 360° photo goes here": the placeholder picture, drawn on a 2D canvas straight into the
// equirectangular image: a soft grid, the horizon and a camera icon, with message cards in English
// and Norwegian Bokmål projected so they look flat in the viewer (at yaw 0 and ±120).
import { FONT, roundRect } from '../kit/canvas.js';
import { DEG, PI } from '../kit/maths.js';
import { makeRng } from '../kit/noise.js';

const INK = '#1d3557';
const TEAL = '#1f7a8c';
const CORAL = '#ef6f51';
const SUN = '#ffd166';

/** The message card, drawn flat; it is then projected onto the sphere so it looks flat in the viewer. */
function drawCard() {
  const W = 1800;
  const H = 1300;
  const c = document.createElement('canvas');
  c.width = W;
  c.height = H;
  const g = c.getContext('2d');
  roundRect(g, 12, 12, W - 24, H - 24, 70);
  g.fillStyle = 'rgba(255,255,255,0.94)';
  g.fill();
  g.lineWidth = 14;
  g.strokeStyle = TEAL;
  g.stroke();

  // camera icon inside a circular "turn around" arrow
  const cx = W / 2;
  const cy = 250;
  g.lineCap = 'round';
  g.lineWidth = 22;
  g.strokeStyle = TEAL;
  g.beginPath();
  g.ellipse(cx, cy, 300, 175, 0, -0.35 * PI, 1.2 * PI);
  g.stroke();
  const tip = { x: cx + 300 * Math.cos(-0.35 * PI), y: cy + 175 * Math.sin(-0.35 * PI) };
  g.fillStyle = TEAL;
  g.beginPath();
  g.moveTo(tip.x + 62, tip.y + 8);
  g.lineTo(tip.x - 26, tip.y - 46);
  g.lineTo(tip.x - 8, tip.y + 60);
  g.closePath();
  g.fill();
  // body
  roundRect(g, cx - 190, cy - 95, 380, 240, 46);
  g.fillStyle = CORAL;
  g.fill();
  roundRect(g, cx - 80, cy - 145, 160, 70, 22);
  g.fill();
  g.fillStyle = SUN;
  roundRect(g, cx + 95, cy - 70, 60, 36, 10);
  g.fill();
  // lens
  g.fillStyle = '#ffffff';
  g.beginPath();
  g.arc(cx, cy + 30, 92, 0, 2 * PI);
  g.fill();
  g.fillStyle = INK;
  g.beginPath();
  g.arc(cx, cy + 30, 70, 0, 2 * PI);
  g.fill();
  g.fillStyle = TEAL;
  g.beginPath();
  g.arc(cx, cy + 30, 44, 0, 2 * PI);
  g.fill();
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.beginPath();
  g.arc(cx - 18, cy + 12, 14, 0, 2 * PI);
  g.fill();

  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  g.fillStyle = INK;
  g.font = `700 124px ${FONT}`;
  g.fillText('Your 360° photo goes here', cx, 580);
  g.fillStyle = TEAL;
  g.font = `700 108px ${FONT}`;
  g.fillText('Ditt 360°-bilde kommer her', cx, 715);
  g.fillStyle = 'rgba(29,53,87,0.25)';
  g.fillRect(cx - 600, 772, 1200, 6);
  g.fillStyle = INK;
  g.font = `400 76px ${FONT}`;
  g.fillText('Take a 360° photo of your place,', cx, 880);
  g.fillText('then make it this scene’s picture.', cx, 968);
  g.fillStyle = TEAL;
  g.fillText('Ta et 360°-bilde av stedet ditt,', cx, 1100);
  g.fillText('og gjør det til bildet i denne scenen.', cx, 1188);
  return g.getImageData(0, 0, W, H);
}

const dirOf = (yaw, pitch) => [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];

/** Projects `card` onto the sphere as a flat (rectilinear) panel centred at (yaw0, pitch0), halfWidth in degrees. */
function projectCard(img, W, H, card, yaw0Deg, pitch0Deg, halfWidthDeg) {
  const y0 = yaw0Deg * DEG;
  const p0 = pitch0Deg * DEG;
  const f = dirOf(y0, p0);
  const r = [Math.cos(y0), 0, Math.sin(y0)];
  const u = [-Math.sin(y0) * Math.sin(p0), Math.cos(p0), Math.cos(y0) * Math.sin(p0)];
  const tx = Math.tan(halfWidthDeg * DEG);
  const ty = (tx * card.height) / card.width;
  const halfHeightDeg = Math.atan(ty) / DEG;
  const yawSpan = halfWidthDeg + 12;
  const pitchLo = pitch0Deg - halfHeightDeg - 12;
  const pitchHi = pitch0Deg + halfHeightDeg + 12;
  const px = img.data;
  const cd = card.data;
  const cw = card.width;
  const ch = card.height;
  const sample = (X, Y, out) => {
    // bilinear, premultiplied
    const fx = ((X / tx + 1) / 2) * cw - 0.5;
    const fy = ((1 - Y / ty) / 2) * ch - 0.5;
    const ix = Math.floor(fx);
    const iy = Math.floor(fy);
    const ax = fx - ix;
    const ay = fy - iy;
    for (let k = 0; k < 4; k++) out[k] = 0;
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 2; i++) {
        const sx = ix + i;
        const sy = iy + j;
        if (sx < 0 || sy < 0 || sx >= cw || sy >= ch) continue;
        const w = (i ? ax : 1 - ax) * (j ? ay : 1 - ay);
        const o = (sy * cw + sx) * 4;
        const a = (cd[o + 3] / 255) * w;
        out[0] += cd[o] * a;
        out[1] += cd[o + 1] * a;
        out[2] += cd[o + 2] * a;
        out[3] += a;
      }
    }
  };
  const acc = [0, 0, 0, 0];
  const tap = [0, 0, 0, 0];
  const yStart = Math.max(0, Math.floor((0.5 - pitchHi / 180) * H));
  const yEnd = Math.min(H, Math.ceil((0.5 - pitchLo / 180) * H));
  const xSpan = Math.ceil((yawSpan / 360) * W);
  const xc = Math.round((0.5 + yaw0Deg / 360) * W);
  for (let yy = yStart; yy < yEnd; yy++) {
    for (let dx = -xSpan; dx <= xSpan; dx++) {
      const xx = (((xc + dx) % W) + W) % W;
      for (let k = 0; k < 4; k++) acc[k] = 0;
      for (let s = 0; s < 4; s++) {
        const uu = (xc + dx + (s & 1 ? 0.75 : 0.25)) / W;
        const vv = (yy + (s & 2 ? 0.75 : 0.25)) / H;
        const d = dirOf((uu - 0.5) * 2 * PI, (0.5 - vv) * PI);
        const t = d[0] * f[0] + d[1] * f[1] + d[2] * f[2];
        if (t <= 0.05) continue;
        const X = (d[0] * r[0] + d[1] * r[1] + d[2] * r[2]) / t;
        const Y = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / t;
        if (Math.abs(X) > tx * 1.01 || Math.abs(Y) > ty * 1.01) continue;
        sample(X, Y, tap);
        for (let k = 0; k < 4; k++) acc[k] += tap[k] / 4;
      }
      if (acc[3] <= 0) continue;
      const o = (yy * W + xx) * 4;
      const a = acc[3];
      px[o] = acc[0] + px[o] * (1 - a);
      px[o + 1] = acc[1] + px[o + 1] * (1 - a);
      px[o + 2] = acc[2] + px[o + 2] * (1 - a);
    }
  }
}

export function renderPlaceholder(W, H, cards = true) {
  const c = document.createElement('canvas');
  c.width = W;
  c.height = H;
  const g = c.getContext('2d');
  const s = W / 4096;
  // sky above, warm ground below, a bright band at the horizon
  const grad = g.createLinearGradient(0, 0, 0, H);
  grad.addColorStop(0, '#7cc6de');
  grad.addColorStop(0.38, '#cdebf3');
  grad.addColorStop(0.5, '#fff6df');
  grad.addColorStop(0.62, '#ffd9b8');
  grad.addColorStop(1, '#ee9f82');
  g.fillStyle = grad;
  g.fillRect(0, 0, W, H);
  // soft polka dots, so turning around feels like movement
  const R = makeRng(360);
  for (let i = 0; i < 420; i++) {
    const x = R.next() * W;
    const yv = R.next();
    const y = (0.08 + 0.84 * yv) * H;
    if (Math.abs(yv - 0.5) < 0.06) continue;
    g.fillStyle = yv < 0.5 ? 'rgba(255,255,255,0.35)' : 'rgba(255,255,255,0.28)';
    g.beginPath();
    g.arc(x, y, (6 + R.next() * 16) * s, 0, 2 * PI);
    g.fill();
  }
  // grid: every 30 degrees of yaw, every 30 degrees of pitch
  g.strokeStyle = 'rgba(255,255,255,0.7)';
  g.lineWidth = 3 * s;
  for (let k = 0; k < 12; k++) {
    const x = (k / 12) * W;
    g.beginPath();
    g.moveTo(x, 0);
    g.lineTo(x, H);
    g.stroke();
  }
  for (const p of [-60, -30, 30, 60]) {
    const y = (0.5 - p / 180) * H;
    g.beginPath();
    g.moveTo(0, y);
    g.lineTo(W, y);
    g.stroke();
  }
  // the horizon: a stronger dashed line, with its name between the message cards
  g.strokeStyle = 'rgba(29,53,87,0.45)';
  g.lineWidth = 6 * s;
  g.setLineDash([40 * s, 24 * s]);
  g.beginPath();
  g.moveTo(0, H / 2);
  g.lineTo(W, H / 2);
  g.stroke();
  g.setLineDash([]);
  g.fillStyle = 'rgba(29,53,87,0.7)';
  g.font = `700 ${Math.round(40 * s)}px ${FONT}`;
  g.textAlign = 'center';
  for (const yaw of [-60, 60, 180]) {
    const x = (0.5 + yaw / 360) * W;
    for (const xx of yaw === 180 ? [0, W] : [x]) {
      g.fillText('horizon · horisont', xx, H / 2 - 22 * s);
      g.fillText('eye level · øyehøyde', xx, H / 2 + 58 * s);
    }
  }
  // little sun at the top, "ground" ring at the bottom
  g.fillStyle = 'rgba(255,209,102,0.9)';
  g.fillRect(0, 0, W, 26 * s);
  g.fillStyle = 'rgba(239,111,81,0.5)';
  g.fillRect(0, H - 26 * s, W, 26 * s);

  if (!cards) return c;
  const img = g.getImageData(0, 0, W, H);
  const card = drawCard();
  for (const yaw of [0, 120, -120]) projectCard(img, W, H, card, yaw, 4, 33);
  g.putImageData(img, 0, 0);
  return c;
}
