import { foldPlain } from '../../../../electron/api/fold-vietnamese';
import type { DossierCase, DossierDocument, Procedure } from '../../../../electron/api/content';

/*
 * The published "Thành phần hồ sơ" as a citizen needs it: which cases are alternatives to choose
 * from, which papers everyone hands in, which papers are only shown at the desk, and the notes.
 * Real records (procedures.md, "What real records look like") mix these in one list of cases:
 *   - a case flagged `present` lists papers to show (xuất trình), not to hand in;
 *   - a case with no papers holds note rows only ("* Lưu ý :");
 *   - an untitled case, or one titled only as a heading ("* Giấy tờ phải nộp:", "Thành phần hồ sơ:"),
 *     holds papers everyone hands in (đăng ký khai sinh publishes its forms that way);
 *   - every other titled case is a case of its own ("Đăng ký thường trú vào chỗ ở hợp pháp do thuê…").
 * Nothing here changes what was published: it only says where each part is shown. Pure, for the faces.
 */

/** Titles that name the whole list rather than a case (folded, bullets and the colon cut off). */
const HEADING_TITLES = new Set(['giay to phai nop', 'thanh phan ho so', 'ho so gom', 'ho so bao gom', 'bao gom', 'giay to can nop']);

/** One case the citizen can choose: its index in `procedure.documents` and its words. */
export interface CaseChoice {
  readonly index: number;
  readonly label: string;
}

export interface DossierView {
  /** Alternative cases (two or more: the citizen chooses; one: shown under its title). */
  readonly choices: readonly CaseChoice[];
  /** Indexes of cases whose papers everyone hands in. */
  readonly common: readonly number[];
  /** Indexes of cases of papers to show at the desk. */
  readonly present: readonly number[];
  /** Note rows shipped (shown beside the chosen case) and note rows left on the official page. */
  readonly notes: readonly string[];
  readonly notesOmitted: number;
}

/** Lowercase, no marks, đ→d, punctuation as spaces: for comparing headings. */
export function fold(s: string): string {
  return foldPlain(s);
}

/** A published row without its list bullet ("- ", "+ ", "* ", "• "): the words are unchanged. */
export function paperName(name: string): string {
  return name.replace(/^\s*[-+*•]+\s*/, '').trim() || name;
}

/**
 * A case title as a choice reads it: list markers ("a)", "(1.1)", "1.2.", "3-", "*", "-") and a
 * closing "gồm:" / ":" cut off, nothing else changed.
 */
export function caseLabel(title: string): string {
  const cut = title
    .replace(/^\s*(?:[-+*•]+\s*)?(?:\(?[0-9]+(?:\.[0-9]+)*[.)-]?\)?\s+|\(?[a-zđ]\)\s+|\([ivx]+\)\.?\s+)?/iu, '')
    .replace(/\s*(?:,?\s*(?:hồ sơ\s+)?(?:bao gồm|gồm)(?: các giấy tờ sau(?: đây)?)?)?\s*:?\s*$/u, '')
    .trim();
  const label = cut || title.trim();
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function isHeading(c: DossierCase): boolean {
  return c.title === undefined || c.title.trim() === '' || HEADING_TITLES.has(fold(c.title));
}

export function dossierView(p: Pick<Procedure, 'documents'>): DossierView {
  const choices: CaseChoice[] = [];
  const common: number[] = [];
  const present: number[] = [];
  const notes: string[] = [];
  let notesOmitted = 0;
  p.documents.forEach((c, index) => {
    notes.push(...(c.notes ?? []));
    notesOmitted += c.notesOmitted ?? 0;
    if (c.present) present.push(index);
    else if (c.documents.length === 0) return;
    else if (isHeading(c)) common.push(index);
    else choices.push({ index, label: caseLabel(c.title!) });
  });
  // Two cases published under the same title (đăng ký thường trú does it) stay two choices: number them.
  const seen = new Map<string, number>();
  const numbered = choices.map((c) => {
    const n = (seen.get(c.label) ?? 0) + 1;
    seen.set(c.label, n);
    return n === 1 ? c : { ...c, label: `${c.label} (${n})` };
  });
  return { choices: numbered, common, present, notes, notesOmitted };
}

/**
 * The case in force: the only choice when there is one, the citizen's when it is one of the choices,
 * else null (several choices and none chosen yet).
 */
export function chosenCase(view: DossierView, chosen: number | null | undefined): number | null {
  if (view.choices.length === 1) return view.choices[0]!.index;
  return view.choices.some((c) => c.index === chosen) ? chosen! : null;
}

/** Whether the citizen still has to choose a case before the papers can be listed. */
export const mustChoose = (view: DossierView, chosen: number | null): boolean => view.choices.length > 1 && chosen === null;

/** The papers of one list, in order, with where they came from (a case index) for stable keys. */
export interface PaperRow {
  readonly caseIndex: number;
  readonly doc: DossierDocument;
}

/** Papers to hand in for the case in force: everyone's papers, then the chosen case's. */
export function papersToHandIn(p: Pick<Procedure, 'documents'>, view: DossierView, chosen: number | null): PaperRow[] {
  const indexes = chosen === null ? view.common : [...view.common, chosen];
  return indexes.flatMap((caseIndex) => p.documents[caseIndex]!.documents.map((doc) => ({ caseIndex, doc })));
}

/** Papers to show at the desk (every present case: they do not depend on the case chosen). */
export function papersToShow(p: Pick<Procedure, 'documents'>, view: DossierView): PaperRow[] {
  return view.present.flatMap((caseIndex) => p.documents[caseIndex]!.documents.map((doc) => ({ caseIndex, doc })));
}
