import type { DocumentObtain, DossierCase } from '../../../api/content';
import { words } from '../search/fold';

/*
 * The "Nơi lấy giấy tờ" cell (column documents_obtain), beside the documents cell: where the citizen
 * gets each paper. One line per paper, named like in the documents cell so the two cells need not be
 * kept line by line in step (Excel wraps them differently):
 *
 *   Giấy chứng sinh | Cơ sở y tế nơi trẻ được sinh ra | The health facility where the child was born
 *   Bản sao trích lục | UBND cấp xã nơi đã đăng ký | The ward where it was registered | https://dichvucong.gov.vn/…
 *
 * A line applies to every paper of that name in every case. Under a line "## <case title>" (or
 * "## <case number>") it applies to that case only, which overrides an unscoped line: the exporter
 * writes such lines only when papers of one name differ between cases.
 */

const lines = (cell: string | undefined): string[] => (cell ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const key = (name: string): string => words(name).join(' ');
const isUrl = (s: string): boolean => /^[a-z]+:\/\//i.test(s);

/**
 * Puts the cell's places on the documents of `cases` (in place). Returns the problems as messages
 * (the caller names the row); the URL itself is checked by the pack schema like every other address.
 */
export function applyObtainCell(cell: string | undefined, cases: DossierCase[]): string[] {
  const problems: string[] = [];
  const everywhere = new Map<string, DocumentObtain>();
  const perCase = new Map<number, Map<string, DocumentObtain>>();
  let scope: number | null = null;
  let scopeOk = true;
  for (const [n, text] of lines(cell).entries()) {
    const at = `line ${n + 1}`;
    if (text.startsWith('##')) {
      const heading = text.replace(/^#+\s*/, '');
      scope = findCase(cases, heading);
      scopeOk = scope !== null;
      if (!scopeOk) problems.push(`${at}: no case "${heading}" in the documents column`);
      continue;
    }
    if (!scopeOk) continue;
    const [name = '', ...rest] = text.split('|').map((f) => f.trim());
    const url = rest.find(isUrl);
    const texts = rest.filter((f) => !isUrl(f));
    const [where = '', whereEn = ''] = texts;
    const inCase = scope === null ? null : cases[scope]!;
    const papers = inCase ? inCase.documents : cases.flatMap((c) => c.documents);
    if (!papers.some((d) => key(d.name) === key(name))) {
      problems.push(`${at}: no document "${name}" in the documents column${inCase ? ` of case "${inCase.title ?? scope! + 1}"` : ''}`);
      continue;
    }
    if (!where) {
      problems.push(`${at}: "${name}" needs the place in plain words after the first "|"`);
      continue;
    }
    if (texts.length > 2) problems.push(`${at}: too many parts: "name | place | English place | https address"`);
    let target = everywhere;
    if (scope !== null) {
      target = perCase.get(scope) ?? new Map<string, DocumentObtain>();
      perCase.set(scope, target);
    }
    if (target.has(key(name))) problems.push(`${at}: "${name}" is given twice`);
    target.set(key(name), dropUndefined({ where, whereEn: whereEn || undefined, online: url }));
  }
  cases.forEach((c, i) => {
    for (const d of c.documents) {
      const obtain = perCase.get(i)?.get(key(d.name)) ?? everywhere.get(key(d.name));
      if (obtain) d.obtain = obtain;
    }
  });
  return problems;
}

/** The cell for a procedure's cases: the inverse of applyObtainCell. Empty when no paper says where. */
export function writeObtainCell(cases: readonly DossierCase[]): string {
  const byName = new Map<string, (DocumentObtain | undefined)[]>();
  for (const d of cases.flatMap((c) => c.documents)) {
    byName.set(key(d.name), [...(byName.get(key(d.name)) ?? []), d.obtain]);
  }
  const same = (k: string): boolean => {
    const all = byName.get(k)!.map((o) => JSON.stringify(o ?? null));
    return all.every((o) => o === all[0]);
  };
  const out: string[] = [];
  const written = new Set<string>();
  for (const d of cases.flatMap((c) => c.documents)) {
    if (d.obtain && same(key(d.name)) && !written.has(key(d.name))) {
      written.add(key(d.name));
      out.push(obtainLine(d.name, d.obtain));
    }
  }
  cases.forEach((c, i) => {
    const scoped = c.documents.filter((d) => d.obtain && !same(key(d.name)));
    if (scoped.length === 0) return;
    out.push(`## ${caseHeading(cases, i)}`);
    for (const d of scoped) out.push(obtainLine(d.name, d.obtain!));
  });
  return out.join('\n');
}

const obtainLine = (name: string, o: DocumentObtain): string => {
  const parts = [name, o.where, o.whereEn ?? '', o.online ?? ''];
  while (parts[parts.length - 1] === '') parts.pop();
  return parts.join(' | ');
};

/** A case by its number from 1 (a bare number is always a number), or else by its title (folded words). */
function findCase(cases: readonly DossierCase[], heading: string): number | null {
  const n = /^\d+$/.test(heading) ? Number(heading) - 1 : -1;
  if (n >= 0 && n < cases.length) return n;
  const byTitle = cases.findIndex((c) => c.title !== undefined && key(c.title) === key(heading));
  return byTitle >= 0 ? byTitle : null;
}

/** The title when it names this case alone (and is not a bare number); the case number otherwise. */
function caseHeading(cases: readonly DossierCase[], i: number): string {
  const title = cases[i]!.title;
  const unique = title !== undefined && key(title) !== '' && !/^\d+$/.test(title.trim())
    && cases.filter((c) => c.title !== undefined && key(c.title) === key(title)).length === 1;
  return unique ? title : String(i + 1);
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
