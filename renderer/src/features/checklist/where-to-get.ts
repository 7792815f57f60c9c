import type { DossierDocument } from '../../../../electron/api/content';
import { foldVietnamese } from '../../../../electron/api/fold-vietnamese';
import type { Language } from '../../../../electron/api/kiosk';

/**
 * What the checklist says about a paper the citizen does not have yet, in this order of preference:
 *  1. the pack's `obtain` (stated by the ward or province), in English on the English face when the
 *     pack has the English text,
 *  2. the pack's `obtain` in Vietnamese otherwise (shown with lang="vi"),
 *  3. a guess from the published document name (`documentSource`), ending in "ask the staff".
 * The pack's `online` address (https only) comes with 1 and 2, for a QR code.
 */
export type WhereToGet =
  | { readonly from: 'pack'; readonly text: string; readonly textLanguage: Language; readonly online: string | null }
  | { readonly from: 'guess'; readonly source: DocumentSource };

export function whereToGet(doc: DossierDocument, language: Language): WhereToGet {
  const o = doc.obtain;
  if (o && o.where.trim()) {
    const english = language === 'en' && o.whereEn?.trim() ? o.whereEn.trim() : null;
    return {
      from: 'pack',
      text: english ?? o.where.trim(),
      textLanguage: english ? 'en' : 'vi',
      online: o.online && /^https:\/\/\S+$/.test(o.online) ? o.online : null,
    };
  }
  return { from: 'guess', source: documentSource(doc) };
}

/**
 * The fallback: one of a few plain answers guessed from the published document name (folded to plain
 * ASCII, đ→d) against the kinds of papers ward procedures ask for; anything else is "ask the staff".
 */
export type DocumentSource =
  | 'form' | 'birth-certificate' | 'death-certificate' | 'residence-proof' | 'identity-card' | 'marital-status'
  | 'civil-status-extract' | 'ask-staff';

const RULES: readonly (readonly [RegExp, DocumentSource])[] = [
  [/giay chung sinh/, 'birth-certificate'],
  [/giay bao tu|chung tu/, 'death-certificate'],
  [/cho o hop phap|hop dong thue|thue nha|muon nha|o nho/, 'residence-proof'],
  [/tinh trang hon nhan|doc than/, 'marital-status'],
  [/trich luc|ban sao/, 'civil-status-extract'],
  [/can cuoc|cccd|ho chieu|chung minh nhan dan/, 'identity-card'],
  [/^(to khai|don |mau )/, 'form'],
];

export function documentSource(doc: Pick<DossierDocument, 'name' | 'form'>): DocumentSource {
  const name = foldVietnamese(doc.name);
  for (const [rule, source] of RULES) if (rule.test(name)) return source;
  return doc.form ? 'form' : 'ask-staff';
}
