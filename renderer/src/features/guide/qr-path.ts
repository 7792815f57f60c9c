import QRCode from 'qrcode';

/**
 * A QR code as one SVG path ("M x y h1 v1 h-1 z" per dark module) and its size in modules, including a
 * 4-module quiet zone (ISO/IEC 18004 §6.3.8). Error correction M survives a phone held at an angle.
 */
export function qrPath(text: string): { path: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { path, size: modules.size + 2 * quiet };
}
