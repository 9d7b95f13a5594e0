import { useMemo } from 'react';
import { renderSVG } from 'uqr';

/**
 * The QR code of an address, black on white with its quiet zone, as an image with the address as
 * its text alternative (screen readers read the address; people can also type it).
 */
export function QrCode({ text, size = 220, label }: { text: string; size?: number; label?: string }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: 'M', border: 2 }))}`, [text]);
  return <img className="qr-code" src={src} width={size} height={size} alt={label ?? text} style={{ background: '#fff', borderRadius: 8 }} />;
}
