import type { DossierCase, DossierDocument } from '../../../api/content';
import { foldPlain } from '../../../api/fold-vietnamese';
import { type Json, list, num, text } from './portal-values';

/**
 * "Thành phần hồ sơ" of a portal record: its named cases (executionCases), each with its rows
 * (profileComponents). Real records mix three things in these rows (procedures.md, last section):
 * papers to hand in; papers to show (a case named "Giấy tờ phải xuất trình"); and notes ("Lưu ý"),
 * published as rows with 0 originals and 0 copies. Rows are kept in their published order and wording.
 */
export interface DocumentMapping {
  readonly cases: DossierCase[];
  readonly problems: string[];
}

/** "* Giấy tờ phải xuất trình:", "Thành phần hồ sơ xuất trình", "Các giấy tờ phải xuất trình (bản chính)…". */
export function isPresentCase(title: string | undefined): boolean {
  if (!title) return false;
  const t = foldPlain(title);
  return /\bphai xuat trinh\b/.test(t) || /^(thanh phan ho so|giay to) xuat trinh\b/.test(t);
}

/** A row is a note when both counts are published as 0 (the portal's way of writing "Lưu ý" lines). */
export const isNoteRow = (row: Json): boolean => num(row.originalQty) === 0 && num(row.copyQty) === 0;

export function mapDocuments(cases: unknown, keepNotes: boolean): DocumentMapping {
  const problems: string[] = [];
  const out: DossierCase[] = [];
  list(cases).forEach((c, i) => {
    const title = text(c.name);
    const documents: DossierDocument[] = [];
    const notes: string[] = [];
    list(c.profileComponents).forEach((row, j) => {
      const name = text(row.name);
      if (!name) {
        problems.push(`executionCases[${i}].profileComponents[${j}]: a row without a name, left out`);
        return;
      }
      if (isNoteRow(row)) {
        notes.push(name);
        return;
      }
      const originals = num(row.originalQty);
      const copies = num(row.copyQty);
      const formFiles = list(row.attachments).map((a) => text(a.fileName)).filter((f): f is string => f !== undefined);
      documents.push({
        name,
        ...(originals !== undefined ? { originals } : {}),
        ...(copies !== undefined ? { copies } : {}),
        ...(typeof row.required === 'boolean' ? { required: row.required } : {}),
        ...(formFiles.length > 0 ? { formFiles } : {}),
      });
    });
    if (!title && documents.length === 0 && notes.length === 0) return;
    out.push({
      ...(title ? { title } : {}),
      ...(isPresentCase(title) ? { present: true } : {}),
      documents,
      ...(keepNotes && notes.length > 0 ? { notes } : {}),
      ...(!keepNotes && notes.length > 0 ? { notesOmitted: notes.length } : {}),
    });
  });
  return { cases: out, problems };
}
