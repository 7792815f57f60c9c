import { describe, expect, it } from 'vitest';
import type { ContentPack, Procedure } from '../../../api/content';
import { dataAgeDays, forWard } from './for-ward';

const proc = (code: string, province?: string): Procedure => ({
  code, name: code, sector: 'ho-tich', steps: [], channels: [], documents: [], legalBasis: [], lifeEvents: [],
  citizenWords: [], onlineEntries: [], onlineGuide: [], ...(province ? { province } : {}),
});
const pack = (procedures: Procedure[], capturedAt?: string): ContentPack => ({
  manifest: { format: 1, packId: 'p', version: '1', publisher: 'x', date: '2026-12-01', sample: false, ...(capturedAt ? { capturedAt } : {}) },
  procedures, essentialServices: [], lifeEvents: [], sectors: [], groups: [], citizenWords: [], kioskLayer: [],
});

describe('forWard: national procedures plus the ward\'s own province\'s', () => {
  const all = pack([proc('1.000001'), proc('1.000002', 'tỉnh Bắc Ninh'), proc('1.000003', 'Thành phố Huế')]);

  it('matches the province loosely (case, "Tỉnh"/"UBND tỉnh", marks)', () => {
    for (const name of ['Tỉnh Bắc Ninh', 'tỉnh Bắc Ninh', 'UBND tỉnh Bắc Ninh', 'Bac Ninh']) {
      expect(forWard(all, name).procedures.map((p) => p.code)).toEqual(['1.000001', '1.000002']);
    }
    expect(forWard(all, 'Thành phố Huế').procedures.map((p) => p.code)).toEqual(['1.000001', '1.000003']);
  });

  it('shows only national procedures to a province with none of its own, and everything without a province', () => {
    expect(forWard(all, 'Tỉnh Minh Họa').procedures.map((p) => p.code)).toEqual(['1.000001']);
    expect(forWard(all, undefined)).toBe(all);
  });
});

describe('dataAgeDays', () => {
  it('counts whole days from the capture date, else from the pack date', () => {
    expect(dataAgeDays(pack([], '2026-07-18'), new Date('2026-12-06T23:00:00Z'))).toBe(141);
    expect(dataAgeDays(pack([]), new Date('2026-12-06T00:00:00Z'))).toBe(5);
    expect(dataAgeDays(pack([], '2026-12-10'), new Date('2026-12-06T00:00:00Z'))).toBe(0);
  });
});
