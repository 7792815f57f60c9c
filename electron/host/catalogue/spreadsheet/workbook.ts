import type ExcelJS from 'exceljs';
import { nodeRequire } from '../../../../drivers/node-require';

/*
 * XLSX through exceljs: the first worksheet (or one named "procedures"), header row first.
 * Cell values come back as numbers, dates, rich text or formula results: all are turned into text.
 * exceljs is loaded on first use: importing it costs ~0.5 s and ~20 MB, paid otherwise at every start
 * (issue 12: the attract screen within 2 s).
 */
// Through CommonJS require, as in both bundles before: Electron's ES module loader inside app.asar is less sure.
const excel = () => nodeRequire()('exceljs') as typeof ExcelJS;

export async function readXlsxRows(path: string): Promise<string[][]> {
  const wb = new (excel().Workbook)();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === 'procedures') ?? wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

export async function writeXlsxRows(path: string, rows: readonly (readonly string[])[]): Promise<void> {
  const wb = new (excel().Workbook)();
  const ws = wb.addWorksheet('procedures');
  for (const r of rows) ws.addRow([...r]);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((c) => {
    c.width = 30;
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  await wb.xlsx.writeFile(path);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  }
  return '';
}
