import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ok, type DriverError, type Result } from '../../result';

/**
 * A simulated citizen's chip ID card: the data the simulator writes into DG1, DG2 and DG13. Profiles
 * are JSON files in kiosk-config/sim/cards/; every person in them is invented.
 */
export interface CardProfile {
  /** File-name-like id, e.g. "nguyen-van-an". */
  id: string;
  /** 12-digit personal ID (PPP G YY NNNNNN, shared/domain/cccd.md). */
  idNumber: string;
  /** With Vietnamese diacritics, NFC. */
  fullName: string;
  /** ISO YYYY-MM-DD. */
  dateOfBirth: string;
  sex: 'male' | 'female';
  nationality: string;
  /** Sensitive: only ever written to DG13 field 6. */
  ethnicity: string;
  /** Sensitive: only ever written to DG13 field 7. */
  religion: string;
  placeOfOrigin: string;
  placeOfResidence: string;
  identifyingMarks: string;
  /** ISO YYYY-MM-DD. */
  dateOfIssue: string;
  /** ISO YYYY-MM-DD, or null for a card without expiry (holders aged 58/60 and over). */
  dateOfExpiry: string | null;
  fatherName?: string;
  motherName?: string;
  spouseName?: string;
  /** Old 9-digit CMND number, if the person had one. */
  oldIdNumber?: string;
  /** JPEG bytes of the (synthetic) portrait for DG2. */
  portraitJpeg: Uint8Array;
}

/** One validation problem: the JSON path and what is wrong (English). */
export interface CardProfileProblem {
  path: string;
  message: string;
}

export interface CardProfileError extends DriverError<'card-profile.invalid' | 'card-profile.unreadable'> {
  problems: CardProfileProblem[];
}

const REQUIRED_TEXT = ['fullName', 'nationality', 'ethnicity', 'religion', 'placeOfOrigin', 'placeOfResidence'] as const;
const OPTIONAL_TEXT = ['identifyingMarks', 'fatherName', 'motherName', 'spouseName'] as const;
const KNOWN_KEYS = new Set<string>([
  'id', 'idNumber', 'dateOfBirth', 'sex', 'dateOfIssue', 'dateOfExpiry', 'oldIdNumber', 'portrait', 'comment',
  ...REQUIRED_TEXT, ...OPTIONAL_TEXT,
]);

/**
 * Validates profile JSON (as parsed by JSON.parse) and attaches the portrait bytes. Every problem is
 * listed, not just the first. `portrait` in the JSON is a path the loader resolves; here it is ignored.
 */
