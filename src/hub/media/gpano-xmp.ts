import type { GPano } from '../../story/media/gpano.ts';
import { jpegSegments } from '../../story/media/jpeg-meta.ts';

/**
 * A minimal XMP packet holding only a photosphere's GPano placement (no GPS, no camera details),
 * put back into a JPEG after its metadata was removed, so the editor's import still pads a phone
 * photosphere into its full 2:1 frame and turns north the right way.
 */
export function gpanoXmp(g: GPano): string {
  const attrs = [
    'GPano:ProjectionType="equirectangular"',
    `GPano:FullPanoWidthPixels="${Math.round(g.fullWidth)}"`,
    `GPano:FullPanoHeightPixels="${Math.round(g.fullHeight)}"`,
    `GPano:CroppedAreaImageWidthPixels="${Math.round(g.croppedWidth)}"`,
    `GPano:CroppedAreaImageHeightPixels="${Math.round(g.croppedHeight)}"`,
    `GPano:CroppedAreaLeftPixels="${Math.round(g.left)}"`,
    `GPano:CroppedAreaTopPixels="${Math.round(g.top)}"`,
    ...(g.heading === null ? [] : [`GPano:PoseHeadingDegrees="${Number(g.heading.toFixed(3))}"`]),
  ];
  return (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description rdf:about="" xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" ${attrs.join(' ')}/>` +
    '</rdf:RDF></x:xmpmeta>'
  );
}

const XMP_NS = 'http://ns.adobe.com/xap/1.0/\0';

/** The JPEG with an XMP (APP1) segment added after its JFIF header; null when it is not a JPEG. */
export function withXmp(jpeg: Uint8Array, xmp: string): Uint8Array | null {
  const parsed = jpegSegments(jpeg);
  if (!parsed) return null;
  const payload = new TextEncoder().encode(XMP_NS + xmp);
  if (payload.length + 2 > 0xffff) return null;
  const segment = new Uint8Array(4 + payload.length);
  segment.set([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  segment.set(payload, 4);
  // After SOI and any APP0 (JFIF), as cameras do.
  const app0 = parsed.segments.find((s) => s.marker === 0xe0);
  const at = app0 ? app0.end : 2;
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, at), 0);
  out.set(segment, at);
  out.set(jpeg.subarray(at), at + segment.length);
  return out;
}
