import { createPublicKey, type KeyObject } from 'node:crypto';
import { ECParameters } from '@peculiar/asn1-ecc';
import { AsnConvert } from '@peculiar/asn1-schema';
import { err, ok, type Result } from '../../result';
import { bytesToBigInt, childrenOf, decodeBigInt, decodeOid, expectTlv, rawTlv, TAG } from '../lds/der';
import { parseTlv } from '../lds/tlv';
import { OID_EC_PUBLIC_KEY, OID_RSA_ENCRYPTION, OID_RSASSA_PSS } from './algorithms';
import { curveByOid, matchExplicitCurve, NAMED_CURVES, type NamedCurve } from './curves';

/**
 * A public key from a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7). EC keys go through noble (node:crypto
 * does not accept brainpool curves given with explicit parameters); RSA keys through node:crypto.
 */
export type PublicKey =
  | {
      kind: 'ec';
      curve: NamedCurve;
      /** SEC 1 encoded point as in the certificate (04 || X || Y, or compressed). */
      point: Uint8Array;
      /** True when the certificate spelt out the curve parameters instead of naming the curve. */
      explicitParameters: boolean;
    }
  | { kind: 'rsa'; keyObject: KeyObject; bits: number; pss: boolean };

const OID_PRIME_FIELD = '1.2.840.10045.1.1';

export function parsePublicKey(spki: Uint8Array): Result<PublicKey> {
  const top = expectTlv(spki, TAG.sequence, 'pa.unsupported-key');
  if (!top.ok) return top;
  const parts = childrenOf(top.value, 'pa.unsupported-key');
  if (!parts.ok) return parts;
  const [algTlv, keyTlv] = parts.value;
  if (!algTlv || algTlv.tag !== TAG.sequence || !keyTlv || keyTlv.tag !== TAG.bitString || keyTlv.value[0] !== 0) {
    return err('pa.unsupported-key', 'SubjectPublicKeyInfo is not { AlgorithmIdentifier, BIT STRING }');
  }
  const alg = childrenOf(algTlv, 'pa.unsupported-key');
  if (!alg.ok) return alg;
  const [oidTlv, params] = alg.value;
  const oid = oidTlv?.tag === TAG.oid ? decodeOid(oidTlv.value) : err('pa.unsupported-key', 'no algorithm OID');
  if (!oid.ok) return err('pa.unsupported-key', oid.error.detail);

  if (oid.value === OID_RSA_ENCRYPTION || oid.value === OID_RSASSA_PSS) {
    try {
      const keyObject = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
      const bits = keyObject.asymmetricKeyDetails?.modulusLength ?? 0;
      return ok({ kind: 'rsa', keyObject, bits, pss: oid.value === OID_RSASSA_PSS });
    } catch (e) {
      return err('pa.unsupported-key', `RSA key not accepted: ${(e as Error).message}`);
    }
  }
  if (oid.value !== OID_EC_PUBLIC_KEY) return err('pa.unsupported-key', `key algorithm ${oid.value} is not supported`);
  if (!params) return err('pa.unknown-curve', 'EC key without curve parameters (implicitCurve)');
  const point = keyTlv.value.slice(1);
  let curve: NamedCurve | undefined;
  let explicitParameters = false;
  if (params.tag === TAG.oid) {
    const curveOid = decodeOid(params.value);
    curve = curveOid.ok ? curveByOid(curveOid.value) : undefined;
    if (!curve) return err('pa.unknown-curve', `named curve ${curveOid.ok ? curveOid.value : '?'} is not supported`);
  } else if (params.tag === TAG.sequence) {
    explicitParameters = true;
    const matched = matchSpecifiedCurve(rawTlv(params));
    if (!matched.ok) return matched;
    curve = matched.value;
  } else {
    return err('pa.unknown-curve', 'EC parameters are neither a named curve nor explicit');
  }
  try {
    curve.ecdsa.Point.fromBytes(point).assertValidity();
  } catch {
    return err('pa.unsupported-key', `EC public key is not a point on ${curve.name}`);
  }
  return ok({ kind: 'ec', curve, point, explicitParameters });
}

/** X9.62 SpecifiedECDomain → the named curve with identical parameters (RFC 3279 §2.3.5). */
function matchSpecifiedCurve(parametersDer: Uint8Array): Result<NamedCurve> {
  let params: ECParameters;
  try {
    params = AsnConvert.parse(parametersDer, ECParameters);
  } catch (e) {
    return err('pa.unknown-curve', `explicit EC parameters not understood: ${(e as Error).message}`);
  }
  const spec = params.specifiedCurve;
  if (!spec) return err('pa.unknown-curve', 'EC parameters are not a specified curve');
  if (spec.fieldID.fieldType !== OID_PRIME_FIELD) return err('pa.unknown-curve', 'only prime-field curves are supported');
  const prime = parseTlv(new Uint8Array(spec.fieldID.parameters));
  if (!prime.ok || prime.value.tag !== TAG.integer) return err('pa.unknown-curve', 'prime-field parameter is not an INTEGER');
  const p = decodeBigInt(prime.value.value);
  const a = bytesToBigInt(new Uint8Array(spec.curve.a));
  const b = bytesToBigInt(new Uint8Array(spec.curve.b));
  const n = integerValue(spec.order);
  const h = spec.cofactor === undefined ? undefined : integerValue(spec.cofactor);
  const base = new Uint8Array(spec.base.buffer);
  // The base point may be compressed: decode it on each curve whose field and equation match.
  for (const candidate of NAMED_CURVES) {
    const k = candidate.ecdsa.Point.CURVE();
    if (k.p !== p || k.a !== a || k.b !== b || k.n !== n) continue;
    try {
      const g = candidate.ecdsa.Point.fromBytes(base).toAffine();
      const match = matchExplicitCurve({ p, a, b, n, gx: g.x, gy: g.y, ...(h === undefined ? {} : { h }) });
      if (match) return ok(match);
    } catch {
      // not this curve's point encoding
    }
  }
  return err('pa.unknown-curve', 'explicit EC parameters match no supported named curve');
}

/** The schema library gives INTEGERs as ArrayBuffer, or as a number when they are small (e.g. cofactor 1). */
function integerValue(v: ArrayBuffer | number): bigint {
  return typeof v === 'number' ? BigInt(v) : bytesToBigInt(new Uint8Array(v));
}

/** Human-readable key description for listings: "EC brainpoolP512r1 (explicit parameters)", "RSA 3072". */
export function describePublicKey(key: PublicKey): { algorithm: 'EC' | 'RSA' | 'RSASSA-PSS'; curve?: string; bits: number; explicitParameters?: boolean } {
  if (key.kind === 'ec') {
    return { algorithm: 'EC', curve: key.curve.name, bits: key.curve.bits, explicitParameters: key.explicitParameters };
  }
  return { algorithm: key.pss ? 'RSASSA-PSS' : 'RSA', bits: key.bits };
}
