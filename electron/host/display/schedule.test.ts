import { describe, expect, it } from 'vitest';
import type { AnnouncementContent } from './display-content-schema';
import { activeAnnouncements, isAnnouncementActive, msUntilNextScheduleChange, periodStarts, wardTime } from './schedule';

const TZ = 'Asia/Ho_Chi_Minh'; // UTC+7, no daylight saving
// Saturday 2026-03-14 08:15:30.250 ward time = 01:15:30.250 UTC.
const SAT_0815 = new Date('2026-03-14T01:15:30.250Z');

const ann = (over: Partial<AnnouncementContent> = {}): AnnouncementContent => ({
  id: 'a', title: { vi: 'Thông báo' }, priority: 'normal', ...over,
});

describe('wardTime', () => {
  it('reads the ward wall clock whatever the machine zone', () => {
    expect(wardTime(SAT_0815, TZ)).toEqual({ date: '2026-03-14', weekday: 'sat', dayOfMonth: 14, msOfDay: (8 * 3600 + 15 * 60 + 30) * 1000 + 250 });
  });

  it('turns the date at ward midnight, not UTC midnight', () => {
    expect(wardTime(new Date('2026-03-14T16:59:59Z'), TZ).date).toBe('2026-03-14');
    expect(wardTime(new Date('2026-03-14T17:00:00Z'), TZ)).toMatchObject({ date: '2026-03-15', weekday: 'sun', msOfDay: 0 });
  });
});

describe('isAnnouncementActive', () => {
  const t = wardTime(SAT_0815, TZ);
  it.each<[string, Partial<AnnouncementContent>, boolean]>([
    ['no schedule', {}, true],
    ['starts today (inclusive)', { from: '2026-03-14' }, true],
    ['starts tomorrow', { from: '2026-03-15' }, false],
    ['ends today (inclusive)', { until: '2026-03-14' }, true],
    ['ended yesterday', { until: '2026-03-13' }, false],
    ['Saturdays', { days: ['sat'] }, true],
    ['weekdays only', { days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, false],
    ['inside a morning window', { times: [{ from: '07:30', to: '11:30' }] }, true],
    ['window ends at 08:15 (exclusive)', { times: [{ from: '07:00', to: '08:15' }] }, false],
    ['window starts at 08:15 (inclusive)', { times: [{ from: '08:15', to: '09:00' }] }, true],
    ['second of two windows', { times: [{ from: '06:00', to: '07:00' }, { from: '08:00', to: '09:00' }] }, true],
    ['right day, wrong hours', { days: ['sat'], times: [{ from: '13:30', to: '17:00' }] }, false],
  ])('%s', (_name, over, expected) => expect(isAnnouncementActive(ann(over), t)).toBe(expected));
});

describe('activeAnnouncements', () => {
  it('puts high priority first and otherwise keeps the content order', () => {
    const list = [ann({ id: 'a' }), ann({ id: 'b', priority: 'high' }), ann({ id: 'c', until: '2020-01-01' }), ann({ id: 'd' }), ann({ id: 'e', priority: 'high' })];
    expect(activeAnnouncements(list, wardTime(SAT_0815, TZ)).map((a) => a.id)).toEqual(['b', 'e', 'a', 'd']);
  });
});

describe('msUntilNextScheduleChange', () => {
  const t = wardTime(SAT_0815, TZ);
  it('is null when nothing is scheduled', () => {
    expect(msUntilNextScheduleChange([ann()], t)).toBeNull();
  });
  it('finds the next window edge today', () => {
    const list = [ann({ times: [{ from: '07:30', to: '11:30' }] }), ann({ times: [{ from: '09:00', to: '10:00' }] })];
    // 08:15:30.250 → 09:00:00.000
    expect(msUntilNextScheduleChange(list, t)).toBe(44 * 60_000 + 29_750);
  });
  it('falls back to the coming midnight for date and weekday rules', () => {
    expect(msUntilNextScheduleChange([ann({ until: '2026-03-20' })], t)).toBe(24 * 3_600_000 - t.msOfDay);
  });
  it('lands exactly on the edge: the announcement has turned when evaluated there', () => {
    const a = ann({ times: [{ from: '09:00', to: '10:00' }] });
    const wait = msUntilNextScheduleChange([a], t)!;
    expect(isAnnouncementActive(a, wardTime(new Date(SAT_0815.getTime() + wait - 1), TZ))).toBe(false);
    expect(isAnnouncementActive(a, wardTime(new Date(SAT_0815.getTime() + wait), TZ))).toBe(true);
  });
});

describe('periodStarts', () => {
  it('gives Monday 00:00 and the 1st 00:00 in ward time', () => {
    const { weekStart, monthStart } = periodStarts(SAT_0815, wardTime(SAT_0815, TZ));
    expect(weekStart.toISOString()).toBe('2026-03-08T17:00:00.000Z'); // Mon 9 March 00:00 +07
    expect(monthStart.toISOString()).toBe('2026-02-28T17:00:00.000Z'); // 1 March 00:00 +07
  });
  it('on a Monday the week starts that midnight', () => {
    const mon = new Date('2026-03-16T03:00:00Z');
    expect(periodStarts(mon, wardTime(mon, TZ)).weekStart.toISOString()).toBe('2026-03-15T17:00:00.000Z');
  });
});
