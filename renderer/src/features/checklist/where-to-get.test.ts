import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DossierDocument } from '../../../../electron/api/content';
import { foldVietnamese } from '../../../../electron/api/fold-vietnamese';
import { documentSource, whereToGet } from './where-to-get';

describe('where to get a document: the guess from its name', () => {
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

describe('where to get a document: what the pack says comes first', () => {
  const proof: DossierDocument = {
    name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
    obtain: { where: 'Hợp đồng thuê nhà do chủ nhà ký', whereEn: 'A rental agreement signed by the owner', online: 'https://dichvucong.gov.vn' },
  };

  it('1. the English text on the English face when the pack has it', () => {
    expect(whereToGet(proof, 'en')).toEqual({ from: 'pack', text: 'A rental agreement signed by the owner', textLanguage: 'en', online: 'https://dichvucong.gov.vn' });
  });

  it('2. the Vietnamese text on the Vietnamese face, and on the English face when there is no English', () => {
    expect(whereToGet(proof, 'vi')).toEqual({ from: 'pack', text: 'Hợp đồng thuê nhà do chủ nhà ký', textLanguage: 'vi', online: 'https://dichvucong.gov.vn' });
    const viOnly: DossierDocument = { name: proof.name, obtain: { where: 'Hợp đồng thuê nhà do chủ nhà ký', whereEn: ' ' } };
    expect(whereToGet(viOnly, 'en')).toEqual({ from: 'pack', text: 'Hợp đồng thuê nhà do chủ nhà ký', textLanguage: 'vi', online: null });
  });

  it('3. the guess from the name only when the pack says nothing (or nothing but spaces)', () => {
    expect(whereToGet({ name: proof.name }, 'vi')).toEqual({ from: 'guess', source: 'residence-proof' });
    expect(whereToGet({ name: 'Di chúc', obtain: { where: '  ' } }, 'en')).toEqual({ from: 'guess', source: 'ask-staff' });
  });

  it('a stated place wins even where the guess would say something else', () => {
    const form: DossierDocument = { name: 'Tờ khai', form: 'CT01', obtain: { where: 'Công an cấp xã' } };
    expect(documentSource(form)).toBe('form');
    expect(whereToGet(form, 'vi')).toMatchObject({ from: 'pack', text: 'Công an cấp xã' });
  });

  it('offers only https addresses for the phone', () => {
    const http: DossierDocument = { name: 'Giấy chứng sinh', obtain: { where: 'Nơi sinh', online: 'http://example.org' } };
    expect(whereToGet(http, 'vi')).toMatchObject({ from: 'pack', online: null });
  });

  it('answers for any document', () => {
    const text = fc.string({ maxLength: 20 });
    const doc = fc.record({ name: fc.string({ minLength: 1 }), obtain: fc.option(fc.record({ where: text, whereEn: fc.option(text, { nil: undefined }), online: fc.option(text, { nil: undefined }) }), { nil: undefined }) });
    fc.assert(fc.property(doc, fc.constantFrom('vi' as const, 'en' as const), (d, language) => {
      const w = whereToGet(d as DossierDocument, language);
      if (w.from === 'pack') expect(w.text.trim()).not.toBe('');
      else expect(typeof w.source).toBe('string');
    }));
  });
});
