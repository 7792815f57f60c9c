import type { Period } from '../../../api/staff';

/**
 * Calendar periods in the ward's time. Vietnam keeps UTC+7 all year (no daylight saving), so a fixed
 * offset is exact. Periods are inclusive civil dates; queries use the UTC half-open range they cover.
 */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The civil date (YYYY-MM-DD) in Vietnam at instant `d`. */
export function vnDate(d: Date): string {
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO date + n days. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC instants [from, to) a period of Vietnamese civil dates covers. */
export function utcRange(p: Period): { from: Date; to: Date } {
  return { from: new Date(Date.parse(`${p.from}T00:00:00+07:00`)), to: new Date(Date.parse(`${addDays(p.to, 1)}T00:00:00+07:00`)) };
}

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
const lastDayOfMonth = (iso: string) => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return addDays(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1);
};

/** Monday of the ISO week containing `iso`. */
function weekStart(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

/** Today, this week (Monday–Sunday) or this month, as of `now`. */
export function currentPeriod(range: 'today' | 'week' | 'month', now: Date): Period {
  const today = vnDate(now);
  if (range === 'today') return { from: today, to: today };
  if (range === 'week') {
    const from = weekStart(today);
    return { from, to: addDays(from, 6) };
  }
  return { from: monthStart(today), to: lastDayOfMonth(today) };
}

/** The last complete month: the monthly report's default. */
export function previousMonth(now: Date): Period {
  const last = addDays(monthStart(vnDate(now)), -1);
  return { from: monthStart(last), to: last };
}

/** The last complete Monday–Sunday week: the weekly report's default. */
export function previousWeek(now: Date): Period {
  const from = addDays(weekStart(vnDate(now)), -7);
  return { from, to: addDays(from, 6) };
}

/** Monthly reports are due before the 12th (seed 000 §IV.2); staff are reminded from the 5th. */
export const MONTHLY_DUE_DAY = 12;
export const REMINDER_FROM_DAY = 5;

/** The reminder for the previous month's report, given whether it was already exported. */
export function monthlyReminder(now: Date, exported: boolean): { period: Period; dueBy: string; show: boolean; overdue: boolean; exported: boolean } {
  const today = vnDate(now);
  const day = Number(today.slice(8, 10));
  const dueBy = `${today.slice(0, 7)}-${String(MONTHLY_DUE_DAY - 1).padStart(2, '0')}`;
  return {
    period: previousMonth(now),
    dueBy,
    show: !exported && day >= REMINDER_FROM_DAY,
    overdue: !exported && day >= MONTHLY_DUE_DAY,
    exported,
  };
}

/** A custom period must run forwards and stay within a year (a report, not a data dump). */
export function periodProblem(p: Period): 'period.reversed' | 'period.too-long' | null {
  if (p.to < p.from) return 'period.reversed';
  if (Date.parse(p.to) - Date.parse(p.from) > 366 * DAY_MS) return 'period.too-long';
  return null;
}
