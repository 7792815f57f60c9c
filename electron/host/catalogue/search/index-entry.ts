import type { CatalogueItem, CatalogueRef } from '../../../api/catalogue';
import type { ContentPack, EssentialService, Procedure } from '../../../api/content';
import { words } from './fold';

/** A citizen-words phrase attached to an entry, kept with its diacritics for "why it matched". */
export interface EntryPhrase {
  readonly text: string;
  readonly tokens: readonly string[];
  /** The entry's own citizen words (the kiosk wrote them for it), not a synonym its name happens to contain. */
  readonly own: boolean;
}

/** One searchable row: a procedure, or an essential service the pack has no procedure or group for. */
export interface IndexEntry {
  readonly id: number;
  readonly item: CatalogueItem;
  /** Folded texts of the three FTS5 columns. */
  readonly nameText: string;
  readonly wordsText: string;
  readonly bodyText: string;
  readonly nameTokens: ReadonlySet<string>;
  readonly wordsTokens: ReadonlySet<string>;
  readonly bodyTokens: ReadonlySet<string>;
  readonly phrases: readonly EntryPhrase[];
  /** Folded words of the name and of the English name, in order. */
  readonly names: readonly (readonly string[])[];
  readonly code?: string;
  readonly fullyOnline: boolean;
  /**
   * Done at this ward: not an essential service the ward does not handle (`atWard` false), nor a
   * procedure published for another level (Cấp tỉnh / Cấp bộ). A procedure without a level counts as
   * the ward's: the pack is the ward's catalogue.
   */
  readonly doneAtWard: boolean;
}

/**
 * Builds the searchable entries of a pack. The pack's citizen-words table is applied here, at index
 * time: a phrase ("nhập hộ khẩu") joins the citizen words of every entry whose name (or group name)
 * contains what it means ("đăng ký thường trú"), so the query side stays a plain word search.
 */
export function indexEntries(pack: ContentPack): IndexEntry[] {
  const sectorName = new Map(pack.sectors.map((s) => [s.id, s.name]));
  const eventName = new Map(pack.lifeEvents.map((e) => [e.id, e.name]));
  const groups = new Map(pack.groups.map((g) => [g.id, g]));
  const codes = new Set(pack.procedures.map((p) => p.code));
  const synonyms = pack.citizenWords.map((w) => ({ phrase: w.phrase, means: ` ${words(w.means).join(' ')} ` }));
  const spaced = (texts: (string | undefined)[]): string[] => texts.filter(isText).map((h) => ` ${words(h).join(' ')} `);
  // A phrase whose meaning is in some entry's own name applies to those entries only; otherwise it may
  // apply through an interconnected group's name ("tiền mai táng" → the death-registration group).
  const indexedServices = pack.essentialServices.filter((s) => ![...(s.codes ?? []), ...(s.code ? [s.code] : [])].some((c) => codes.has(c)) && !s.group);
  const ownNames = [...pack.procedures, ...indexedServices].flatMap((x) => spaced([x.name, x.nameEn]));
  const inSomeName = new Set(synonyms.filter((s) => ownNames.some((n) => n.includes(s.means))).map((s) => s.phrase));
  const applySynonyms = (names: (string | undefined)[], groupName?: string): string[] => {
    const own = spaced(names);
    const group = spaced([groupName]);
    return synonyms
      .filter((s) => own.some((h) => h.includes(s.means)) || (!inSomeName.has(s.phrase) && group.some((h) => h.includes(s.means))))
      .map((s) => s.phrase);
  };
  // An essential service's citizen words ("làm căn cước") belong to the procedures it names by code.
  const serviceWords = new Map<string, string[]>();
  for (const s of pack.essentialServices) {
    for (const c of new Set([...(s.codes ?? []), ...(s.code ? [s.code] : [])])) serviceWords.set(c, [...(serviceWords.get(c) ?? []), ...s.citizenWords]);
  }
  const entries: IndexEntry[] = [];
  for (const p of pack.procedures) {
    const group = p.interconnectedGroup ? groups.get(p.interconnectedGroup) : undefined;
    const own = unique([...p.citizenWords, ...(serviceWords.get(p.code) ?? [])]);
    const phrases = unique([...own, ...applySynonyms([p.name, p.nameEn], group?.name)]);
    // The body holds what a citizen may name (papers, the office, the result, the topic), not the long
    // published texts (steps, conditions, addresses, legal bases): in a deployment's full-text import those
    // are most of the words, so every short prefix would match nearly everything and cost each keystroke
    // more than it may (bench:search, catalogue "real"), while a hit found only there is noise.
    const body = [
      sectorName.get(p.sector) ?? '', p.kind, ...documentTexts(p), p.who, p.agency, p.result,
      ...p.lifeEvents.map((e) => eventName.get(e) ?? ''), group?.name, group?.description,
    ];
    entries.push(entry(entries.length + 1, procedureItem(p), [p.name, p.nameEn], phrases, body, p.code, p.onlineLevel === 'full', own.length));
  }
  for (const s of indexedServices) {
    const phrases = unique([...s.citizenWords, ...applySynonyms([s.name, s.nameEn])]);
    entries.push(entry(entries.length + 1, serviceItem(s), [s.name, s.nameEn], phrases, [s.sector, s.description, s.note], s.code, false, s.citizenWords.length));
  }
  return entries;
}

