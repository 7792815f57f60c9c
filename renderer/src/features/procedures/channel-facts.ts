import type { Channel, ChannelKind, DossierDocument, Fee, Procedure, TimeLimit } from '../../../../electron/api/content';
import type { Translate } from '../../i18n/i18n';

/*
 * Fees and time limits as a citizen reads them, side by side per channel, from the portal's numbers
 * (`time`, `feeItems`) or, for older packs, the published text (`timeLimit`, `fees`). Pure, for the faces.
 */

/** Online first, then in person, then by post: the order the page compares them in. */
export const CHANNEL_ORDER: readonly ChannelKind[] = ['online', 'inPerson', 'postal'];

/** 10000 → "10.000" (Vietnamese thousands separator). */
export function money(amount: number): string {
  return Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A time limit in words. `other` is the portal's OTHER (civil-status records): the number is shown as
 * published, with no unit guessed (procedures.md).
 */
export function timeText(t: Translate, time: TimeLimit): string {
  if (time.unit === 'other') return t('page.time.other', { n: time.value });
  return t(time.value === 1 ? `page.time.${time.unit}One` : `page.time.${time.unit}`, { n: time.value });
}

/**
 * The working days the case codes publish ("1.000894.02: 1 ngày làm việc"), shown beside an `other`
 * time limit because that is where the portal says them; null when no case code has a time with a unit.
 */
export function caseCodeTimes(t: Translate, p: Pick<Procedure, 'caseCodes'>): string | null {
  const known = (p.caseCodes ?? []).filter((c) => c.time && c.time.unit !== 'other');
  if (known.length === 0) return null;
  const times = [...known].sort((a, b) => a.code.localeCompare(b.code)).map((c) => `${c.code}: ${timeText(t, c.time!)}`);
  return t('page.caseCodeTimes', { times: times.join('; ') });
}

/** The time limit of one channel in words: its number and unit, else its published text, else unknown. */
export function channelTime(t: Translate, c: Channel): string {
  if (c.time) return timeText(t, c.time);
  return c.timeLimit ?? t('page.unknown');
}

/** A fee rule as compared for "same as another channel's": surrounding brackets and spaces ignored. */
const ruleKey = (s: string) => s.trim().replace(/^\((.*)\)$/s, '$1').replace(/\s+/g, ' ').trim();

/** One published amount, with the number of its rule in the notes under the table (0 = no rule). */
export interface FeeLine {
  readonly text: string;
  readonly rule: number;
  readonly zeroWithoutRule: boolean;
}

export interface FeeTable {
  /** Per channel kind present: its amounts as lines, or its published text. */
  readonly lines: ReadonlyMap<ChannelKind, readonly FeeLine[]>;
  /** The rule texts, each once (the same rule is often published for every channel), numbered from 1. */
  readonly rules: readonly string[];
}

/**
 * The fees of every channel: "10.000 đồng (lệ phí)" lines, each pointing to its published rule (what
 * it applies to, or why it is 0), the rules listed once under the table as numbered notes.
 */
export function feeTable(t: Translate, channels: readonly Channel[]): FeeTable {
  const rules: string[] = [];
  const keys: string[] = [];
  const ruleOf = (text: string | undefined): number => {
    if (!text || !text.trim()) return 0;
    const key = ruleKey(text);
    const at = keys.indexOf(key);
    if (at >= 0) return at + 1;
    keys.push(key);
    rules.push(key);
    return rules.length;
  };
  const lines = new Map<ChannelKind, FeeLine[]>();
  for (const kind of CHANNEL_ORDER) {
    const c = channels.find((x) => x.kind === kind);
    if (!c) continue;
    const items: readonly Fee[] = c.feeItems ?? [];
    if (items.length > 0) {
      lines.set(kind, items.map((f) => {
        const rule = ruleOf(f.appliesTo);
        return { text: `${t('page.money', { amount: money(f.amount) })} (${t(`page.kind.${f.kind}`)})`, rule, zeroWithoutRule: f.amount === 0 && rule === 0 };
      }));
    } else {
      lines.set(kind, [{ text: c.fees ?? t('page.unknown'), rule: 0, zeroWithoutRule: false }]);
    }
  }
  return { lines, rules };
}

/** "1 bản chính, 2 bản sao" for a paper; null when the pack publishes no count at all. */
export function paperCount(t: Translate, d: Pick<DossierDocument, 'originals' | 'copies'>): string | null {
  if (d.originals === undefined && d.copies === undefined) return null;
  const parts: string[] = [];
  if (d.originals) parts.push(t(d.originals === 1 ? 'page.originals' : 'page.originalsMany', { n: d.originals }));
  if (d.copies) parts.push(t(d.copies === 1 ? 'page.copies' : 'page.copiesMany', { n: d.copies }));
  return parts.length > 0 ? parts.join(', ') : null;
}
