import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSource, foldVietnamese } from './where-to-get';

describe('where to get a document', () => {
  it.each([
    [{ name: 'Tờ khai thay đổi thông tin cư trú', form: 'CT01' }, 'form'],
    [{ name: 'Tờ khai đăng ký khai sinh' }, 'form'],
    [{ name: 'Giấy chứng sinh' }, 'birth-certificate'],
    [{ name: 'Giấy báo tử hoặc giấy tờ thay thế giấy báo tử' }, 'death-certificate'],
    [{ name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp' }, 'residence-proof'],
    [{ name: 'Giấy xác nhận tình trạng hôn nhân' }, 'marital-status'],
    [{ name: 'Bản sao trích lục khai sinh' }, 'civil-status-extract'],
    [{ name: 'Thẻ căn cước hoặc hộ chiếu' }, 'identity-card'],
    [{ name: 'Di chúc' }, 'ask-staff'],
    [{ name: 'Văn bản ủy quyền', form: 'Mẫu 01' }, 'form'],
  ] as const)('%o → %s', (doc, source) => {
    expect(documentSource(doc)).toBe(source);
  });

  it('folds đ and every diacritic', () => {
    expect(foldVietnamese('Đăng ký Thường trú')).toBe('dang ky thuong tru');
  });

  it('answers for any name', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (name) => {
      expect(typeof documentSource({ name })).toBe('string');
    }));
  });
});
