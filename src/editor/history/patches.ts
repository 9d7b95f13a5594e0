/**
 * Structural diffs of immutable documents, as patches that can be applied and inverted.
 *
 * The story's graph operations never mutate: they return a new document that shares every
 * untouched object with the old one. So a diff only walks where references differ, which is a
 * handful of objects per change even in a 500-scene story. Arrays are compared by trimming the
 * common head and tail (by reference), so adding or removing a scene is one `splice`, not 500 sets.
 *
 * Patches hold references to (immutable) parts of documents, never copies.
 */
export type PatchPath = ReadonlyArray<string | number>;

export type Patch =
  | { op: 'set'; path: PatchPath; value: unknown }
  | { op: 'remove'; path: PatchPath }
  | { op: 'splice'; path: PatchPath; index: number; remove: number; insert: readonly unknown[] };

export interface Diff {
  /** Turn the old document into the new one. */
  patches: Patch[];
  /** Turn the new document back into the old one (already in the order to apply). */
  inverse: Patch[];
}

type Obj = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Arrays of up to this many differing middle elements of equal length are diffed element by element. */
const ELEMENTWISE_LIMIT = 64;

function walk(a: unknown, b: unknown, path: (string | number)[], out: Patch[], inv: Patch[]): void {
  if (Object.is(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    let start = 0;
    const min = Math.min(a.length, b.length);
    while (start < min && Object.is(a[start], b[start])) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && Object.is(a[endA - 1], b[endB - 1])) {
      endA--;
      endB--;
    }
    const midA = endA - start;
    const midB = endB - start;
    if (midA === 0 && midB === 0) return;
    if (midA === midB && midA <= ELEMENTWISE_LIMIT) {
      for (let i = start; i < endA; i++) walk(a[i], b[i], [...path, i], out, inv);
      return;
    }
    out.push({ op: 'splice', path: [...path], index: start, remove: midA, insert: b.slice(start, endB) });
    inv.push({ op: 'splice', path: [...path], index: start, remove: midB, insert: a.slice(start, endA) });
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const k of Object.keys(b)) {
      if (hasOwn(a, k)) walk(a[k], b[k], [...path, k], out, inv);
      else {
        out.push({ op: 'set', path: [...path, k], value: b[k] });
        inv.push({ op: 'remove', path: [...path, k] });
      }
    }
    for (const k of Object.keys(a)) {
      if (!hasOwn(b, k)) {
        out.push({ op: 'remove', path: [...path, k] });
        inv.push({ op: 'set', path: [...path, k], value: a[k] });
      }
    }
    return;
  }
  out.push({ op: 'set', path: [...path], value: b });
  inv.push({ op: 'set', path: [...path], value: a });
}

/** The patches between two versions of a document (and back). Empty when they are the same. */
export function diff<T>(before: T, after: T): Diff {
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  walk(before, after, [], patches, inverse);
  // Inverse patches undo in reverse order (later patches may depend on earlier ones' indexes).
  inverse.reverse();
  return { patches, inverse };
}

const shallowCopy = (v: unknown): unknown => (Array.isArray(v) ? v.slice() : { ...(v as Obj) });

/**
 * Applies patches to a document without changing it: returns a new document that copies only the
 * containers along the patched paths and shares everything else.
 */
export function applyPatches<T>(doc: T, patches: readonly Patch[]): T {
  if (patches.length === 0) return doc;
  const fresh = new WeakSet<object>();
  let root: unknown = doc;
  for (const p of patches) {
    if (p.path.length === 0) {
      if (p.op === 'set') root = p.value;
      else if (p.op === 'splice') {
        if (!fresh.has(root as object)) {
          root = shallowCopy(root);
          fresh.add(root as object);
        }
        (root as unknown[]).splice(p.index, p.remove, ...p.insert);
      } else throw new Error('Cannot remove the whole document.');
      continue;
    }
    if (!fresh.has(root as object)) {
      root = shallowCopy(root);
      fresh.add(root as object);
    }
    let parent = root as Obj;
    const last = p.op === 'splice' ? p.path.length : p.path.length - 1;
    for (let i = 0; i < last; i++) {
      const key = p.path[i]!;
      const child = parent[key as string];
      if (typeof child !== 'object' || child === null) throw new Error(`Patch path not found: /${p.path.join('/')}`);
      let next = child as Obj;
      if (!fresh.has(next)) {
        next = shallowCopy(next) as Obj;
        fresh.add(next);
        parent[key as string] = next;
      }
      parent = next;
    }
    if (p.op === 'splice') {
      if (!Array.isArray(parent)) throw new Error(`Not a list: /${p.path.join('/')}`);
      parent.splice(p.index, p.remove, ...p.insert);
    } else {
      const key = p.path[p.path.length - 1]!;
      if (p.op === 'set') parent[key as string] = p.value;
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    }
  }
  return root as T;
}
