import { describe, expect, it } from 'vitest';
import { formatVietnameseDateTime } from './Clock';
import { displayOptionsFrom } from './display-options';
import { qrSvgDataUrl } from './qr';
import { createSoakRecorder } from './soak-recorder';

describe('displayOptionsFrom', () => {
  it('reads speed, fade and soak, clamped; anything else gives the defaults', () => {
    expect(displayOptionsFrom('')).toEqual({ speed: 1, fadeMs: null, soak: false, slide: null });
    expect(displayOptionsFrom('?speed=200&fade=20&soak=1&slide=vneid')).toEqual({ speed: 200, fadeMs: 20, soak: true, slide: 'vneid' });
    expect(displayOptionsFrom('?speed=99999&fade=5000&slide=weather')).toEqual({ speed: 1000, fadeMs: 2000, soak: false, slide: null });
    expect(displayOptionsFrom('?speed=-3&fade=abc&soak=yes')).toEqual({ speed: 1, fadeMs: null, soak: false, slide: null });
  });
});

describe('formatVietnameseDateTime', () => {
  it('writes the ward clock in Vietnamese order, whatever the screen zone', () => {
    expect(formatVietnameseDateTime(new Date('2026-11-23T01:05:00Z'))).toBe('Thứ Hai, 23/11/2026 · 08:05');
    expect(formatVietnameseDateTime(new Date('2026-11-22T17:00:00Z'))).toBe('Thứ Hai, 23/11/2026 · 00:00');
    expect(formatVietnameseDateTime(new Date('2026-11-22T16:59:00Z'))).toBe('Chủ Nhật, 22/11/2026 · 23:59');
  });
});

describe('qrSvgDataUrl', () => {
  it('makes an SVG data URL once per address and answers the same string after', () => {
    const first = qrSvgDataUrl('https://tailieuhuongdan.dean06.vn');
    expect(first).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(qrSvgDataUrl('https://tailieuhuongdan.dean06.vn')).toBe(first);
    expect(qrSvgDataUrl('https://dichvucong.gov.vn')).not.toBe(first);
  });
});

describe('createSoakRecorder', () => {
  it('keeps the newest durations in a fixed buffer', () => {
    const r = createSoakRecorder();
    for (let i = 0; i < 20_000; i++) r.record(i);
    expect(r.transitions).toBe(20_000);
    const d = r.durations();
    expect(d).toHaveLength(16_384);
    expect(d[0]).toBe(20_000 - 16_384);
    expect(d.at(-1)).toBe(19_999);
  });
});
