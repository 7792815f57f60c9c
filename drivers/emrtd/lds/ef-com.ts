import { err, ok, type Result } from '../../result';
import { childrenOf, expectTlv } from './der';

/**
 * EF.COM (ICAO 9303-10 §4.6.1): LDS version, Unicode version and the list of data groups present,
 * as their tags. Tag 60 { 5F01 "aabb", 5F36 "aabbcc", 5C tag list }.
 */
export interface EfCom {
  /** "1.7" for the LDS version bytes "0107". */
  ldsVersion: string;
  /** "4.0.0" for the Unicode version bytes "040000". */
  unicodeVersion: string;
  /** Data group numbers listed, in file order (e.g. [1, 2, 3, 13, 14, 15] on a CCCD). */
  dataGroups: number[];
  /** Listed tags that name no data group, kept so nothing is silently dropped. */
  unknownTags: number[];
}

/** Data group number → its file tag (ICAO 9303-10 §4.6.1 Table 36 / §4.7). DG3 is 63, DG13 is 6D. */
export const DG_TAGS: Readonly<Record<number, number>> = {
  1: 0x61, 2: 0x75, 3: 0x63, 4: 0x76, 5: 0x65, 6: 0x66, 7: 0x67, 8: 0x68,
  9: 0x69, 10: 0x6a, 11: 0x6b, 12: 0x6c, 13: 0x6d, 14: 0x6e, 15: 0x6f, 16: 0x70,
};

/** Tag → data group number, the inverse of DG_TAGS. */
export function dataGroupOfTag(tag: number): number | undefined {
  for (const [dg, t] of Object.entries(DG_TAGS)) if (t === tag) return Number(dg);
  return undefined;
}

const CODE = 'ef-com.malformed';

export function parseEfCom(bytes: Uint8Array): Result<EfCom> {
  const top = expectTlv(bytes, 0x60, CODE, true);
  if (!top.ok) return top;
  const children = childrenOf(top.value, CODE);
  if (!children.ok) return children;
  const lds = children.value.find((t) => t.tag === 0x5f01);
  const unicode = children.value.find((t) => t.tag === 0x5f36);
  const list = children.value.find((t) => t.tag === 0x5c);
  if (!lds || !list) return err(CODE, 'EF.COM lacks the LDS version (5F01) or the tag list (5C)');
  const ldsText = ascii(lds.value);
  if (!/^\d{4}$/.test(ldsText)) return err(CODE, 'LDS version is not 4 digits');
  const unicodeText = unicode ? ascii(unicode.value) : '';
  if (unicode && !/^\d{6}$/.test(unicodeText)) return err(CODE, 'Unicode version is not 6 digits');
  const dataGroups: number[] = [];
  const unknownTags: number[] = [];
  for (const tag of list.value) {
    const dg = dataGroupOfTag(tag);
    if (dg === undefined) unknownTags.push(tag);
    else dataGroups.push(dg);
  }
  return ok({
    ldsVersion: `${Number(ldsText.slice(0, 2))}.${Number(ldsText.slice(2))}`,
    unicodeVersion: unicode ? [0, 2, 4].map((i) => Number(unicodeText.slice(i, i + 2))).join('.') : '',
    dataGroups,
    unknownTags,
  });
}

const ascii = (b: Uint8Array) => Buffer.from(b).toString('latin1');
