import { err, ok, type Result } from '../../result';
import { childrenOf, expectTlv } from './der';
import { parseMrz, type Mrz } from './mrz';

/** DG1 (ICAO 9303-10 §4.7.1): tag 61 { 5F1F MRZ characters }. 90 characters on a TD1 ID card. */
export interface Dg1 {
  mrz: Mrz;
  /** True when every printed check digit matches (9303-3 §4.9); details per field in mrz.checks. */
  checkDigitsValid: boolean;
}

const CODE = 'dg1.malformed';

export function parseDg1(bytes: Uint8Array): Result<Dg1> {
  const top = expectTlv(bytes, 0x61, CODE, true);
  if (!top.ok) return top;
  const children = childrenOf(top.value, CODE);
  if (!children.ok) return children;
  const mrzTlv = children.value.find((t) => t.tag === 0x5f1f);
  if (!mrzTlv) return err(CODE, 'DG1 has no MRZ data object (5F1F)');
  const text = Buffer.from(mrzTlv.value).toString('latin1');
  const mrz = parseMrz(text);
  if (!mrz.ok) return mrz;
  return ok({ mrz: mrz.value, checkDigitsValid: mrz.value.checks.every((c) => c.valid) });
}
