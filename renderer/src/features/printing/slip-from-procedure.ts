import type { Channel, DossierDocument, Procedure } from '../../../../electron/api/content';
import type { SlipContent } from '../../../../electron/api/printing';

const CHANNEL_LABEL: Record<Channel['kind'], string> = { online: 'Trực tuyến', inPerson: 'Trực tiếp tại quầy', postal: 'Qua bưu chính' };

/** "1 bản chính, 2 bản sao" from the published counts; undefined when none is published. */
export function paperCount(d: Pick<DossierDocument, 'originals' | 'copies'>): string | undefined {
  const parts = [d.originals ? `${d.originals} bản chính` : '', d.copies ? `${d.copies} bản sao` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The slip's plain facts from a procedure of the content pack and the case the citizen chose (null:
 * not chosen; a procedure with one case uses it). The slip is printed in Vietnamese whatever the
 * screen's language: it is read at home and shown at the counter. Only public texts are copied.
 */
export function slipFromProcedure(p: Procedure, caseIndex: number | null): SlipContent {
  const cases = p.documents;
  const chosen = cases.length === 1 ? cases[0] : caseIndex === null ? undefined : cases[caseIndex];
  const qrUrl = p.onlineEntries.find((e) => e.url)?.url;
  const where = p.where ?? p.agency;
  return {
    procedureCode: p.code,
    procedureName: p.name,
    ...(chosen?.title ? { caseTitle: chosen.title } : {}),
    papers: (chosen?.documents ?? []).map((d) => {
      const count = paperCount(d);
      return { name: d.name, ...(count ? { count } : {}), ...(d.obtain?.where ? { whereToGet: d.obtain.where } : {}) };
    }),
    channels: p.channels
      .filter((c) => c.fees || c.timeLimit)
      .map((c) => ({ label: CHANNEL_LABEL[c.kind], ...(c.fees ? { fee: c.fees } : {}), ...(c.timeLimit ? { time: c.timeLimit } : {}) })),
    ...(where ? { where } : {}),
    ...(qrUrl ? { qrUrl } : {}),
  };
}
