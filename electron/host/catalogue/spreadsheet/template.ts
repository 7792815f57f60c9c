import type { Channel, ChannelKind, DossierCase, GuideStep, OnlineEntry, Procedure } from '../../../api/content';
import { foldVietnamese } from '../../../api/fold-vietnamese';
import { applyObtainCell, writeObtainCell } from './obtain-cell';

/*
 * The spreadsheet template: one row per procedure, one column per part (docs/content-packs.md,
 * "Spreadsheet template"). Cells with several items hold one item per line; structured items use
 * " | " between their fields. Column order does not matter; the header row names the columns.
 */

export const columns = [
  'code', 'name', 'name_en', 'decision', 'level', 'kind', 'sector', 'steps',
  'in_person_time', 'in_person_fees', 'in_person_notes',
  'online_time', 'online_fees', 'online_notes',
  'postal_time', 'postal_fees', 'postal_notes',
  'documents', 'documents_obtain', 'who', 'agency', 'where', 'conditions', 'legal_basis', 'result', 'online_level',
  'online_service_code', 'essential_service', 'group', 'life_events', 'citizen_words', 'online_entries',
  'online_guide', 'note',
] as const;
export type Column = (typeof columns)[number];
export type Row = Partial<Record<Column, string>>;

/**
 * Header cells the exporter writes in Vietnamese instead of the column key; the importer accepts
 * either (folded: "Nơi lấy giấy tờ" → noi_lay_giay_to).
 */
export const headings: Partial<Record<Column, string>> = { documents_obtain: 'Nơi lấy giấy tờ' };

const CHANNELS: [ChannelKind, 'in_person' | 'online' | 'postal'][] = [['inPerson', 'in_person'], ['online', 'online'], ['postal', 'postal']];
const LEVELS: Record<string, Procedure['level']> = { ward: 'ward', province: 'province', ministry: 'ministry', 'cap xa': 'ward', 'cap tinh': 'province', 'cap bo': 'ministry' };
const ONLINE: Record<string, Procedure['onlineLevel']> = { full: 'full', partial: 'partial', 'toan trinh': 'full', 'mot phan': 'partial' };

const lines = (cell: string | undefined): string[] => (cell ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const list = (cell: string | undefined): string[] => lines(cell).flatMap((l) => l.split(';')).map((s) => s.trim()).filter(Boolean);
const fields = (line: string): string[] => line.split('|').map((f) => f.trim());
const opt = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim() : undefined);
const plain = (s: string): string => foldVietnamese(s).trim();

/**
 * A row as raw procedure data (not yet validated: the pack validator reports problems by row).
 * `resolve` maps a sector or life-event cell (id or name) to an id; `report` gets the problems of a
 * cell the schema cannot see (a "Nơi lấy giấy tờ" line naming no document), with the column key.
 */
export function rowToProcedure(
  row: Row,
  resolve: { sector(text: string): string; lifeEvent(text: string): string },
  report: (column: Column, message: string) => void = () => undefined,
): Record<string, unknown> {
  const documents = parseDocuments(row.documents);
  for (const m of applyObtainCell(row.documents_obtain, documents)) report('documents_obtain', m);
  const channels: Channel[] = [];
  for (const [kind, key] of CHANNELS) {
    const c = { kind, timeLimit: opt(row[`${key}_time`]), fees: opt(row[`${key}_fees`]), notes: opt(row[`${key}_notes`]) };
    if (c.timeLimit || c.fees || c.notes) channels.push(dropUndefined(c));
  }
  const level = opt(row.level);
  const online = opt(row.online_level);
  const n = opt(row.essential_service);
  return dropUndefined({
    code: opt(row.code), name: opt(row.name), nameEn: opt(row.name_en), decision: opt(row.decision),
    level: level ? (LEVELS[plain(level)] ?? level) : undefined,
    kind: opt(row.kind), sector: opt(row.sector) ? resolve.sector(row.sector!.trim()) : undefined,
    steps: lines(row.steps), channels, documents,
    who: opt(row.who), agency: opt(row.agency), where: opt(row.where), conditions: opt(row.conditions),
    legalBasis: lines(row.legal_basis), result: opt(row.result),
    onlineLevel: online ? (ONLINE[plain(online)] ?? online) : undefined,
    onlineServiceCode: opt(row.online_service_code),
    essentialService: n === undefined ? undefined : /^\d+$/.test(n) ? Number(n) : n,
    interconnectedGroup: opt(row.group),
    lifeEvents: list(row.life_events).map((e) => resolve.lifeEvent(e)),
    citizenWords: list(row.citizen_words),
    onlineEntries: lines(row.online_entries).map(parseEntry),
    onlineGuide: lines(row.online_guide).map(parseGuideStep),
    note: opt(row.note),
  });
}