export function cardProfileFromJson(json: unknown, portraitJpeg: Uint8Array): Result<CardProfile, CardProfileError> {
  const problems: CardProfileProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return invalid([{ path: '', message: 'a profile is a JSON object' }]);
  }
  const o = json as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KNOWN_KEYS.has(key)) add(key, 'unknown field');
  const text = (key: string, required: boolean): string | undefined => {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || (required && v.trim() === '')) {
      add(key, required ? 'required text' : 'must be text');
      return undefined;
    }
    return v.normalize('NFC');
  };
  const id = text('id', true);
  if (id !== undefined && !/^[a-z0-9-]+$/.test(id)) add('id', 'lower-case letters, digits and dashes only');
  const idNumber = text('idNumber', true);
  if (idNumber !== undefined && !/^\d{12}$/.test(idNumber)) add('idNumber', 'must be 12 digits');
  const dateOfBirth = isoDate('dateOfBirth', text('dateOfBirth', true), add);
  const dateOfIssue = isoDate('dateOfIssue', text('dateOfIssue', true), add);
  let dateOfExpiry: string | null | undefined = null;
  if (o.dateOfExpiry !== null) dateOfExpiry = isoDate('dateOfExpiry', text('dateOfExpiry', true), add);
  const sex = o.sex;
  if (sex !== 'male' && sex !== 'female') add('sex', 'must be "male" or "female"');
  const oldIdNumber = text('oldIdNumber', false);
  if (oldIdNumber !== undefined && !/^\d{9}$|^\d{12}$/.test(oldIdNumber)) add('oldIdNumber', 'must be 9 or 12 digits');
  const texts: Record<string, string | undefined> = {};
  for (const k of REQUIRED_TEXT) texts[k] = text(k, true);
  for (const k of OPTIONAL_TEXT) texts[k] = text(k, false);

  if (idNumber && dateOfBirth && (sex === 'male' || sex === 'female')) {
    // cccd.md: digit 4 encodes sex and century (0/1 = male/female 1900s, 2/3 = 2000s, …); digits 5–6 the year.
    const year = Number(dateOfBirth.slice(0, 4));
    const expected = ((Math.floor(year / 100) - 19) * 2 + (sex === 'female' ? 1 : 0)).toString();
    if (idNumber.charAt(3) !== expected) add('idNumber', `digit 4 must be ${expected} for a ${sex} born in ${year}`);
    if (idNumber.slice(4, 6) !== dateOfBirth.slice(2, 4)) add('idNumber', 'digits 5–6 must be the birth year');
  }
  if (dateOfBirth && dateOfIssue && dateOfIssue <= dateOfBirth) add('dateOfIssue', 'must be after the date of birth');
  if (dateOfIssue && dateOfExpiry && dateOfExpiry <= dateOfIssue) add('dateOfExpiry', 'must be after the date of issue');
  if (portraitJpeg.length < 4 || portraitJpeg[0] !== 0xff || portraitJpeg[1] !== 0xd8) add('portrait', 'must be a JPEG file');
  if (problems.length > 0) return invalid(problems);

  const profile: CardProfile = {
    id: id as string,
    idNumber: idNumber as string,
    fullName: texts.fullName as string,
    dateOfBirth: dateOfBirth as string,
    sex: sex as 'male' | 'female',
    nationality: texts.nationality as string,
    ethnicity: texts.ethnicity as string,
    religion: texts.religion as string,
    placeOfOrigin: texts.placeOfOrigin as string,
    placeOfResidence: texts.placeOfResidence as string,
    identifyingMarks: texts.identifyingMarks ?? '',
    dateOfIssue: dateOfIssue as string,
    dateOfExpiry: dateOfExpiry ?? null,
    portraitJpeg,
  };
  for (const k of ['fatherName', 'motherName', 'spouseName'] as const) if (texts[k]) profile[k] = texts[k];
  if (oldIdNumber) profile.oldIdNumber = oldIdNumber;
  return ok(profile);
}

/** Reads a profile JSON file and the portrait it names (a path relative to the JSON file). */
export async function loadCardProfile(file: string): Promise<Result<CardProfile, CardProfileError>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return unreadable(`cannot read profile JSON: ${(e as Error).message}`);
  }
  const portraitPath = (json as { portrait?: unknown } | null)?.portrait;
  if (typeof portraitPath !== 'string') return invalid([{ path: 'portrait', message: 'required: path of a JPEG file, relative to the profile' }]);
  let portrait: Uint8Array;
  try {
    portrait = new Uint8Array(await readFile(resolve(dirname(file), portraitPath)));
  } catch (e) {
    return invalid([{ path: 'portrait', message: `cannot read ${portraitPath}: ${(e as NodeJS.ErrnoException).code ?? 'error'}` }]);
  }
  return cardProfileFromJson(json, portrait);
}

/** Loads every *.json profile in `dir` (sorted by file name); files that fail are listed, not fatal. */
export async function loadCardProfiles(dir: string): Promise<{ profiles: CardProfile[]; failures: { file: string; error: CardProfileError }[] }> {
  const result: { profiles: CardProfile[]; failures: { file: string; error: CardProfileError }[] } = { profiles: [], failures: [] };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    result.failures.push({ file: dir, error: unreadable(`cannot read profile directory: ${(e as NodeJS.ErrnoException).code ?? 'error'}`).error });
    return result;
  }
  for (const name of names) {
    const r = await loadCardProfile(join(dir, name));
    if (r.ok) result.profiles.push(r.value);
    else result.failures.push({ file: name, error: r.error });
  }
  return result;
}

function isoDate(path: string, value: string | undefined, add: (p: string, m: string) => void): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    add(path, 'must be a calendar date YYYY-MM-DD');
    return undefined;
  }
  return value;
}

function invalid(problems: CardProfileProblem[]): { ok: false; error: CardProfileError } {
  const detail = problems.map((p) => `${p.path || '(profile)'}: ${p.message}`).join('; ');
  return { ok: false, error: { code: 'card-profile.invalid', detail, problems } };
}

function unreadable(detail: string): { ok: false; error: CardProfileError } {
  return { ok: false, error: { code: 'card-profile.unreadable', detail, problems: [] } };
}
