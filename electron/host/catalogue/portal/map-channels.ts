import type { CaseCode, Channel, ChannelKind, Fee, FeeKind, TimeLimit, TimeUnit } from '../../../api/content';
import { list, num, text } from './portal-values';

/** The portal's submissionMethod → our channel (Cách thức thực hiện: Trực tiếp / Trực tuyến / Dịch vụ bưu chính). */
const channelKinds: Readonly<Record<string, ChannelKind>> = { DIRECT: 'inPerson', ONLINE: 'online', POSTAL: 'postal' };

/** The portal's processingTimeUnit; OTHER is a number without a unit (civil-status records). */
const timeUnits: Readonly<Record<string, TimeUnit>> = {
  WORKING_DAY: 'workingDay', DAY: 'day', HOUR: 'hour', MONTH: 'month', YEAR: 'year', OTHER: 'other',
};

/** The portal's fee type: FEE is lệ phí, SERVICE_FEE is phí, PRICE_LEVEL is mức giá. */
const feeKinds: Readonly<Record<string, FeeKind>> = { FEE: 'fee', SERVICE_FEE: 'charge', PRICE_LEVEL: 'price' };

/** A value as JSON, cut to 60 characters: problem lines stay readable. */
export function brief(v: unknown): string {
  const j = JSON.stringify(v) ?? 'undefined';
  return j.length > 60 ? `${j.slice(0, 57)}…` : j;
}

export function mapTime(value: unknown, unit: unknown): TimeLimit | undefined {
  const v = num(value);
  const u = typeof unit === 'string' ? timeUnits[unit] : undefined;
  return v !== undefined && u ? { value: v, unit: u } : undefined;
}

export interface ChannelMapping {
  readonly channels: Channel[];
  readonly problems: string[];
}

/**
 * executionMethods → channels, each with its time limit and its published amounts. An amount of 0 keeps
 * its description: that is where the real rule is ("do HĐND tỉnh quy định", free online). The channel's
 * own description (Mô tả) is long published text, kept only when `keepTexts`.
 */
export function mapChannels(methods: unknown, keepTexts: boolean): ChannelMapping {
  const problems: string[] = [];
  const channels: Channel[] = [];
  list(methods).forEach((m, i) => {
    const kind = typeof m.submissionMethod === 'string' ? channelKinds[m.submissionMethod] : undefined;
    if (!kind) {
      problems.push(`executionMethods[${i}]: unknown channel ${JSON.stringify(m.submissionMethod)}, left out`);
      return;
    }
    const time = mapTime(m.processingTime, m.processingTimeUnit);
    // Some records publish the time limit as words in the number's place ("Không quy định"): shown as published.
    const timeWords = typeof m.processingTime === 'string' ? text(m.processingTime) : undefined;
    if (!time && !timeWords && (m.processingTime !== undefined || m.processingTimeUnit !== undefined)) {
      problems.push(`executionMethods[${i}]: time limit ${brief(m.processingTime)} ${brief(m.processingTimeUnit)} not understood, left out`);
    }
    const feeItems: Fee[] = [];
    list(m.fees).forEach((f, j) => {
      const feeKind = typeof f.type === 'string' ? feeKinds[f.type] : undefined;
      const amount = num(f.value);
      if (!feeKind || amount === undefined || amount < 0) {
        problems.push(`executionMethods[${i}].fees[${j}]: fee ${brief(f.type)} ${brief(f.value)} not understood, left out`);
        return;
      }
      const appliesTo = text(f.description);
      feeItems.push({ amount, kind: feeKind, ...(appliesTo ? { appliesTo } : {}) });
    });
    const description = keepTexts ? text(m.description) : undefined;
    const timeLimit = timeWords ?? description;
    channels.push({ kind, ...(time ? { time } : {}), feeItems, ...(timeLimit ? { timeLimit } : {}) });
  });
  return { channels, problems };
}

/** The record's case codes (x.xxxxxx.01, .02) with their time limits: civil status publishes working days only here. */
export function mapCaseCodes(cases: unknown): { caseCodes: CaseCode[]; problems: string[] } {
  const problems: string[] = [];
  const caseCodes: CaseCode[] = [];
  list(cases).forEach((c, i) => {
    const code = text(c.code);
    if (!code || !/^\d\.\d{6}\.\d{2}$/.test(code)) {
      problems.push(`cases[${i}]: case code ${brief(c.code)} is not of the form x.xxxxxx.nn, left out`);
      return;
    }
    const day = c.processingDay as { qty?: unknown; type?: unknown } | undefined;
    const time = day ? mapTime(day.qty, day.type) : undefined;
    const name = text(c.name);
    caseCodes.push({ code, ...(name ? { name } : {}), ...(time ? { time } : {}) });
  });
  return { caseCodes, problems };
}
