import { brainpoolP256r1, brainpoolP384r1, brainpoolP512r1 } from '@noble/curves/misc.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js';

/**
 * The named curves Passive Authentication accepts, by OID (RFC 5480 §2.1.1.1, RFC 5639 §4.1) and by
 * their parameters, so a key given with EXPLICIT parameters (as the Vietnamese CSCA is, and as many
 * Document Signers are) is recognised as the named curve it is. Noble ships brainpool r1 curves from
 * RFC 5639 (checked: @noble/curves/misc.js), so no parameters are redefined here.
 */
export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'brainpoolP256r1' | 'brainpoolP384r1' | 'brainpoolP512r1';

export interface NamedCurve {
  name: CurveName;
  oid: string;
  /** Field size in bytes (coordinate length). */
  size: number;
  /** Key size in bits, as listings print it. */
  bits: number;
  ecdsa: ECDSA;
}

export const NAMED_CURVES: readonly NamedCurve[] = [
  { name: 'P-256', oid: '1.2.840.10045.3.1.7', size: 32, bits: 256, ecdsa: p256 },
  { name: 'P-384', oid: '1.3.132.0.34', size: 48, bits: 384, ecdsa: p384 },
  { name: 'P-521', oid: '1.3.132.0.35', size: 66, bits: 521, ecdsa: p521 },
  { name: 'brainpoolP256r1', oid: '1.3.36.3.3.2.8.1.1.7', size: 32, bits: 256, ecdsa: brainpoolP256r1 },
  { name: 'brainpoolP384r1', oid: '1.3.36.3.3.2.8.1.1.11', size: 48, bits: 384, ecdsa: brainpoolP384r1 },
  { name: 'brainpoolP512r1', oid: '1.3.36.3.3.2.8.1.1.13', size: 64, bits: 512, ecdsa: brainpoolP512r1 },
];

export const curveByOid = (oid: string): NamedCurve | undefined => NAMED_CURVES.find((c) => c.oid === oid);
export const curveByName = (name: string): NamedCurve | undefined => NAMED_CURVES.find((c) => c.name === name);

/** Explicit prime-field curve parameters (X9.62 SpecifiedECDomain), as integers. */
export interface ExplicitCurveParameters {
  p: bigint;
  a: bigint;
  b: bigint;
  gx: bigint;
  gy: bigint;
  n: bigint;
  /** Cofactor; absent in the encoding means unknown, accepted as 1 for these curves. */
  h?: bigint;
}

/** The named curve whose every parameter equals the given ones, or undefined (no partial matches). */
export function matchExplicitCurve(params: ExplicitCurveParameters): NamedCurve | undefined {
  return NAMED_CURVES.find((c) => {
    const k = c.ecdsa.Point.CURVE();
    return k.p === params.p && k.a === params.a && k.b === params.b && k.Gx === params.gx && k.Gy === params.gy && k.n === params.n && (params.h === undefined || k.h === params.h);
  });
}
