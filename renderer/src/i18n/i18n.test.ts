import { describe, expect, it } from 'vitest';
import { en } from './messages-en';
import { errorText, translate } from './i18n';
import { vi } from './messages-vi';

describe('i18n', () => {
  it('has every Vietnamese key in English and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const t of [...Object.values(vi), ...Object.values(en)]) expect(t.trim().length).toBeGreaterThan(0);
  });
  it('keeps Vietnamese text in NFC with its diacritics', () => {
    for (const t of Object.values(vi)) expect(t).toBe(t.normalize('NFC'));
    expect(vi['attract.headline']).toBe('Đặt thẻ căn cước lên đầu đọc hoặc quét mã QR trên thẻ');
  });
  it('fills placeholders and turns error codes into words with a generic fallback', () => {
    expect(translate('vi', 'idle.body', { seconds: 20 })).toContain('sau 20 giây');
    expect(errorText('en', 'transport.disconnected')).toMatch(/Reconnecting/);
    expect(errorText('vi', 'no.such.code')).toBe(vi['error.generic']);
  });
});
