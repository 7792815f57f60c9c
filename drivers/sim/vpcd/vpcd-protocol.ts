/**
 * The wire protocol of vsmartcard's virtual reader driver (vpcd, Debian package vsmartcard-vpcd): TCP,
 * each message a 2-byte big-endian length then the payload. From the driver, a 1-byte payload is a control
 * message (0x00 power off, 0x01 power on, 0x02 reset, 0x04 get ATR); anything longer is a command APDU.
 * The card side answers get-ATR with the ATR and an APDU with the response APDU, same framing. Pure.
 */

export const VPCD_DEFAULT_PORT = 35963;

export type VpcdMessage =
  | { readonly kind: 'power-off' }
  | { readonly kind: 'power-on' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'get-atr' }
  | { readonly kind: 'apdu'; readonly apdu: Uint8Array }
  | { readonly kind: 'unknown'; readonly code: number };

const CONTROL: Readonly<Record<number, VpcdMessage>> = {
  0x00: { kind: 'power-off' },
  0x01: { kind: 'power-on' },
  0x02: { kind: 'reset' },
  0x04: { kind: 'get-atr' },
};

export function classifyVpcdMessage(payload: Uint8Array): VpcdMessage {
  if (payload.length === 1) return CONTROL[payload[0]!] ?? { kind: 'unknown', code: payload[0]! };
  return { kind: 'apdu', apdu: payload };
}

export function encodeVpcdMessage(payload: Uint8Array): Uint8Array {
  if (payload.length > 0xffff) throw new RangeError(`vpcd message of ${payload.length} bytes is too long`);
  const out = new Uint8Array(payload.length + 2);
  out[0] = payload.length >> 8;
  out[1] = payload.length & 0xff;
  out.set(payload, 2);
  return out;
}

/** Splits a TCP byte stream into vpcd payloads; keeps a partial message for the next chunk. */
export class VpcdFramer {
  private buffer = new Uint8Array(0);

  push(chunk: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    const out: Uint8Array[] = [];
    let at = 0;
    while (joined.length - at >= 2) {
      const length = (joined[at]! << 8) | joined[at + 1]!;
      if (joined.length - at - 2 < length) break;
      out.push(joined.slice(at + 2, at + 2 + length));
      at += 2 + length;
    }
    this.buffer = joined.slice(at);
    return out;
  }
}

/**
 * The ATR a PC/SC reader reports for an ISO 14443-4 type A card (PC/SC part 3 §3.1.3.2.3):
 * 3B 8n 80 01 <historical bytes of the ATS> TCK, TCK the XOR of T0 … the last historical byte.
 */
export function contactlessAtr(historicalBytes: Uint8Array): Uint8Array {
  const n = Math.min(historicalBytes.length, 15);
  const body = Uint8Array.from([0x8 << 4 | n, 0x80, 0x01, ...historicalBytes.subarray(0, n)]);
  const tck = body.reduce((x, b) => x ^ b, 0);
  return Uint8Array.from([0x3b, ...body, tck]);
}
