import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HONEYWELL_HID_POS_LAYOUT, HidPosReassembler, NEWLAND_HID_POS_LAYOUT, toHidPosReports } from './hid-pos-report';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('HidPosReassembler (Honeywell/Access-IS layout)', () => {
  it('reads the documented two-report example: 56 bytes with "continued", then 4', () => {
    // Access-IS ATR110 manual, "Example HID input reports": a 60-byte payload split 56 + 4, byte 63 = 1 then 0.
    const payload = utf8('M1GATHERGOOD/MICHAEL YABCDEF LHRDURAK 3542 052Y003D23'.padEnd(60, ' '));
    expect(payload.length).toBe(60);
    const first = new Uint8Array(64);
    first.set([0x02, 56, 0x5d, 0x51, 0x30]);
    first.set(payload.subarray(0, 56), 5);
    first[61] = 0x73;
    first[63] = 0x01;
    const second = new Uint8Array(64);
    second.set([0x02, 4, 0x5d, 0x51, 0x30]);
    second.set(payload.subarray(56), 5);
    second[61] = 0x73;

    const r = new HidPosReassembler();
    expect(r.push(first)).toEqual({ ok: true, value: null });
    expect(r.inProgress).toBe(true);
    const done = r.push(second);
    expect(done.ok && done.value?.symbology).toBe(']Q0');
    expect(done.ok && new TextDecoder().decode(done.value?.bytes)).toBe(new TextDecoder().decode(payload));
  });

  it('keeps multi-byte UTF-8 split across reports intact (bytes are joined before decoding)', () => {
    const qr = '079193004567|272618899|Nguyễn Thị Ngọc Ánh|05011993|Nữ|Số 12, Đường Trần Hưng Đạo, Phường Bến Nghé|15072021';
    const reports = toHidPosReports(utf8(qr));
    expect(reports.length).toBeGreaterThan(1);
    const r = new HidPosReassembler();
    const results = reports.map((rep) => r.push(rep));
    const last = results.at(-1);
    expect(last?.ok && new TextDecoder('utf-8', { fatal: true }).decode(last.value?.bytes)).toBe(qr);
  });

  it('reads the Newland layout (data from byte 2, symbology byte 62)', () => {
    const report = new Uint8Array(64);
    report.set([0x02, utf8('Đức').length]);
    report.set(utf8('Đức'), 2);
    report[62] = 0x51;
    const r = new HidPosReassembler(NEWLAND_HID_POS_LAYOUT).push(report);
    expect(r.ok && r.value && new TextDecoder().decode(r.value.bytes)).toBe('Đức');
    expect(r.ok && r.value?.symbology).toBe('Q');
    const reports = toHidPosReports(utf8('x'.repeat(100)), 'Q', NEWLAND_HID_POS_LAYOUT);
    expect(reports.map((rep) => [rep[1], rep[63]])).toEqual([
      [56, 1],
      [44, 0],
    ]);
  });

  it('ignores reports with another report ID', () => {
    const r = new HidPosReassembler();
    expect(r.push(new Uint8Array([0x01, 0, 0x04, 0, 0, 0, 0, 0]))).toEqual({ ok: true, value: null });
    expect(r.inProgress).toBe(false);
  });

  it('rejects a report too short for the layout or with a length beyond capacity', () => {
    const r = new HidPosReassembler();
    expect(r.push(new Uint8Array([0x02, 3, 0x5d, 0x51, 0x31, 0x41]))).toMatchObject({ ok: false, error: { code: 'qr.hid-report-invalid' } });
    const tooLong = new Uint8Array(64);
    tooLong.set([0x02, 57]);
    expect(r.push(tooLong)).toMatchObject({ ok: false, error: { code: 'qr.hid-report-invalid' } });
  });

  it('round-trips any payload through toHidPosReports', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (payload) => {
        const r = new HidPosReassembler(HONEYWELL_HID_POS_LAYOUT);
        let out: Uint8Array | undefined;
        for (const report of toHidPosReports(payload)) {
          const res = r.push(report);
          if (res.ok && res.value) out = res.value.bytes;
        }
        return out !== undefined && Buffer.from(out).equals(Buffer.from(payload));
      }),
    );
  });

  it('never throws on arbitrary reports', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 80 }), { maxLength: 20 }), (reports) => {
        const r = new HidPosReassembler();
        return reports.every((rep) => typeof r.push(rep).ok === 'boolean');
      }),
    );
  });
});