/**
 * Words of names and citizen words with the number of entries holding them: where a known word typed by
 * mistake for another ("thong" for "thuong") is looked up (query.ts `near`). Pure.
 */
export function nameWordCounts(entries: readonly IndexEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    for (const w of new Set([...e.nameTokens, ...e.wordsTokens])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function entry(
  id: number, item: CatalogueItem, names: (string | undefined)[], phrases: string[], body: (string | undefined)[],
  code: string | undefined, fullyOnline: boolean, ownPhrases: number,
): IndexEntry {
  const nameLists = names.filter(isText).map(words);
  const nameWords = nameLists.flat();
  // `phrases` starts with the entry's own citizen words (unique() keeps the first of repeats).
  const phraseList = phrases.map((text, i) => ({ text, tokens: words(text), own: i < ownPhrases }));
  const wordsList = phraseList.flatMap((p) => p.tokens);
  const bodyWords = body.filter(isText).flatMap(words);
  return {
    id, item, code, fullyOnline, phrases: phraseList, names: nameLists,
    doneAtWard: item.atWard && (item.level ?? 'ward') === 'ward',
    nameText: nameWords.join(' '),
    wordsText: phraseList.map((p) => p.tokens.join(' ')).join(' ; '),
    bodyText: bodyWords.join(' '),
    nameTokens: new Set(nameWords),
    wordsTokens: new Set(wordsList),
    bodyTokens: new Set(bodyWords),
  };
}

export function procedureItem(p: Procedure): CatalogueItem {
  return {
    ref: { kind: 'procedure', code: p.code }, name: p.name, nameEn: p.nameEn, sector: p.sector, level: p.level,
    onlineLevel: p.onlineLevel, essentialService: p.essentialService, atWard: p.atWard ?? true, lifeEvents: [...p.lifeEvents],
  };
}

export function serviceItem(s: EssentialService): CatalogueItem {
  return {
    ref: { kind: 'essentialService', n: s.n }, name: s.name, nameEn: s.nameEn, sector: s.sector,
    essentialService: s.n, atWard: s.atWard, lifeEvents: [],
  };
}

const documentTexts = (p: Procedure): (string | undefined)[] =>
  p.documents.flatMap((c) => [c.title, ...c.documents.flatMap((d) => [d.name, d.form, d.notes])]);
const isText = (s: string | undefined): s is string => typeof s === 'string' && s.length > 0;
const unique = (list: string[]): string[] => [...new Set(list)];

export type { CatalogueRef };
