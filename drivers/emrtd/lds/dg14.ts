import { err, ok, type Result } from '../../result';
import { childrenOf, expectTlv, rawTlv, TAG } from './der';
import { parseSecurityInfos, type SecurityInfo } from './security-infos';

/** DG14 (ICAO 9303-10 §4.7.14): tag 6E wrapping the SecurityInfos for Chip Authentication (9303-11 §9.2). */
export interface Dg14 {
  securityInfos: SecurityInfo[];
}

const CODE = 'dg14.malformed';

export function parseDg14(bytes: Uint8Array): Result<Dg14> {
  const top = expectTlv(bytes, 0x6e, CODE, true);
  if (!top.ok) return top;
  const inner = childrenOf(top.value, CODE);
  if (!inner.ok) return inner;
  const set = inner.value.find((t) => t.tag === TAG.set);
  if (!set) return err(CODE, 'DG14 holds no SET of SecurityInfo');
  const infos = parseSecurityInfos(rawTlv(set));
  if (!infos.ok) return err(CODE, infos.error.detail);
  return ok({ securityInfos: infos.value });
}
