import { describe, expect, it } from 'vitest';
import { DisplayFeed } from '../../api/display';
import { buildFeedBody, buildSlides, chunk, feedRevision, toDisplayService, type FeedInput, type ServiceSource } from './build-feed';
import { DisplayContent, type DisplayContentInput } from './display-content-schema';
import { wardTime } from './schedule';

const services: ServiceSource[] = Array.from({ length: 25 }, (_, i) => ({
  n: 25 - i,
  name: `Dịch vụ ${25 - i}`,
  sector: 'Công an',
  atWard: (25 - i) % 3 === 0,
  online: [
    { place: 'vneid', label: 'Ứng dụng VNeID' },
    { place: 'bocongan', label: 'Cổng Bộ Công an', url: 'https://dichvucong.bocongan.gov.vn' },
    { place: 'dichvucong', label: 'Cổng Dịch vụ công quốc gia', labelEn: 'National portal', url: 'https://dichvucong.gov.vn' },
  ],
}));

const contentInput: DisplayContentInput = {
  format: 1,
  playlist: [
    { slide: 'services', durationSeconds: 10 },
    { slide: 'benefits', durationSeconds: 15 },
    { slide: 'vneid', durationSeconds: 15 },
    { slide: 'announcements', durationSeconds: 12 },
    { slide: 'statistics', durationSeconds: 8 },
  ],
  services: { perSlide: 5, shortNames: { '8': { vi: 'Nộp phạt nguội', en: 'Traffic fines' } } },
  benefits: { title: { vi: 'Lợi ích' }, groups: [{ title: { vi: 'Nhanh' }, body: { vi: 'Nộp trực tuyến' } }] },
  vneid: { title: { vi: 'VNeID' }, steps: [{ vi: 'Cài ứng dụng' }], guideUrl: 'https://tailieuhuongdan.dean06.vn', guideLabel: { vi: 'Hướng dẫn' }, hotline: '1900 0368' },
  announcements: [
    { id: 'sang-thu-bay', title: { vi: 'Sáng thứ Bảy' }, days: ['sat'], times: [{ from: '07:30', to: '11:30' }] },
    { id: 'khan', title: { vi: 'Khẩn' }, priority: 'high' },
  ],
  ticker: { vi: 'Dòng chữ chạy' },
  statistics: { activationTargetPerMonth: 200 },
};

/** kiosk.json's activation target as the staff module hands it over (ward-figures.ts). */
const TARGET = { label: 'Công dân kích hoạt VNeID', targetCount: 8000, achieved: 12, deadline: '2026-12-31' };

const input = (over: Partial<FeedInput> = {}): FeedInput => ({
  content: DisplayContent.parse(contentInput),
  services,
  servicesSample: false,
  counts: { citizensHelpedThisWeek: 42, activationsThisMonth: 17, activationTarget: null },
  emergency: null,
  wardName: 'Phường Minh Họa',
  wardTime: wardTime(new Date('2026-03-14T02:00:00Z'), 'Asia/Ho_Chi_Minh'), // Saturday 09:00
  ...over,
});

describe('toDisplayService', () => {
  it('prefers the national portal, then the ministry portal, and skips app-only entries', () => {
    const row = toDisplayService(services[0]!, {});
    expect(row).toMatchObject({ onlineUrl: 'https://dichvucong.gov.vn', onlineLabel: { vi: 'Cổng Dịch vụ công quốc gia', en: 'National portal' } });
    expect(toDisplayService({ ...services[0]!, online: [{ place: 'vneid', label: 'VNeID' }] }, {}).onlineUrl).toBeNull();
    expect(toDisplayService({ ...services[0]!, online: [{ place: 'other', label: 'x', url: 'http://insecure.example' }] }, {}).onlineUrl).toBeNull();
  });
  it('uses the short name the content gives', () => {
    expect(toDisplayService({ ...services[0]!, n: 8 }, { '8': { vi: 'Nộp phạt nguội' } }).name).toEqual({ vi: 'Nộp phạt nguội' });
  });
});

describe('buildSlides', () => {
  it('splits the 25 services into pages of 5 in number order, each with the entry duration', () => {
    const pages = buildSlides(input()).filter((s) => s.kind === 'services');
    expect(pages).toHaveLength(5);
    expect(pages.map((p) => p.kind === 'services' && p.services.map((s) => s.n))).toEqual([
      [1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25],
    ]);
    expect(pages.every((p) => p.durationMs === 10_000 && p.kind === 'services' && p.pages === 5)).toBe(true);
    expect(new Set(buildSlides(input()).map((s) => s.key)).size).toBe(buildSlides(input()).length);
  });

  it('shows active announcements, high priority first, and drops the slide when none is active', () => {
    const ann = buildSlides(input()).find((s) => s.kind === 'announcements');
    expect(ann?.kind === 'announcements' && ann.items.map((i) => i.id)).toEqual(['khan', 'sang-thu-bay']);
    const content = DisplayContent.parse({ ...contentInput, announcements: [{ id: 'x', title: { vi: 'x' }, until: '2020-01-01' }] });
    expect(buildSlides(input({ content })).some((s) => s.kind === 'announcements')).toBe(false);
  });

  it('carries counts only, and null when activations are not available; the target is kiosk.json\'s, not display.json\'s', () => {
    const stats = buildSlides(input({ counts: { citizensHelpedThisWeek: 3, activationsThisMonth: null, activationTarget: TARGET } })).find((s) => s.kind === 'statistics');
    expect(stats).toEqual({
      kind: 'statistics', key: 'statistics-4', durationMs: 8000, citizensHelpedThisWeek: 3, activationsThisMonth: null, activationTarget: TARGET,
      satisfactionThisMonth: null,
    });
    const rated = buildSlides(input({ counts: { citizensHelpedThisWeek: 3, activationsThisMonth: 1, activationTarget: null, satisfactionThisMonth: { rated: 4, satisfied: 3 } } })).find((s) => s.kind === 'statistics');
    expect(rated).toMatchObject({ satisfactionThisMonth: { rated: 4, satisfied: 3 } });
  });
});

describe('buildFeedBody and feedRevision', () => {
  it('produces a feed the contract accepts, marked sample when either source is', () => {
    const body = buildFeedBody(input({ servicesSample: true }));
    const feed = DisplayFeed.parse({ ...body, revision: feedRevision(body), generatedAt: new Date().toISOString() });
    expect(feed.sample).toBe(true);
    expect(feed.ticker).toEqual({ vi: 'Dòng chữ chạy' });
  });
  it('changes the revision only when something shown changes', () => {
    expect(feedRevision(buildFeedBody(input()))).toBe(feedRevision(buildFeedBody(input())));
    const withEmergency = buildFeedBody(input({ emergency: { id: 1, text: 'Mất điện', setAt: '2026-03-14T02:00:00.000Z' } }));
    expect(feedRevision(withEmergency)).not.toBe(feedRevision(buildFeedBody(input())));
  });
});

describe('chunk', () => {
  it('keeps every item once, in order', () => {
    expect(chunk([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(chunk([], 3)).toEqual([]);
  });
});
