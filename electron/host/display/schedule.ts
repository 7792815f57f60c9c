import type { AnnouncementContent, Weekday } from './display-content-schema';

/*
 * When announcements are on screen. Pure functions over an instant and the ward's time zone, so tests
 * pin both and the machine's own zone never matters (a kiosk set to UTC still follows ward time).
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** An instant as read on the ward's wall clock. */
export interface WardTime {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly weekday: Weekday;
  /** Day of the month, 1–31. */
  readonly dayOfMonth: number;
  /** Milliseconds since local midnight. */
  readonly msOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function wardTime(now: Date, timeZone: string): WardTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(now)) parts[p.type] = p.value;
  const [y, m, d] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const msOfDay = (Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000 + now.getUTCMilliseconds();
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday, dayOfMonth: d, msOfDay };
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Is the announcement on screen at this ward time? Dates are inclusive, time windows [from, to). */
export function isAnnouncementActive(a: AnnouncementContent, t: WardTime): boolean {
  if (a.from && t.date < a.from) return false;
  if (a.until && t.date > a.until) return false;
  if (a.days && !a.days.includes(t.weekday)) return false;
  if (a.times) {
    const minute = Math.floor(t.msOfDay / MS_PER_MINUTE);
    if (!a.times.some((w) => minute >= minutesOf(w.from) && minute < minutesOf(w.to))) return false;
  }
  return true;
}

/** Announcements on screen now: high priority first, then in the order the content lists them. */
export function activeAnnouncements(list: readonly AnnouncementContent[], t: WardTime): AnnouncementContent[] {
  const rank = (a: AnnouncementContent) => (a.priority === 'high' ? 0 : 1);
  return list
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => isAnnouncementActive(a, t))
    .sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i)
    .map(({ a }) => a);
}

/**
 * Milliseconds until the set of active announcements may next change: the next window edge today or
 * the coming midnight (dates and weekdays turn then). Null when no announcement has a schedule.
 */
export function msUntilNextScheduleChange(list: readonly AnnouncementContent[], t: WardTime): number | null {
  const scheduled = list.filter((a) => a.from || a.until || a.days || a.times);
  if (scheduled.length === 0) return null;
  let next = MS_PER_DAY;
  for (const a of scheduled) {
    for (const w of a.times ?? []) {
      for (const edge of [minutesOf(w.from), minutesOf(w.to)]) {
        const at = edge * MS_PER_MINUTE;
        if (at > t.msOfDay && at < next) next = at;
      }
    }
  }
  return next - t.msOfDay;
}

/** Start of the ward's week (Monday 00:00) and month (the 1st, 00:00) containing `now`, as instants. */
export function periodStarts(now: Date, t: WardTime): { weekStart: Date; monthStart: Date } {
  const midnight = now.getTime() - t.msOfDay;
  const daysSinceMonday = (WEEKDAYS.indexOf(t.weekday) + 6) % 7;
  // Exact for zones without daylight saving (Vietnam); within an hour elsewhere.
  return { weekStart: new Date(midnight - daysSinceMonday * MS_PER_DAY), monthStart: new Date(midnight - (t.dayOfMonth - 1) * MS_PER_DAY) };
}
