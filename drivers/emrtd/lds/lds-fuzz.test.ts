import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../result';
import { buildCardFiles, CARD_FILE_IDS } from '../../sim/card-profile/build-card-files';
import { shippedProfile } from '../../sim/card-profile/shipped-profiles.fixtures';
import { defaultTestPki } from '../../sim/card-profile/test-pki';
import { parseDg1 } from './dg1';
import { parseDg13 } from './dg13';
import { parseDg14 } from './dg14';
import { parseDg2 } from './dg2';
import { parseEfCom } from './ef-com';
import { parseSecurityInfos } from './security-infos';
import { parseSod } from './sod';

/**
 * Every parser of chip bytes, fed real simulator files with random edits, truncations and random bytes:
 * the answer is a value or a typed error (dotted code), never another exception or a hang.
 */
const CODE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

let files: Map<number, Uint8Array>;
beforeAll(async () => {
  files = buildCardFiles(await shippedProfile('nguyen-van-an'), defaultTestPki());
});

function damaged(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edits = fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((list) => {
    const b = seed.slice();
    for (const [i, v] of list) b[i] = v;
    return b;
  });
  const truncated = fc.nat(seed.length).map((n) => seed.slice(0, n));
  const spliced = fc.tuple(fc.nat(seed.length), fc.uint8Array({ maxLength: 8 })).map(([i, extra]) => Uint8Array.from([...seed.subarray(0, i), ...extra, ...seed.subarray(i)]));
  return fc.oneof(edits, truncated, spliced, fc.uint8Array({ maxLength: 120 }));
}

const cases: [string, number, (b: Uint8Array) => Result<unknown>][] = [
  ['EF.CardAccess', CARD_FILE_IDS.cardAccess, parseSecurityInfos],
  ['EF.COM', CARD_FILE_IDS.com, parseEfCom],
  ['DG1', CARD_FILE_IDS.dg1, parseDg1],
  ['DG2', CARD_FILE_IDS.dg2, parseDg2],
  ['DG13', CARD_FILE_IDS.dg13, (b) => parseDg13(b, { includeSensitive: true })],
  ['DG14', CARD_FILE_IDS.dg14, parseDg14],
  ['EF.SOD', CARD_FILE_IDS.sod, parseSod],
];

describe('property: damaged chip files never throw', () => {
  it.each(cases)('%s', (_name, fid, parse) => {
    const seed = files.get(fid) as Uint8Array;
    expect(parse(seed).ok).toBe(true); // the undamaged file parses
    fc.assert(
      fc.property(damaged(seed), (bytes) => {
        const r = parse(bytes);
        if (!r.ok) expect(r.error.code).toMatch(CODE);
      }),
      { numRuns: fid === CARD_FILE_IDS.dg2 || fid === CARD_FILE_IDS.sod ? 400 : 1500 },
    );
  });
});
