import { describe, expect, it } from 'vitest';
import { dataGroupOfTag, parseEfCom } from './ef-com';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('parseEfCom (ICAO 9303-10 §4.6.1)', () => {
  it('reads a CCCD EF.COM: LDS 1.7, Unicode 4.0.0, DG1 DG2 DG3 DG13 DG14 DG15', () => {
    const com = hex('60 18 5F01 04 30313037 5F36 06 303430303030 5C 06 61 75 63 6D 6E 6F');
    expect(parseEfCom(com)).toEqual({
      ok: true,
      value: { ldsVersion: '1.7', unicodeVersion: '4.0.0', dataGroups: [1, 2, 3, 13, 14, 15], unknownTags: [] },
    });
  });

  it('keeps unknown tags and tolerates padding after the object', () => {
    const r = parseEfCom(hex('60 0E 5F01 04 30313037 5C 03 61 99 6B 0000'));
    expect(r.ok && r.value).toMatchObject({ dataGroups: [1, 11], unknownTags: [0x99], unicodeVersion: '' });
  });

  it.each([
    ['wrong tag', '61 00'],
    ['no tag list', '60 07 5F01 04 30313037'],
    ['bad LDS version', '60 0B 5F01 04 3031AA37 5C 01 61'],
    ['truncated', '60 16 5F01 04'],
  ])('rejects %s with ef-com.malformed', (_n, input) => {
    const r = parseEfCom(hex(input));
    expect(!r.ok && r.error.code).toBe('ef-com.malformed');
  });

  it('maps DG tags both ways', () => {
    expect(dataGroupOfTag(0x6d)).toBe(13);
    expect(dataGroupOfTag(0x63)).toBe(3);
    expect(dataGroupOfTag(0x60)).toBeUndefined();
  });
});
