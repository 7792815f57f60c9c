import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, quotes and line breaks', () => {
    const text = '\uFEFFcode,name,steps\r\n1.001193,"Đăng ký khai sinh","Bước 1: ""nộp""\nBước 2, trả"\r\n';
    expect(parseCsv(text)).toEqual({ ok: true, rows: [['code', 'name', 'steps'], ['1.001193', 'Đăng ký khai sinh', 'Bước 1: "nộp"\nBước 2, trả']] });
  });

  it('detects ";" as written by Excel with Vietnamese regional settings', () => {
    expect(parseCsv('code;name\n1.001193;"a, b"\n')).toEqual({ ok: true, rows: [['code', 'name'], ['1.001193', 'a, b']] });
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, line: 2, message: 'a quoted cell is never closed' });
  });

  it('round-trips any table through writeCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ế', ',', ';', '"', '\n', '\r\n', ' ', '1') });
    const table = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 5 }));
    fc.assert(fc.property(table, (rows) => {
      // A row of one empty cell is an empty line, which CSV cannot tell from nothing.
      fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
      expect(parseCsv(writeCsv(rows), ',')).toEqual({ ok: true, rows });
    }));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseCsv(s).ok === 'boolean'));
  });
});
