import { nodeRequire } from '../../../../drivers/node-require';
import { SHEET_LAYOUT, viDate, type CellValue, type ReportColumn, type ReportDocument } from './report-model';

export type TableFileFormat = 'xlsx' | 'csv' | 'json';

export interface RenderedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
}

export const MIME: Record<TableFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

export async function renderDocument(doc: ReportDocument, format: TableFileFormat): Promise<RenderedFile> {
  const bytes = format === 'xlsx' ? await renderXlsx(doc) : format === 'csv' ? Buffer.from(renderCsv(doc), 'utf8') : Buffer.from(renderJson(doc), 'utf8');
  return { fileName: `${doc.baseName}.${format}`, mimeType: MIME[format], bytes };
}

/**
 * One sheet per table, laid out for printing: title and subtitle on top, bold headings repeated on
 * every printed page, thin borders, A4 fitted to the page width, the heading row frozen on screen.
 */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  // Loaded on first export, not at start: importing exceljs costs ~0.5 s and ~20 MB (issue 12, bench:start).
  // Through CommonJS require, as in both bundles before: Electron's ES module loader inside app.asar is less sure.
  const { Workbook } = nodeRequire()('exceljs') as typeof import('exceljs');
  const wb = new Workbook();
  wb.creator = 'Ki-ốt dịch vụ công';
  wb.title = doc.title;
  for (const table of doc.tables) {
    const wide = table.columns.length > 5;
    const ws = wb.addWorksheet(table.sheet, {
      pageSetup: {
        paperSize: 9, // A4
        orientation: wide ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${SHEET_LAYOUT.headerRow}:${SHEET_LAYOUT.headerRow}`,
      },
      headerFooter: { oddFooter: 'Trang &P / &N' },
      views: [{ state: 'frozen', ySplit: SHEET_LAYOUT.headerRow }],
    });
    ws.columns = table.columns.map((c) => ({ width: c.width ?? (c.kind === 'text' ? 32 : 14) }));
    const last = Math.max(1, table.columns.length);
    ws.mergeCells(SHEET_LAYOUT.titleRow, 1, SHEET_LAYOUT.titleRow, last);
    ws.mergeCells(SHEET_LAYOUT.subtitleRow, 1, SHEET_LAYOUT.subtitleRow, last);
    const title = ws.getCell(SHEET_LAYOUT.titleRow, 1);
    title.value = `${doc.title}: ${table.title}`;
    title.font = { bold: true, size: 14 };
    const sub = ws.getCell(SHEET_LAYOUT.subtitleRow, 1);
    sub.value = doc.subtitle;
    sub.font = { italic: true, size: 11 };
    const header = ws.getRow(SHEET_LAYOUT.headerRow);
    table.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.title;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
      cell.border = thin;
    });
    table.rows.forEach((values, r) => {
      const row = ws.getRow(SHEET_LAYOUT.firstDataRow + r);
      const isTotal = table.totalRow === true && r === table.rows.length - 1;
      table.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.value = xlsxValue(values[i] ?? null, c);
        cell.border = thin;
        if (c.kind === 'percent') cell.numFmt = '0.0%';
        if (c.kind === 'int') cell.numFmt = '#,##0';
        if (c.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
        if (isTotal) cell.font = { bold: true };
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const thin = {
  top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const },
};

function xlsxValue(v: CellValue, c: ReportColumn): string | number | null {
  if (v === null) return null;
  if (c.kind === 'date' && typeof v === 'string') return viDate(v);
  return v;
}

/**
 * The tables one after another (title line, heading line, rows, blank line), RFC 4180 quoting, CRLF,
 * with a UTF-8 byte order mark so spreadsheet programs read the Vietnamese correctly. Percentages are
 * written as numbers of percent with one decimal.
 */
export function renderCsv(doc: ReportDocument): string {
  const lines: string[] = [csvRow([doc.title]), csvRow([doc.subtitle]), ''];
  for (const t of doc.tables) {
    lines.push(csvRow([t.title]));
    lines.push(csvRow(t.columns.map((c) => (c.kind === 'percent' ? `${c.title} (%)` : c.title))));
    for (const row of t.rows) lines.push(csvRow(t.columns.map((c, i) => csvValue(row[i] ?? null, c))));
    lines.push('');
  }
  return '\uFEFF' + lines.join('\r\n');
}

function csvValue(v: CellValue, c: ReportColumn): string {
  if (v === null) return '';
  if (c.kind === 'percent' && typeof v === 'number') return (Math.round(v * 1000) / 10).toFixed(1);
  if (c.kind === 'date' && typeof v === 'string') return viDate(v);
  const text = String(v);
  // A text cell starting with = + - @ is a formula to a spreadsheet program (CSV injection): mark it as text.
  return c.kind === 'text' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvRow(cells: readonly string[]): string {
  return cells.map((text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)).join(',');
}

/** The model itself: tables keyed by id, rows as objects keyed by column title. */
export function renderJson(doc: ReportDocument): string {
  return JSON.stringify(
    {
      title: doc.title,
      subtitle: doc.subtitle,
      tables: Object.fromEntries(
        doc.tables.map((t) => [t.id, { title: t.title, columns: t.columns.map((c) => c.title), rows: t.rows }]),
      ),
    },
    null,
    2,
  );
}
