import type { DossierDocument } from '../../../../electron/api/content';

/**
 * Where a citizen gets a document they do not have yet, as one of a few plain answers. The content
 * model has no "where to get it" field, so this reads the published document name (folded to plain
 * ASCII, đ→d) against the kinds of papers ward procedures ask for; anything else is "ask the staff".
 */
export type DocumentSource =
  | 'form' | 'birth-certificate' | 'death-certificate' | 'residence-proof' | 'identity-card' | 'marital-status'
  | 'civil-status-extract' | 'ask-staff';

export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).toLowerCase();
}

const RULES: readonly (readonly [RegExp, DocumentSource])[] = [
  [/giay chung sinh/, 'birth-certificate'],
  [/giay bao tu|chung tu/, 'death-certificate'],
  [/cho o hop phap|hop dong thue|thue nha|muon nha|o nho/, 'residence-proof'],
  [/tinh trang hon nhan|doc than/, 'marital-status'],
  [/trich luc|ban sao/, 'civil-status-extract'],
  [/can cuoc|cccd|ho chieu|chung minh nhan dan/, 'identity-card'],
  [/^(to khai|don |mau )/, 'form'],
];

export function documentSource(doc: DossierDocument): DocumentSource {
  const name = foldVietnamese(doc.name);
  for (const [rule, source] of RULES) if (rule.test(name)) return source;
  return doc.form ? 'form' : 'ask-staff';
}
