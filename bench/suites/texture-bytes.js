// Counts the bytes of every live WebGL texture a page holds, the same way for every player (an init
// script of bench/suites/sizes-compare.bench.ts). Each level of each texture (each face of a cube) is
// width x height x 4 bytes (what GPUs keep for 8-bit colour, whatever the upload's format); a
// generateMipmap adds the lower levels (a third more). Deleted textures stop counting.
// window.__textureBytes() -> { bytes, textures, largest } (largest: the widest level-0 side seen).
(() => {
  const CUBE_FACES = new Set([0x8515, 0x8516, 0x8517, 0x8518, 0x8519, 0x851a]);
  const TEXTURE_CUBE_MAP = 0x8513;
  const live = new Map(); // texture -> Map<"target:level", bytes>
  let largest = 0;
  const bound = new WeakMap(); // context -> { unit, units: Map<unit, Map<target, texture>> }
  const state = (gl) => {
    let s = bound.get(gl);
    if (!s) bound.set(gl, (s = { unit: 0x84c0, units: new Map() }));
    return s;
  };
  const boundTexture = (gl, target) => {
    const s = state(gl);
    const key = CUBE_FACES.has(target) ? TEXTURE_CUBE_MAP : target;
    return s.units.get(s.unit)?.get(key) ?? null;
  };
  /** One level of the texture bound at `target` (a cube face counts on its cube): `key` names the level. */
  const record = (gl, target, key, w, h, depth = 1, base = true) => {
    const tex = boundTexture(gl, target);
    if (!tex || !(w > 0) || !(h > 0)) return;
    let levels = live.get(tex);
    if (!levels) live.set(tex, (levels = new Map()));
    levels.set(key, w * h * depth * 4);
    if (base) largest = Math.max(largest, w, h);
  };
  const sizeOf = (source) => {
    if (!source) return [0, 0];
    if ('videoWidth' in source) return [source.videoWidth, source.videoHeight];
    if ('naturalWidth' in source) return [source.naturalWidth, source.naturalHeight];
    if ('displayWidth' in source) return [source.displayWidth, source.displayHeight];
    return [source.width ?? 0, source.height ?? 0];
  };
  for (const proto of [globalThis.WebGLRenderingContext?.prototype, globalThis.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue;
    const wrap = (name, after) => {
      const original = proto[name];
      if (typeof original !== 'function') return;
      proto[name] = function (...args) {
        const result = original.apply(this, args);
        try {
          after(this, args);
        } catch {
          // counting must never break the page
        }
        return result;
      };
    };
    wrap('activeTexture', (gl, [unit]) => (state(gl).unit = unit));
    wrap('bindTexture', (gl, [target, tex]) => {
      const s = state(gl);
      if (!s.units.has(s.unit)) s.units.set(s.unit, new Map());
      s.units.get(s.unit).set(target, tex);
    });
    wrap('deleteTexture', (_gl, [tex]) => live.delete(tex));
    wrap('texImage2D', (gl, a) => {
      // (target, level, internalformat, width, height, border, format, type, pixels[, offset]) or (target, level, internalformat, format, type, source)
      const [w, h] = a.length >= 9 ? [a[3], a[4]] : sizeOf(a[5]);
      record(gl, a[0], `${a[0]}:${a[1]}`, w, h, 1, a[1] === 0);
    });
    wrap('compressedTexImage2D', (gl, a) => record(gl, a[0], `${a[0]}:${a[1]}`, a[3], a[4], 1, a[1] === 0));
    wrap('texStorage2D', (gl, [target, levels, , w, h]) => {
      const faces = target === TEXTURE_CUBE_MAP ? [...CUBE_FACES] : [target];
      for (const face of faces) for (let l = 0; l < levels; l++) record(gl, target, `${face}:${l}`, Math.max(1, w >> l), Math.max(1, h >> l), 1, l === 0);
    });
    wrap('texImage3D', (gl, a) => record(gl, a[0], `${a[0]}:${a[1]}`, a[3], a[4], a[5], a[1] === 0));
    wrap('texStorage3D', (gl, [target, levels, , w, h, d]) => {
      for (let l = 0; l < levels; l++) record(gl, target, `${target}:${l}`, Math.max(1, w >> l), Math.max(1, h >> l), d, l === 0);
    });
    wrap('generateMipmap', (gl, [target]) => {
      const tex = boundTexture(gl, target);
      const levels = tex && live.get(tex);
      if (!levels) return;
      const base = [...levels.entries()].filter(([k]) => k.endsWith(':0'));
      for (const [k, bytes] of base) levels.set(`${k.slice(0, -2)}:mips`, Math.round(bytes / 3));
    });
  }
  window.__textureBytes = () => {
    let bytes = 0;
    for (const levels of live.values()) for (const b of levels.values()) bytes += b;
    return { bytes, textures: live.size, largest };
  };
})();
