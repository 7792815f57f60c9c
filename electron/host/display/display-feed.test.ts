import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayContentStatus, DisplayFeed, EmergencyMessage } from '../../api/display';
import type { ServiceSource } from './build-feed';
import type { DisplayContentInput } from './display-content-schema';
import { DisplayFeedService, type DisplayFeedDeps, type EmergencySlot } from './display-feed';

const services: ServiceSource[] = Array.from({ length: 25 }, (_, i) => ({ n: i + 1, name: `Dịch vụ ${i + 1}`, sector: 'Tư pháp', atWard: i < 10 }));

const content = (over: Partial<DisplayContentInput> = {}): DisplayContentInput => ({
  format: 1,
  playlist: [{ slide: 'services', durationSeconds: 10 }, { slide: 'announcements', durationSeconds: 10 }, { slide: 'statistics', durationSeconds: 10 }],
  benefits: { title: { vi: 'Lợi ích' }, groups: [{ title: { vi: 'a' }, body: { vi: 'b' } }] },
  vneid: { title: { vi: 'VNeID' }, steps: [{ vi: 'Cài' }], guideUrl: 'https://tailieuhuongdan.dean06.vn', guideLabel: { vi: 'Hướng dẫn' } },
  ...over,
});

class MemoryEmergency implements EmergencySlot {
  private message: EmergencyMessage | null = null;
  private nextId = 1;
  live() { return this.message; }
  set(text: string, at: Date) { return (this.message = { id: this.nextId++, text, setAt: at.toISOString() }); }
  withdraw() { const had = this.message !== null; this.message = null; return had; }
}

let dir: string;
let file: string;
let published: DisplayFeed[];
let counts: { citizensHelpedThisWeek: number; activationsThisMonth: number | null; activationTarget: null };
let log: string[];
let statuses: DisplayContentStatus[];

const make = (over: Partial<DisplayFeedDeps> = {}) =>
  new DisplayFeedService({
    contentFile: file,
    services: { kind: 'catalogue', load: async () => ({ services, sample: false, problems: [] }) },
    counts: () => counts,
    emergency: new MemoryEmergency(),
    wardName: 'Phường Minh Họa',
    publish: (f) => published.push(f),
    publishContentStatus: (st) => statuses.push(st),
    log: (l) => log.push(l),
    pollMs: 30_000,
    ...over,
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-03-14T01:59:50Z')); // Saturday 08:59:50 ward time
  dir = mkdtempSync(join(tmpdir(), 'kiosk-display-feed-'));
  file = join(dir, 'display.json');
  published = [];
  log = [];
  statuses = [];
  counts = { citizensHelpedThisWeek: 5, activationsThisMonth: null, activationTarget: null };
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const kinds = (f: DisplayFeed) => f.slides.map((s) => s.kind);

describe('DisplayFeedService', () => {
  it('builds and publishes the first feed at start', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make();
    await s.start();
    expect(published).toHaveLength(1);
    expect(s.feed()).toBe(published[0]);
    expect(kinds(s.feed())).toEqual(['services', 'services', 'services', 'services', 'services', 'statistics']);
    s.stop();
  });

  it('shows only the services when the content file never loaded, and says why in the log', async () => {
    const s = make();
    await s.start();
    expect(kinds(s.feed())).toEqual(['services', 'services', 'services', 'services', 'services']);
    expect(log.join('\n')).toMatch(/display\.json: cannot read the file \(ENOENT\)/);
    s.stop();
  });

  it('applies a content change, ignores a no-op rewrite, and keeps the last good content over a bad edit', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make();
    await s.start();
    writeFileSync(file, JSON.stringify(content({ ticker: { vi: 'Tin mới' } })));
    await s.contentChanged();
    expect(published).toHaveLength(2);
    expect(published[1]!.ticker).toEqual({ vi: 'Tin mới' });
    await s.contentChanged();
    expect(published).toHaveLength(2);
    writeFileSync(file, '{ "format": 1, "playlist": [');
    await s.contentChanged();
    expect(published).toHaveLength(2);
    expect(s.feed().ticker).toEqual({ vi: 'Tin mới' });
    expect(log.join('\n')).toMatch(/keeping the last good content/);
    s.stop();
  });

  it('publishes the emergency message before the call returns, and its withdrawal', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make();
    await s.start();
    const m = await s.setEmergency('Mất điện: tạm dừng tiếp nhận hồ sơ');
    expect(published.at(-1)!.emergency).toEqual(m);
    expect(await s.withdrawEmergency()).toBe(true);
    expect(published.at(-1)!.emergency).toBeNull();
    expect(await s.withdrawEmergency()).toBe(false);
    s.stop();
  });

  it('turns an announcement on at its window edge without any trigger', async () => {
    writeFileSync(file, JSON.stringify(content({ announcements: [{ id: 'chin-gio', title: { vi: 'Từ 9 giờ' }, times: [{ from: '09:00', to: '10:00' }] }] })));
    const s = make();
    await s.start();
    expect(kinds(s.feed())).not.toContain('announcements');
    await vi.advanceTimersByTimeAsync(10_000 + 5);
    await s.whenIdle();
    expect(kinds(published.at(-1)!)).toContain('announcements');
    await vi.advanceTimersByTimeAsync(3_600_000);
    await s.whenIdle();
    expect(kinds(published.at(-1)!)).not.toContain('announcements');
    s.stop();
  });

  it('re-reads the counts on its poll and publishes when they change', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make();
    await s.start();
    counts = { citizensHelpedThisWeek: 6, activationsThisMonth: 2, activationTarget: null };
    await vi.advanceTimersByTimeAsync(30_000);
    await s.whenIdle();
    const stats = published.at(-1)!.slides.find((x) => x.kind === 'statistics');
    expect(stats).toMatchObject({ citizensHelpedThisWeek: 6, activationsThisMonth: 2 });
    s.stop();
  });
});

