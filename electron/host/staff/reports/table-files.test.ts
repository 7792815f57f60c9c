import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_LAYOUT, type ReportDocument } from './report-model';
import { renderCsv, renderJson, renderXlsx } from './table-files';

const doc: ReportDocument = {
  title: 'Báo cáo thử',
  subtitle: 'Phường Minh Họa',
  baseName: 'thu',
  tables: [{
    id: 't', sheet: 'Bảng', title: 'Bảng một',
    columns: [{ title: 'Tên', kind: 'text' }, { title: 'Số', kind: 'int' }, { title: 'Tỷ lệ', kind: 'percent' }, { title: 'Ngày', kind: 'date' }],
    rows: [['a, "b"', 3, 0.125, '2026-11-05'], ['=HYPERLINK("x")', 0, null, null], ['-5 độ', -5, 1, '2026-01-01']],
  }],
};

describe('report files', () => {
  it('writes CSV with a BOM, RFC 4180 quoting, CRLF and neutralised formulas', () => {
    const csv = renderCsv(doc);
    expect(csv.startsWith('\uFEFFBáo cáo thử\r\nPhường Minh Họa\r\n\r\nBảng một\r\n')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[4]).toBe('Tên,Số,Tỷ lệ (%),Ngày');
    expect(lines[5]).toBe('"a, ""b""",3,12.5,05/11/2026');
    expect(lines[6]).toBe(`"'=HYPERLINK(""x"")",0,,`);
    expect(lines[7]).toBe("'-5 độ,-5,100.0,01/01/2026");
  });

  it('writes one XLSX sheet per table at the documented layout', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Bảng')!;
    expect(ws.getCell(SHEET_LAYOUT.titleRow, 1).value).toBe('Báo cáo thử: Bảng một');
    expect(ws.getCell(SHEET_LAYOUT.headerRow, 3).value).toBe('Tỷ lệ');
    expect(ws.getCell(SHEET_LAYOUT.firstDataRow, 1).value).toBe('a, "b"');
    expect(ws.getCell(SHEET_LAYOUT.firstDataRow, 3).value).toBe(0.125);
    expect(ws.getCell(SHEET_LAYOUT.firstDataRow, 3).numFmt).toBe('0.0%');
    expect(ws.getCell(SHEET_LAYOUT.firstDataRow, 4).value).toBe('05/11/2026');
    expect(ws.getCell(SHEET_LAYOUT.firstDataRow + 1, 1).value).toBe('=HYPERLINK("x")'); // a string, not a formula
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
  });

  it('writes JSON keyed by table id', () => {
    const j = JSON.parse(renderJson(doc)) as { tables: Record<string, { rows: unknown[][] }> };
    expect(j.tables.t!.rows[0]).toEqual(['a, "b"', 3, 0.125, '2026-11-05']);
  });
});
