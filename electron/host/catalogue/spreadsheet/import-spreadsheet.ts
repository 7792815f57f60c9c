import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ContentPack, ContentPackInput, LifeEvent, Procedure, Sector } from '../../../api/content';
import { words } from '../search/fold';
import { type ContentProblem, problem } from '../pack/problems';
import { type PackValidation, type RawPart, validatePack } from '../pack/validate-pack';
import { parseCsv, writeCsv } from './csv';
import { type Column, type Row, columns, headings, procedureToRow, rowToProcedure } from './template';
import { readXlsxRows, writeXlsxRows } from './workbook';

export interface ImportOptions {
  /** Pack to take essential services, life events, sectors, groups and citizen words from. */
  readonly base?: ContentPack;
  readonly packId?: string;
  readonly version?: string;
  readonly publisher?: string;
  /** yyyy-mm-dd; default today. */
  readonly date?: string;
  readonly sample?: boolean;
}

/** Reads an XLSX or CSV file of procedures (one row each) and validates it as a pack. */
export async function importSpreadsheet(path: string, options: ImportOptions = {}): Promise<PackValidation> {
  const ext = extname(path).toLowerCase();
  let rows: string[][];
  try {
    if (ext === '.xlsx') rows = await readXlsxRows(path);
    else if (ext === '.csv') {
      const parsed = parseCsv(await readFile(path, 'utf8'));
      if (!parsed.ok) return { ok: false, problems: [problem(fileName(path), `line ${parsed.line}`, parsed.message)] };
      rows = parsed.rows;
    } else return { ok: false, problems: [problem(fileName(path), '', 'must be a .xlsx or .csv file')] };
  } catch (e) {
    return { ok: false, problems: [problem(fileName(path), '', `cannot read the spreadsheet (${(e as Error).message})`)] };
  }
  return rowsToPack(rows, fileName(path), options);
}

/** Template rows (header first) to a validated pack. Problems name the spreadsheet row. */
export function rowsToPack(rows: readonly (readonly string[])[], file: string, options: ImportOptions = {}): PackValidation {
  const [header, ...body] = rows;
  if (!header) return { ok: false, problems: [problem(file, '', 'the spreadsheet is empty')] };
  const keys = header.map((h) => normaliseHeader(h));
  const problems: ContentProblem[] = [];
  keys.forEach((k, i) => {
    if (k === undefined && header[i]!.trim()) problems.push({ severity: 'warning', file, path: `column ${i + 1}`, message: `unknown column "${header[i]}", ignored` });
  });
  if (!keys.includes('code') || !keys.includes('name')) problems.push(problem(file, 'row 1', 'the header row needs at least the columns "code" and "name"'));
  const base = options.base;
  const sectors = new Map<string, Sector>((base?.sectors ?? []).map((s) => [s.id, s]));
  const events = new Map<string, LifeEvent>((base?.lifeEvents ?? []).map((e) => [e.id, e]));
  const resolve = {
    sector: (text: string) => findOrAdd(sectors, text),
    lifeEvent: (text: string) => findOrAdd(events, text),
  };
  const parts: RawPart[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const row: Row = {};
    keys.forEach((k, j) => {
      if (k) row[k] = cells[j] ?? '';
    });
    const at = `row ${i + 2}`;
    const data = rowToProcedure(row, resolve, (column, message) => problems.push(problem(file, `${at}.${column}`, message)));
    parts.push({ part: 'procedures', file, prefix: at, data });
  });
  const manifest = {
    format: 1, packId: options.packId ?? 'imported', version: options.version ?? new Date().toISOString().slice(0, 10),
    publisher: options.publisher ?? 'Ward staff (spreadsheet import)', date: options.date ?? new Date().toISOString().slice(0, 10),
    sample: options.sample ?? false,
  };
  parts.push(
    { part: 'manifest', file: 'manifest', prefix: '', data: manifest },
    { part: 'sectors', file: 'sectors', prefix: 'sectors', data: [...sectors.values()] },
    { part: 'lifeEvents', file: 'life events', prefix: 'lifeEvents', data: [...events.values()] },
    { part: 'essentialServices', file: 'base pack', prefix: 'essentialServices', data: base?.essentialServices ?? [] },
    { part: 'groups', file: 'base pack', prefix: 'groups', data: base?.groups ?? [] },
    { part: 'citizenWords', file: 'base pack', prefix: 'citizenWords', data: base?.citizenWords ?? [] },
  );
  return validatePack(parts, problems);
}

/** The template rows of a pack's procedures (header first): the exporter and the blank template. */
export function packToRows(procedures: readonly Procedure[]): string[][] {
  return [columns.map((c) => headings[c] ?? c), ...procedures.map((p) => columns.map((c) => procedureToRow(p)[c]))];
}

export async function exportSpreadsheet(path: string, procedures: readonly Procedure[]): Promise<void> {
  const rows = packToRows(procedures);
  if (extname(path).toLowerCase() === '.xlsx') await writeXlsxRows(path, rows);
  else {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, `\uFEFF${writeCsv(rows)}`, 'utf8');
  }
}

/** Header cells may be written "Code", "name_en", "Name EN", "Nơi lấy giấy tờ"…; unknown ones are ignored. */
function normaliseHeader(h: string): Column | undefined {
  const key = words(h).join('_');
  if ((columns as readonly string[]).includes(key)) return key as Column;
  return columns.find((c) => headings[c] !== undefined && words(headings[c]).join('_') === key);
}

/** An id, or a name of an existing entry, or a new entry named by the text (id = folded words). */
function findOrAdd<T extends { id: string; name: string }>(map: Map<string, T>, text: string): string {
  if (map.has(text)) return text;
  const folded = words(text).join(' ');
  for (const v of map.values()) if (words(v.name).join(' ') === folded) return v.id;
  const id = words(text).join('-') || text;
  if (!map.has(id)) map.set(id, { id, name: text } as T);
  return id;
}

const fileName = (p: string): string => p.split(/[\\/]/).pop() ?? p;

export type { ContentPackInput };
