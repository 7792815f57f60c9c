import { createHash } from 'node:crypto';
import type { DisplayFeed, DisplayService, DisplaySlide, DisplayTarget, EmergencyMessage, LocalText } from '../../api/display';
import type { DisplayContent } from './display-content-schema';
import { activeAnnouncements, type WardTime } from './schedule';

/** What the feed needs of an essential service (the catalogue's EssentialService fits). */
export interface ServiceSource {
  readonly n: number;
  readonly name: string;
  readonly nameEn?: string | undefined;
  readonly sector: string;
  readonly atWard: boolean;
  readonly online?: readonly { readonly place: string; readonly label: string; readonly labelEn?: string | undefined; readonly url?: string | undefined }[];
}

/**
 * Counts shown on the statistics slide; `activationsThisMonth` null = the source is not available.
 * `activationTarget`: kiosk.json's VNeID activation target as the staff dashboard shows it (ward-figures.ts).
 */
export interface DisplayCounts {
  readonly citizensHelpedThisWeek: number;
  readonly activationsThisMonth: number | null;
  readonly activationTarget: DisplayTarget | null;
  /** Ratings given at the kiosk this month (absent or null: none). */
  readonly satisfactionThisMonth?: { readonly rated: number; readonly satisfied: number } | null;
}

export interface FeedInput {
  readonly content: DisplayContent;
  readonly services: readonly ServiceSource[];
  readonly servicesSample: boolean;
  readonly counts: DisplayCounts;
  readonly emergency: EmergencyMessage | null;
  readonly wardName: string;
  readonly wardTime: WardTime;
}

export type FeedBody = Omit<DisplayFeed, 'revision' | 'generatedAt'>;

// Web portals a citizen can open from a phone, best first; app-only entries (VNeID menus) have no URL.
const PLACE_ORDER = ['dichvucong', 'bocongan', 'province', 'other'];

/** The display row of a service: short name if the content gives one, and its best online address. */
export function toDisplayService(s: ServiceSource, shortNames: DisplayContent['services']['shortNames']): DisplayService {
  const withUrl = (s.online ?? []).filter((o) => o.url && /^https:\/\//.test(o.url));
  withUrl.sort((a, b) => rankPlace(a.place) - rankPlace(b.place));
  const best = withUrl[0];
  const short = shortNames[String(s.n)];
  return {
    n: s.n,
    name: short ?? text(s.name, s.nameEn),
    sector: s.sector,
    atWard: s.atWard,
    onlineUrl: best?.url ?? null,
    onlineLabel: best ? text(best.label, best.labelEn) : null,
  };
}

/** Expands the playlist into slides; entries with nothing to show (no active announcement) are left out. */
export function buildSlides(input: FeedInput): DisplaySlide[] {
  const { content } = input;
  const slides: DisplaySlide[] = [];
  const rows = [...input.services].sort((a, b) => a.n - b.n).map((s) => toDisplayService(s, content.services.shortNames));
  const pages = chunk(rows, content.services.perSlide);
  content.playlist.forEach((entry, i) => {
    const durationMs = entry.durationSeconds * 1000;
    const key = `${entry.slide}-${i}`;
    switch (entry.slide) {
      case 'services':
        pages.forEach((services, p) => slides.push({ kind: 'services', key: `${key}-${p + 1}`, durationMs, page: p + 1, pages: pages.length, services }));
        break;
      case 'benefits':
        slides.push({ kind: 'benefits', key, durationMs, title: content.benefits.title, groups: content.benefits.groups });
        break;
      case 'vneid':
        slides.push({
          kind: 'vneid', key, durationMs, title: content.vneid.title, steps: content.vneid.steps,
          guideUrl: content.vneid.guideUrl, guideLabel: content.vneid.guideLabel, hotline: content.vneid.hotline ?? null,
        });
        break;
      case 'announcements': {
        const items = activeAnnouncements(content.announcements, input.wardTime).map((a) => ({
          id: a.id, title: a.title, body: a.body ?? null, priority: a.priority,
        }));
        if (items.length > 0) slides.push({ kind: 'announcements', key, durationMs, items });
        break;
      }
      case 'statistics':
        slides.push({
          kind: 'statistics', key, durationMs,
          citizensHelpedThisWeek: input.counts.citizensHelpedThisWeek,
          activationsThisMonth: input.counts.activationsThisMonth,
          activationTarget: input.counts.activationTarget,
          satisfactionThisMonth: input.counts.satisfactionThisMonth ?? null,
        });
        break;
    }
  });
  return slides;
}

export function buildFeedBody(input: FeedInput): FeedBody {
  return {
    timeZone: input.content.timeZone,
    wardName: input.wardName,
    slides: buildSlides(input),
    ticker: input.content.ticker ?? null,
    emergency: input.emergency,
    sample: input.content.sample || input.servicesSample,
  };
}

/** A short digest of what is shown: equal bodies give equal revisions, so displays skip no-op updates. */
export function feedRevision(body: FeedBody): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 16);
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const rankPlace = (place: string) => {
  const i = PLACE_ORDER.indexOf(place);
  return i < 0 ? PLACE_ORDER.length : i;
};

const text = (vi: string, en: string | undefined): LocalText => (en ? { vi, en } : { vi });
