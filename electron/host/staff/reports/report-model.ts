/**
 * A generated document as plain tables: the ward report and the police list are both built as this
 * model, then written as XLSX (one sheet per table), CSV (tables one after another) or JSON.
 */
export type CellValue = string | number | null;

export interface ReportColumn {
  /** Vietnamese heading. */
  readonly title: string;
  /** text; int (count); percent (a fraction 0…1, shown as %); date (ISO YYYY-MM-DD, shown dd/mm/yyyy). */
  readonly kind: 'text' | 'int' | 'percent' | 'date';
  /** Column width in characters (XLSX). */
  readonly width?: number;
}

export interface ReportTable {
  /** Stable machine id ("summary", "by-goal", …): the JSON key and the test handle. */
  readonly id: string;
  /** Sheet name: ≤ 31 characters, none of \ / ? * [ ] : (Excel's limits). */
  readonly sheet: string;
  /** Heading printed above the table. */
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** The last row is a total (printed bold). */
  readonly totalRow?: boolean;
}

export interface ReportDocument {
  readonly title: string;
  /** Lines under the title on every sheet: ward, period, when generated. */
  readonly subtitle: string;
  readonly tables: readonly ReportTable[];
  /** A file name without extension, ASCII only. */
  readonly baseName: string;
}

/** Where things land in every sheet: row 1 title, row 2 subtitle, row 4 the column headings. */
export const SHEET_LAYOUT = { titleRow: 1, subtitleRow: 2, headerRow: 4, firstDataRow: 5 } as const;

/** "2026-11-05" → "05/11/2026", the way Vietnamese documents write dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
