import type { SmCipherAlgorithm } from '../crypto/kdf';

/**
 * PACE protocol object identifiers (ICAO 9303-11 §9.2.2, BSI TR-03110-3 A.1.1):
 * id-PACE = 0.4.0.127.0.7.2.2.4, then .<mapping>.<cipher> with mapping 1 DH-GM, 2 ECDH-GM, 3 DH-IM,
 * 4 ECDH-IM, 6 ECDH-CAM and cipher 1 3DES-CBC-CBC, 2 AES-CBC-CMAC-128, 3 -192, 4 -256.
 * This driver implements ECDH Generic Mapping, which is what VN cards declare
 * (id-PACE-ECDH-GM-AES-CBC-CMAC-128 = 0.4.0.127.0.7.2.2.4.2.2).
 */
export const ID_PACE = '0.4.0.127.0.7.2.2.4';

export interface PaceProtocol {
  readonly oid: string;
  readonly name: string;
  readonly mapping: 'ECDH-GM';
  readonly algorithm: SmCipherAlgorithm;
}

const CIPHERS: ReadonlyArray<[number, SmCipherAlgorithm, string]> = [
  [1, '3DES', '3DES-CBC-CBC'],
  [2, 'AES-128', 'AES-CBC-CMAC-128'],
  [3, 'AES-192', 'AES-CBC-CMAC-192'],
  [4, 'AES-256', 'AES-CBC-CMAC-256'],
];

const PROTOCOLS: ReadonlyMap<string, PaceProtocol> = new Map(
  CIPHERS.map(([n, algorithm, suffix]) => {
    const oid = `${ID_PACE}.2.${n}`;
    return [oid, { oid, name: `id-PACE-ECDH-GM-${suffix}`, mapping: 'ECDH-GM', algorithm }];
  }),
);

/** The supported protocol for a dotted OID, or undefined (DH, Integrated Mapping, CAM, unknown). */
export const paceProtocolByOid = (oid: string): PaceProtocol | undefined => PROTOCOLS.get(oid);

export const isPaceOid = (oid: string): boolean => oid.startsWith(`${ID_PACE}.`);

/** DER content bytes of an OBJECT IDENTIFIER (X.690 §8.19), e.g. for the MSE:Set AT data object 80. */
export const encodeOidValue = (dotted: string): Uint8Array => {
  const arcs = dotted.split('.').map((s) => {
    if (!/^\d+$/.test(s)) throw new RangeError(`bad OID ${dotted}`);
    return BigInt(s);
  });
  const [first, second, ...rest] = arcs;
  if (first === undefined || second === undefined || first > 2n) throw new RangeError(`bad OID ${dotted}`);
  const out: number[] = [];
  for (const arc of [first * 40n + second, ...rest]) {
    const chunk: number[] = [Number(arc & 0x7fn)];
    for (let v = arc >> 7n; v > 0n; v >>= 7n) chunk.unshift(Number(v & 0x7fn) | 0x80);
    out.push(...chunk);
  }
  return Uint8Array.from(out);
};
