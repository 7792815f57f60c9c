import type { ContentProblem, ContentStatus } from '../../../../electron/api/catalogue';
import type { DisplayContentStatus } from '../../../../electron/api/display';

/** One problem as the panel shows it: which file, where in it, and the core's own words. */
export interface ShownProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** Field path inside the file ("announcements.1.id", "channels[0].kind"); empty for the whole file. */
  readonly path: string;
  /** The core's message (English, technical): kept so a technician reading over a shoulder sees the cause. */
  readonly message: string;
}

/** A field path as the display content loader writes it (load-config.ts formatIssues): dotted keys and indexes. */
const DOTTED_PATH = /^(?:[A-Za-z_$][\w$-]*|\d+)(?:\.(?:[A-Za-z_$][\w$-]*|\d+))*$/;

/**
 * Splits a display content line "display.json: announcements.1.id: duplicate announcement id …"
 * into file, path and message. A line without a recognisable path ("display.json: not valid JSON
 * (…)") keeps the rest as its message; "(top level)" means the whole file. Display problems are
 * always errors: a file with any of them is not used.
 */
export function splitDisplayProblem(line: string): ShownProblem {
  const first = line.indexOf(': ');
  if (first < 0) return { severity: 'error', file: '', path: '', message: line };
  const file = line.slice(0, first);
  const rest = line.slice(first + 2);
  const second = rest.indexOf(': ');
  const candidate = second < 0 ? '' : rest.slice(0, second);
  if (candidate === '(top level)') return { severity: 'error', file, path: '', message: rest.slice(second + 2) };
  if (DOTTED_PATH.test(candidate)) return { severity: 'error', file, path: candidate, message: rest.slice(second + 2) };
  return { severity: 'error', file, path: '', message: rest };
}

/** Errors first (they block), then warnings, each in the core's order. */
export const catalogueProblems = (problems: readonly ContentProblem[]): ShownProblem[] =>
  [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];

/** The "remote" files of the catalogue: the province's signed pack and its cached copy. */
export const isRemoteFile = (file: string): boolean => file === 'remote' || file === 'remote cache';

/**
 * What the procedure pack's state means for the ward clerk:
 * - clean: no errors (warnings may remain; they never block);
 * - refused: the latest version has errors and was not used, a good pack is still live;
 * - unreachable: only the remote download failed (network, server), a good pack is still live;
 * - none: no good pack has ever loaded, so the kiosk shows no procedures.
 */
export type CatalogueVerdict = 'clean' | 'refused' | 'unreachable' | 'none';

export function catalogueVerdict(status: ContentStatus): CatalogueVerdict {
  const errors = status.problems.filter((p) => p.severity === 'error');
  if (!status.pack) return 'none';
  if (errors.length === 0) return 'clean';
  const downloadOnly = errors.every((p) => p.file === 'remote' && /^(signature: )?download (failed|too large)/.test(p.message));
  return downloadOnly ? 'unreachable' : 'refused';
}

/** The display file's state: clean, refused with the last good version kept, or never loaded (fallback loop). */
export type DisplayVerdict = 'clean' | 'refused' | 'fallback';

export function displayVerdict(status: DisplayContentStatus): DisplayVerdict {
  if (status.source === 'fallback') return 'fallback';
  return status.problems.length > 0 || status.keptLastGood ? 'refused' : 'clean';
}

/** Keys of the plain-words explanations in messages.ts (contentStatus.hint.*). */
export type HintKey =
  | 'unreadable' | 'json' | 'tooLarge' | 'duplicateId' | 'time' | 'timeOrder' | 'date' | 'dateOrder'
  | 'unknownSetting' | 'timeZone' | 'https' | 'option' | 'signature' | 'download';

/** A plain-words explanation for the messages the core is known to write; null for the others. */
export function hintFor(message: string): { key: HintKey; params?: Record<string, string> } | null {
  const dup = /^duplicate announcement id "(.*)"$/.exec(message);
  if (dup) return { key: 'duplicateId', params: { id: dup[1]! } };
  // zod 4's wording for an enum value outside its list.
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) return { key: 'option', params: { options: option[1]!.split('|').join(', ') } };
  const table: [RegExp, HintKey][] = [
    [/^cannot read the file/, 'unreadable'],
    [/^not valid JSON/, 'json'],
    [/^larger than 1 MB/, 'tooLarge'],
    [/expected a time of day HH:MM/, 'time'],
    [/"to" must be later than "from"/, 'timeOrder'],
    [/expected a date YYYY-MM-DD/, 'date'],
    [/"until" is before "from"/, 'dateOrder'],
    [/unknown setting$/, 'unknownSetting'],
    [/unknown time zone/, 'timeZone'],
    [/expected an https:\/\/ address/, 'https'],
    [/^(signature: )?download (failed|too large)/, 'download'],
    [/^pack\.signature\./, 'signature'],
  ];
  for (const [test, key] of table) if (test.test(message)) return { key };
  return null;
}

/** "announcements.1.id" → which announcement (1-based, as people count), for the plain-words line. */
export function itemOf(path: string): { kind: 'announcement' | 'slide'; n: number } | null {
  const m = /^(announcements|playlist)\.(\d+)/.exec(path);
  if (!m) return null;
  return { kind: m[1] === 'announcements' ? 'announcement' : 'slide', n: Number(m[2]) + 1 };
}