/** A procedure as a template row (the exporter; the inverse of rowToProcedure for every template part). */
export function procedureToRow(p: Procedure): Record<Column, string> {
  const row = Object.fromEntries(columns.map((c) => [c, ''])) as Record<Column, string>;
  Object.assign(row, {
    code: p.code, name: p.name, name_en: p.nameEn ?? '', decision: p.decision ?? '', level: p.level ?? '', kind: p.kind ?? '',
    sector: p.sector, steps: p.steps.join('\n'), documents: writeDocuments(p.documents),
    documents_obtain: writeObtainCell(p.documents), who: p.who ?? '',
    agency: p.agency ?? '', where: p.where ?? '', conditions: p.conditions ?? '', legal_basis: p.legalBasis.join('\n'),
    result: p.result ?? '', online_level: p.onlineLevel ?? '', online_service_code: p.onlineServiceCode ?? '',
    essential_service: p.essentialService === undefined ? '' : String(p.essentialService), group: p.interconnectedGroup ?? '',
    life_events: p.lifeEvents.join('\n'), citizen_words: p.citizenWords.join('\n'),
    online_entries: p.onlineEntries.map(writeEntry).join('\n'), online_guide: p.onlineGuide.map(writeGuideStep).join('\n'),
    note: p.note ?? '',
  });
  for (const [kind, key] of CHANNELS) {
    const c = p.channels.find((x) => x.kind === kind);
    if (!c) continue;
    row[`${key}_time`] = c.timeLimit ?? '';
    row[`${key}_fees`] = c.fees ?? '';
    row[`${key}_notes`] = c.notes ?? '';
  }
  return row;
}

/** Documents cell: "## case title" starts a case; other lines are "name | form | originals | copies | notes". */
function parseDocuments(cell: string | undefined): DossierCase[] {
  const cases: DossierCase[] = [];
  for (const line of lines(cell)) {
    if (line.startsWith('##')) {
      cases.push({ title: line.replace(/^#+\s*/, ''), documents: [] });
      continue;
    }
    if (cases.length === 0) cases.push({ documents: [] });
    const [name = '', form, originals, copies, notes] = fields(line);
    cases[cases.length - 1]!.documents.push(dropUndefined({
      name, form: opt(form), originals: count(originals), copies: count(copies), notes: opt(notes),
    }) as DossierCase['documents'][number]);
  }
  return cases;
}

function writeDocuments(cases: readonly DossierCase[]): string {
  return cases
    .flatMap((c) => [
      ...(c.title !== undefined ? [`## ${c.title}`] : []),
      ...c.documents.map((d) => trimPipes([d.name, d.form ?? '', d.originals?.toString() ?? '', d.copies?.toString() ?? '', d.notes ?? ''])),
    ])
    .join('\n');
}

const count = (s: string | undefined): number | undefined => (s && /^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);

/** Online entry: "place | label | https URL or menu path with '>' | English label". */
function parseEntry(line: string): Record<string, unknown> {
  const [place, label, where, labelEn] = fields(line);
  const at = opt(where);
  return dropUndefined({
    place, label, labelEn: opt(labelEn),
    url: at && /^https?:\/\//.test(at) ? at : undefined,
    menuPath: at && !/^https?:\/\//.test(at) ? at.split('>').map((s) => s.trim()) : undefined,
  });
}

const writeEntry = (e: OnlineEntry): string =>
  trimPipes([e.place, e.label, e.url ?? e.menuPath?.join(' > ') ?? '', e.labelEn ?? '']);

/** Guide step: "title | instruction | card fields, comma-separated | English title | English instruction". */
function parseGuideStep(line: string): Record<string, unknown> {
  const [title, instruction, cardFields, titleEn, instructionEn] = fields(line);
  return dropUndefined({
    title, instruction, titleEn: opt(titleEn), instructionEn: opt(instructionEn),
    cardFields: (cardFields ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  });
}

const writeGuideStep = (g: GuideStep): string =>
  trimPipes([g.title, g.instruction, g.cardFields.join(', '), g.titleEn ?? '', g.instructionEn ?? '']);

const trimPipes = (parts: string[]): string => {
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(' | ');
};

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
