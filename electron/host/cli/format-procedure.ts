import type { Channel, DossierCase, Procedure, TimeLimit } from '../../api/content';

/*
 * A procedure as plain text for `kiosk content show`: every part the kiosk holds, in the published
 * wording, labelled in English for staff and scripts (the faces give the citizen's Vietnamese words).
 */

const unitWords: Readonly<Record<TimeLimit['unit'], [string, string]>> = {
  workingDay: ['working day', 'working days'], day: ['day', 'days'], hour: ['hour', 'hours'],
  month: ['month', 'months'], year: ['year', 'years'], other: ['(unit not published)', '(unit not published)'],
};

export const timeText = (t: TimeLimit): string => `${t.value} ${unitWords[t.unit][t.value === 1 ? 0 : 1]}`;

const channelNames: Readonly<Record<Channel['kind'], string>> = { inPerson: 'in person', online: 'online', postal: 'by post' };
const feeKinds = { fee: 'lệ phí', charge: 'phí', price: 'mức giá' } as const;
const money = (n: number): string => `${n.toLocaleString('vi-VN')} đ`;

function caseLines(c: DossierCase, i: number): string[] {
  const head = `  case ${i + 1}: ${c.title ?? '(no title)'}${c.present ? ' [papers to SHOW, not to hand in]' : ''}`;
  const papers = c.documents.flatMap((d) => {
    const counts = [d.originals !== undefined ? `${d.originals} original` : '', d.copies !== undefined ? `${d.copies} cop${d.copies === 1 ? 'y' : 'ies'}` : '']
      .filter(Boolean).join(', ');
    const extra = [counts, d.required ? 'required' : '', d.form ? `form ${d.form}` : '', (d.formFiles ?? []).length ? `form files: ${d.formFiles!.join(', ')}` : '']
      .filter(Boolean).join('; ');
    return [`    - ${d.name}${extra ? ` [${extra}]` : ''}`, ...(d.obtain ? [`      where to get it: ${d.obtain.where}`] : [])];
  });
  const notes = (c.notes ?? []).map((n) => `    note: ${n}`);
  const omitted = c.notesOmitted ? [`    notes: ${c.notesOmitted} published note row(s), not in this pack (see the official page)`] : [];
  return [head, ...papers, ...notes, ...omitted];
}

function channelLines(c: Channel): string[] {
  const time = [c.time ? timeText(c.time) : '', c.timeLimit ?? ''].filter(Boolean).join(' — ') || 'not published';
  const fees = (c.feeItems ?? []).map((f) => `      ${feeKinds[f.kind]} ${money(f.amount)}${f.appliesTo ? `: ${f.appliesTo}` : ''}`);
  return [`  ${channelNames[c.kind]}: time limit ${time}`, ...(fees.length ? fees : [`      fees: ${c.fees ?? 'none published'}`])];
}

export function formatProcedure(p: Procedure, sectorName: string | undefined, groupName: string | undefined): string[] {
  const yes = (b: boolean | undefined): string => (b === undefined ? 'not stated' : b ? 'yes' : 'no');
  return [
    `${p.code}  ${p.name}`,
    `level: ${p.level ?? 'not published'}${(p.levels ?? []).length > 1 ? ` (flags: ${p.levels!.join(', ')})` : ''}; handled at the ward: ${yes(p.atWard)}; online: ${p.onlineLevel ?? 'not published'}`,
    `sector: ${sectorName ?? p.sector} (${p.sector})${p.province ? `; province's own procedure: ${p.province}` : ''}`,
    `published by: ${p.publisher ?? 'not stated'}; decision: ${p.decision ?? 'not stated'}`,
    `executing agencies: ${(p.executingAgencies ?? []).join(' | ') || p.agency || 'not published'}`,
    `competent agencies: ${(p.competentAgencies ?? []).join(' | ') || 'not published'}`,
    ...(p.who ? [`who: ${p.who}`] : []),
    `source: ${p.source ? `record ${p.source.recordId}${p.source.updatedAt ? `, updated ${p.source.updatedAt}` : ''}, ${p.source.page}` : 'not from a portal record (entered by hand)'}`,
    `papers (${p.documents.length} case(s)):`, ...(p.documents.length ? p.documents.flatMap(caseLines) : ['  not published']),
    'channels:', ...(p.channels.length ? p.channels.flatMap(channelLines) : ['  not published']),
    ...((p.caseCodes ?? []).length ? ['case codes:', ...p.caseCodes!.map((c) => `  ${c.code}${c.time ? ` ${timeText(c.time)}` : ''}${c.name && c.name !== p.name ? ` (${c.name})` : ''}`)] : []),
    'legal bases:', ...((p.legalBases ?? []).length ? p.legalBases!.map((l) => `  ${l.number ? `${l.number}: ` : ''}${l.title}`) : p.legalBasis.length ? p.legalBasis.map((l) => `  ${l}`) : ['  not published']),
    `results: ${(p.results ?? []).map((r) => `${r.name}${r.code ? ` (${r.code})` : ''}`).join('; ') || p.result || 'not published'}`,
    ...(p.steps.length ? ['steps (published):', ...p.steps.map((s) => `  ${s}`)] : []),
    ...(p.conditions ? [`conditions: ${p.conditions}`] : []),
    ...(p.where ? [`where: ${p.where}`] : []),
    'kiosk layer:',
    `  essential service: ${p.essentialService ?? '-'}; interconnected group: ${groupName ?? p.interconnectedGroup ?? '-'}`,
    `  life events: ${p.lifeEvents.join(', ') || '-'}`,
    `  citizen words: ${p.citizenWords.join('; ') || '-'}`,
    `  plain steps: ${(p.plainSteps ?? []).length}; online guide steps: ${p.onlineGuide.length}; online entries: ${p.onlineEntries.map((e) => e.place).join(', ') || '-'}`,
    ...(p.note ? [`  note: ${p.note}`] : []),
  ];
}
