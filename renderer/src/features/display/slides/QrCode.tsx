import { memo } from 'react';
import { qrSvgDataUrl } from '../qr';

/** A QR code image for an address; `label` is what a screen reader says (the address itself). */
export const QrCode = memo(function QrCode({ url, className = '' }: { url: string; className?: string }) {
  const src = qrSvgDataUrl(url);
  if (!src) return null;
  return <img className={`display-qr ${className}`} src={src} alt={url} decoding="sync" draggable={false} />;
});
