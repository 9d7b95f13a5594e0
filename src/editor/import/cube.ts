import { cubeNote, type ImportResult } from '../../story/io/importers/index.ts';
import { probeImage } from '../../story/io/package/image-size.ts';
import { lintStory } from '../../story/graph/lint.ts';
import { assetIdOf } from '../../story/hash.ts';

const MAX_WIDTH = 4096;

async function decode(bytes: Uint8Array): Promise<ImageBitmap> {
  return createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
}

/** One face from one picture or a grid of tiles, as pixels. */
async function facePixels(rows: Uint8Array[][], wanted: number): Promise<ImageData> {
  const first = await decode(rows[0]![0]!);
  const tile = first.width;
  const natural = tile * rows.length;
  const size = Math.min(wanted || natural, MAX_WIDTH / 4);
  const scale = size / natural;
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d')!;
  for (let y = 0; y < rows.length; y++) {
    for (let x = 0; x < rows[y]!.length; x++) {
      const img = y === 0 && x === 0 ? first : await decode(rows[y]![x]!);
      ctx.drawImage(img, x * tile * scale, y * tile * scale, img.width * scale, img.height * scale);
      img.close();
    }
  }
  return ctx.getImageData(0, 0, size, size);
}

/**
 * Six cube faces (front, right, back, left, up, down; up's top edge toward the back) into one
 * equirectangular picture, yaw 0 at its centre, as a JPEG.
 */
export async function cubeToEquirect(faces: Uint8Array[][][], faceSize: number): Promise<Uint8Array> {
  const px = await Promise.all(faces.map((f) => facePixels(f, faceSize)));
  const size = px[0]!.width;
  const width = Math.min(MAX_WIDTH, size * 4);
  const height = width / 2;
  const out = new ImageData(width, height);
  for (let j = 0; j < height; j++) {
    const pitch = (0.5 - (j + 0.5) / height) * Math.PI;
    for (let i = 0; i < width; i++) {
      const yaw = ((i + 0.5) / width - 0.5) * 2 * Math.PI;
      const x = Math.sin(yaw) * Math.cos(pitch);
      const y = Math.sin(pitch);
      const z = Math.cos(yaw) * Math.cos(pitch);
      const ax = Math.abs(x);
      const ay = Math.abs(y);
      const az = Math.abs(z);
      let face: number;
      let u: number;
      let v: number;
      if (az >= ax && az >= ay) [face, u, v] = z > 0 ? [0, x / az, -y / az] : [2, -x / az, -y / az];
      else if (ax >= ay) [face, u, v] = x > 0 ? [1, -z / ax, -y / ax] : [3, z / ax, -y / ax];
      else [face, u, v] = y > 0 ? [4, x / ay, z / ay] : [5, x / ay, -z / ay];
      const f = px[face]!;
      const fx = Math.min(size - 1, Math.floor(((u + 1) / 2) * size));
      const fy = Math.min(size - 1, Math.floor(((v + 1) / 2) * size));
      const s = (fy * size + fx) * 4;
      const d = (j * width + i) * 4;
      out.data[d] = f.data[s]!;
      out.data[d + 1] = f.data[s + 1]!;
      out.data[d + 2] = f.data[s + 2]!;
      out.data[d + 3] = 255;
    }
  }
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.putImageData(out, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}

/** Joins every queued cube panorama into a photo and puts it in its scene; what fails stays a placeholder and is reported. */
export async function joinCubes(result: ImportResult): Promise<ImportResult> {
  if (result.cubeJobs.length === 0) return result;
  const story = structuredClone(result.story);
  const media = new Map(result.media);
  const notes = [...result.report.notes];
  for (const job of result.cubeJobs) {
    const scene = story.scenes.find((s) => s.id === job.sceneId);
    if (!scene) continue;
    try {
      const bytes = await cubeToEquirect(job.faces, job.faceSize);
      const probe = probeImage(bytes);
      if (probe.status !== 'ok') throw new Error('not a picture');
      const id = assetIdOf(bytes);
      media.set(id, { bytes, mime: 'image/jpeg' });
      story.assets.push({ id, kind: 'image', mime: 'image/jpeg', bytes: bytes.length, name: `${scene.id}.jpg`, width: probe.width, height: probe.height, alt: {}, credit: { source: `Imported from ${result.report.source}` }, consent: { peopleRecognisable: 'unknown', consentRecorded: false } });
      scene.panorama = id;
      notes.push(cubeNote(result, job.sceneId, 'joined'));
    } catch {
      notes.push(cubeNote(result, job.sceneId, 'failed'));
    }
  }
  const used = new Set(story.scenes.map((s) => s.panorama));
  story.assets = story.assets.filter((a) => used.has(a.id) || a.kind !== 'image' || !a.placeholder);
  for (const id of [...media.keys()]) if (!story.assets.some((a) => a.id === id)) media.delete(id);
  const placeholderIds = new Set(story.assets.filter((a) => a.kind === 'image' && a.placeholder).map((a) => a.id));
  return {
    story,
    media,
    cubeJobs: [],
    problems: lintStory(story),
    report: { ...result.report, notes, placeholders: story.scenes.filter((s) => s.panorama && placeholderIds.has(s.panorama)).length },
  };
}