describe('DisplayFeedService content status', () => {
  const announcement = (id: string) => ({ id, title: { vi: `Thông báo ${id}` } });

  it('reports a good file as live from the file, with no problems, and tells the listener', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make();
    await s.start();
    expect(s.contentStatus()).toEqual({
      loadedAt: '2026-03-14T01:59:50.000Z', source: 'file', keptLastGood: false, problems: [], checkedAt: '2026-03-14T01:59:50.000Z',
    });
    expect(statuses).toEqual([s.contentStatus()]);
    s.stop();
  });

  it('lists the problems of a broken file with their field paths, keeps the last good content, and clears them once fixed', async () => {
    writeFileSync(file, JSON.stringify(content({ announcements: [announcement('mot')] })));
    const s = make();
    await s.start();
    const goodFeed = s.feed();

    vi.setSystemTime(new Date('2026-03-14T02:05:00Z'));
    writeFileSync(file, JSON.stringify(content({
      announcements: [announcement('mot'), announcement('mot'), { ...announcement('hai'), times: [{ from: '07:30', to: '25:00' }] }],
    })));
    await s.contentChanged();
    const broken = s.contentStatus();
    expect(broken).toMatchObject({ source: 'file', keptLastGood: true, loadedAt: '2026-03-14T01:59:50.000Z', checkedAt: '2026-03-14T02:05:00.000Z' });
    expect(broken.problems).toEqual([
      'display.json: announcements.2.times.0.to: expected a time of day HH:MM (24-hour), e.g. 07:30',
      'display.json: announcements.1.id: duplicate announcement id "mot"',
    ]);
    // The lobby screens still show the last good version.
    expect(s.feed()).toBe(goodFeed);
    expect(statuses.at(-1)).toEqual(broken);

    vi.setSystemTime(new Date('2026-03-14T02:10:00Z'));
    writeFileSync(file, JSON.stringify(content({ announcements: [announcement('mot'), announcement('hai')] })));
    await s.contentChanged();
    expect(s.contentStatus()).toEqual({
      loadedAt: '2026-03-14T02:10:00.000Z', source: 'file', keptLastGood: false, problems: [], checkedAt: '2026-03-14T02:10:00.000Z',
    });
    expect(statuses.at(-1)).toEqual(s.contentStatus());
    expect(statuses).toHaveLength(3);
    s.stop();
  });

  it('says "fallback" (not "kept the last good") when no good version was ever read', async () => {
    writeFileSync(file, '{ "format": 1, "playlist": [');
    const s = make();
    await s.start();
    const st = s.contentStatus();
    expect(st).toMatchObject({ loadedAt: null, source: 'fallback', keptLastGood: false });
    expect(st.problems).toHaveLength(1);
    expect(st.problems[0]).toMatch(/^display\.json: not valid JSON/);
    s.stop();
  });

  it('keeps the time the content went live over a no-op save, but moves the time it was checked', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make();
    await s.start();
    vi.setSystemTime(new Date('2026-03-14T03:00:00Z'));
    writeFileSync(file, JSON.stringify(content(), null, 2));
    await s.contentChanged();
    expect(s.contentStatus()).toMatchObject({ loadedAt: '2026-03-14T01:59:50.000Z', checkedAt: '2026-03-14T03:00:00.000Z', problems: [] });
    expect(statuses).toHaveLength(2);
    s.stop();
  });

  it('still rebuilds the feed when the status listener throws', async () => {
    writeFileSync(file, JSON.stringify(content()));
    const s = make({ publishContentStatus: () => { throw new Error('listener broke'); } });
    await s.start();
    expect(published).toHaveLength(1);
    expect(log.join('\n')).toMatch(/content status not sent: listener broke/);
    s.stop();
  });
});
