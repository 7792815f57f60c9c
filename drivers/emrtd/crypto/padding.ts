/**
 * ISO/IEC 9797-1 padding method 2 (ICAO 9303-11 §9.8.3 uses it for both encryption and MAC input):
 * append 0x80, then 0x00 up to a multiple of the block size. Always adds at least one byte.
 */
export const padIso9797m2 = (data: Uint8Array, blockSize: number): Uint8Array => {
  const length = (Math.floor(data.length / blockSize) + 1) * blockSize;
  const out = new Uint8Array(length);
  out.set(data);
  out[data.length] = 0x80;
  return out;
};

/** Removes method-2 padding; undefined when the padding is absent or malformed (never throws). */
export const unpadIso9797m2 = (data: Uint8Array): Uint8Array | undefined => {
  let i = data.length - 1;
  while (i >= 0 && data[i] === 0x00) i--;
  if (i < 0 || data[i] !== 0x80) return undefined;
  return data.slice(0, i);
};
