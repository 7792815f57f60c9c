import { weierstrass, type WeierstrassPoint, type WeierstrassPointCons } from '@noble/curves/abstract/weierstrass.js';
import { brainpoolP256r1, brainpoolP384r1, brainpoolP512r1 } from '@noble/curves/misc.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';

export type EcPoint = WeierstrassPoint<bigint>;

/** One elliptic-curve group from the standardized domain parameters of ICAO 9303-11 §9.5.1 (Table 11). */
export interface EcDomain {
  /** Standardized domain parameter ID as carried in PACEInfo.parameterId. */
  readonly id: number;
  readonly name: string;
  readonly Point: WeierstrassPointCons<bigint>;
  /** Bytes of one field element: coordinates and the ECDH shared secret have this length. */
  readonly fieldBytes: number;
  /** Order n of the base point. */
  readonly order: bigint;
}

/**
 * brainpoolP320r1 (RFC 5639 §3.5): @noble/curves ships brainpool 256/384/512 only, so it is built here
 * from the RFC's parameters; the tests check that G is on the curve and n·G = O.
 */
const brainpoolP320r1Point = weierstrass({
  p: BigInt('0xd35e472036bc4fb7e13c785ed201e065f98fcfa6f6f40def4f92b9ec7893ec28fcd412b1f1b32e27'),
  a: BigInt('0x3ee30b568fbab0f883ccebd46d3f3bb8a2a73513f5eb79da66190eb085ffa9f492f375a97d860eb4'),
  b: BigInt('0x520883949dfdbc42d3ad198640688a6fe13f41349554b49acc31dccd884539816f5eb4ac8fb1f1a6'),
  n: BigInt('0xd35e472036bc4fb7e13c785ed201e065f98fcfa5b68f12a32d482ec7ee8658e98691555b44c59311'),
  Gx: BigInt('0x43bd7e9afb53d8b85289bcc48ee5bfe6f20137d10a087eb6e7871e2a10a599c710af8d0d39e20611'),
  Gy: BigInt('0x14fdd05545ec1cc8ab4093247f77275e0743ffed117182eaa9c77877aaac6ac7d35245d1692e8ee1'),
  h: 1n,
});

const domain = (id: number, name: string, Point: WeierstrassPointCons<bigint>): EcDomain => ({
  id,
  name,
  Point,
  fieldBytes: Point.Fp.BYTES,
  order: Point.Fn.ORDER,
});

/**
 * The EC domains this driver supports, by standardized ID (ICAO 9303-11 Table 11: 8 P-192,
 * 9 brainpoolP192r1, 10 P-224, 11 brainpoolP224r1 are defined too but not supported here; 0–2 are
 * the MODP groups of DH PACE, also unsupported). VN cards use 13 = brainpoolP256r1 (cccd.md).
 */
const DOMAINS: ReadonlyMap<number, EcDomain> = new Map(
  [
    domain(12, 'NIST P-256', p256.Point),
    domain(13, 'brainpoolP256r1', brainpoolP256r1.Point),
    domain(14, 'brainpoolP320r1', brainpoolP320r1Point),
    domain(15, 'NIST P-384', p384.Point),
    domain(16, 'brainpoolP384r1', brainpoolP384r1.Point),
    domain(17, 'brainpoolP512r1', brainpoolP512r1.Point),
    domain(18, 'NIST P-521', p521.Point),
  ].map((d) => [d.id, d]),
);

export const ecDomainById = (id: number): EcDomain | undefined => DOMAINS.get(id);

export const supportedDomainIds = (): number[] => [...DOMAINS.keys()];
