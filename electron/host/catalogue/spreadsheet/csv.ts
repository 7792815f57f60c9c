/*
 * CSV as spreadsheets write it (RFC 4180): fields in double quotes may hold the delimiter, quotes
 * (doubled) and line breaks; CRLF or LF line ends; an optional UTF-8 BOM. Excel with Vietnamese
 * regional settings writes ";" as the delimiter, so the header line decides between "," and ";".
 */

export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number; message: string };

/** Parses CSV text into rows of cells. Any input yields rows or a typed error, never a throw. */
export function parseCsv(input: string, delimiter?: ',' | ';'): CsvParse {
  const text = input.replace(/^\uFEFF/, '');
  const delim = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteStartLine = line;
      i++;
    } else if (c === delim) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) return { ok: false, line: quoteStartLine, message: 'a quoted cell is never closed' };
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { ok: true, rows };
}

/** Writes rows as CSV with "," and CRLF, quoting cells that need it. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

const quote = (cell: string): string => (/[",\r\n;]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell);

function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}
