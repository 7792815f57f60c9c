/**
 * Historical bytes of an ATR or ATS (ISO/IEC 7816-4 §8.1.1): what a card says about itself. Only the
 * "card capabilities" data object is read here, for one bit: whether the card takes extended Lc/Le
 * fields (§8.1.1.2.7, third software function table, b7). ICAO 9303-10 asks an eMRTD that supports
 * extended length to say so there (or in EF.ATR/INFO).
 */

/** Compact-TLV tag of the card capabilities (tag 7, "73" with a 3-byte value). */
const CARD_CAPABILITIES_TAG = 0x7;
const EXTENDED_LENGTH_BIT = 0x40;

/** The compact-TLV part of the historical bytes, by category indicator (§8.1.1.1); undefined when none. */
const compactTlvPart = (historical: Uint8Array): Uint8Array | undefined => {
  const category = historical[0];
  if (category === 0x80) return historical.subarray(1);
  // Category 00: the last three bytes are a mandatory status indicator outside the TLV objects.
  if (category === 0x00 && historical.length >= 4) return historical.subarray(1, historical.length - 3);
  return undefined;
};

/** True when the historical bytes carry card capabilities with the extended-length bit set. Never throws. */
export function announcesExtendedLength(historical: Uint8Array | undefined): boolean {
  if (historical === undefined || historical.length === 0) return false;
  const objects = compactTlvPart(historical);
  if (objects === undefined) return false;
  let at = 0;
  while (at < objects.length) {
    const head = objects[at]!;
    const tag = head >> 4;
    const length = head & 0x0f;
    if (at + 1 + length > objects.length) return false;
    if (tag === CARD_CAPABILITIES_TAG && length >= 3) return (objects[at + 3]! & EXTENDED_LENGTH_BIT) !== 0;
    at += 1 + length;
  }
  return false;
}

/**
 * Historical bytes inside an ATS (ISO 14443-4 §5.2, without TL): T0 says which of TA, TB, TC follow;
 * everything after them is historical.
 */
export function historicalBytesOfAts(ats: Uint8Array): Uint8Array {
  if (ats.length === 0) return new Uint8Array(0);
  const t0 = ats[0]!;
  const skip = 1 + ((t0 & 0x10) !== 0 ? 1 : 0) + ((t0 & 0x20) !== 0 ? 1 : 0) + ((t0 & 0x40) !== 0 ? 1 : 0);
  return ats.slice(Math.min(skip, ats.length));
}

/**
 * Historical bytes inside an ATR (ISO 7816-3 §8.2): T0's low nibble counts them; interface bytes TAi…TDi
 * come first as each TD announces. A PC/SC reader builds a contactless card's ATR from its ATS this way
 * (PC/SC part 3 §3.1.3.2.3). Malformed ATRs give an empty result.
 */
export function historicalBytesOfAtr(atr: Uint8Array): Uint8Array {
  if (atr.length < 2) return new Uint8Array(0);
  const count = atr[1]! & 0x0f;
  let y = atr[1]! >> 4;
  let at = 2;
  for (;;) {
    const present = [0x1, 0x2, 0x4, 0x8].filter((bit) => (y & bit) !== 0).length;
    const td = (y & 0x8) !== 0 ? atr[at + present - 1] : undefined;
    at += present;
    if (td === undefined) break;
    y = td >> 4;
  }
  return at + count <= atr.length ? atr.slice(at, at + count) : new Uint8Array(0);
}
