import type { Procedure } from '../../../../electron/api/content';
import type { SlipContent } from '../../../../electron/api/printing';
import { translate, type Translate } from '../../i18n/i18n';
import { CHANNEL_ORDER, caseCodeTimes, channelTime, feeTable, paperCount } from '../procedures/channel-facts';
import { caseLabel, chosenCase, dossierView, papersToHandIn, papersToShow } from '../procedures/dossier';

const CHANNEL_LABEL = { online: 'Trực tuyến', inPerson: 'Trực tiếp tại quầy', postal: 'Qua bưu chính' } as const;

/** The slip is printed in Vietnamese whatever the screen's language: it is read at home and shown at the counter. */
const vi: Translate = (key, params) => translate('vi', key, params);

/**
 * The slip's plain facts from a procedure of the content pack and the case the citizen chose, read the
 * way the procedure page reads them (dossier.ts, channel-facts.ts): everyone's papers and the chosen
 * case's with their counts, then the papers to show at the desk; fees and time limits per channel from
 * the published amounts and their rules; where to go; the official page as the QR. With several cases
 * and none chosen it lists no papers rather than the wrong ones. Only public texts are copied.
 */
export function slipFromProcedure(p: Procedure, caseIndex: number | null): SlipContent {
  const view = dossierView(p);
  const chosen = chosenCase(view, caseIndex);
  const mustChoose = view.choices.length > 1 && chosen === null;
  const handIn = mustChoose ? [] : papersToHandIn(p, view, chosen);
  const show = mustChoose ? [] : papersToShow(p, view);
  const papers = [
    ...handIn.map(({ doc }) => ({ doc, show: false })),
    ...show.map(({ doc }) => ({ doc, show: true })),
  ].map(({ doc, show: toShow }) => {
    const count = paperCount(vi, doc);
    const shown = toShow ? `${count ? `${count}, ` : ''}mang theo để xuất trình` : count;
    return { name: doc.name, ...(shown ? { count: shown.slice(0, 80) } : {}), ...(doc.obtain?.where ? { whereToGet: doc.obtain.where } : {}) };
  });
  const fees = feeTable(vi, p.channels);
  const ruleText = (n: number): string => (n > 0 ? ` (${fees.rules[n - 1]})` : '');
  const otherTimes = caseCodeTimes(vi, p);
  const channels = CHANNEL_ORDER.flatMap((kind) => {
    const c = p.channels.find((x) => x.kind === kind);
    if (!c) return [];
    const fee = (fees.lines.get(kind) ?? []).map((l) => `${l.text}${ruleText(l.rule)}`).join('; ');
    const time = `${channelTime(vi, c)}${c.time?.unit === 'other' && otherTimes ? `; ${otherTimes}` : ''}`;
    return [{ label: CHANNEL_LABEL[kind], ...(fee ? { fee: fee.slice(0, 1000) } : {}), time: time.slice(0, 1000) }];
  });
  const agencies = p.executingAgencies?.length ? p.executingAgencies.join('; ') : p.agency;
  const where = p.atWard === false ? agencies : [p.where, agencies].filter(Boolean).join(' · ') || undefined;
  const qrUrl = p.source?.page ?? p.onlineEntries.find((e) => e.url)?.url;
  const caseTitle = chosen !== null ? caseLabel(p.documents[chosen]?.title ?? '') : '';
  return {
    procedureCode: p.code,
    procedureName: p.name,
    ...(caseTitle ? { caseTitle } : {}),
    papers: papers.slice(0, 60),
    channels: channels.slice(0, 6),
    ...(where ? { where: where.slice(0, 1000) } : {}),
    ...(qrUrl ? { qrUrl } : {}),
  };
}
