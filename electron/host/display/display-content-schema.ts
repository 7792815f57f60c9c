import { z } from 'zod';
import { AnnouncementPriority, LocalText } from '../../api/display';

/*
 * The display content file (kiosk-config/content/display/display.json): what the lobby screen loops,
 * for how long, and the texts of the slides that are not the 25 services. Strict objects: a misspelt
 * key is reported, not ignored. The JSON Schema beside the shipped file is generated from this one
 * (display-content-json-schema.test.ts keeps them equal).
 */

export const SlideKind = z.enum(['services', 'benefits', 'vneid', 'announcements', 'statistics']);
export type SlideKind = z.infer<typeof SlideKind>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day HH:MM (24-hour), e.g. 07:30');
const isoDate = z.iso.date({ error: 'expected a date YYYY-MM-DD' });
export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

const https = z.string().regex(/^https:\/\/[^\s]+$/, 'expected an https:// address');

export const PlaylistEntry = z.strictObject({
  slide: SlideKind,
  /** Seconds on screen. For "services" each page of services stays this long. */
  durationSeconds: z.number().int().min(3).max(600),
});
export type PlaylistEntry = z.infer<typeof PlaylistEntry>;

/** A time-of-day window [from, to) in ward time; windows across midnight are written as two. */
export const TimeWindow = z
  .strictObject({ from: hhmm, to: hhmm })
  .refine((w) => w.from < w.to, { message: '"to" must be later than "from" (split a window across midnight in two)' });
export type TimeWindow = z.infer<typeof TimeWindow>;

export const AnnouncementContent = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase ascii words joined by "-"'),
    title: LocalText,
    body: LocalText.optional(),
    priority: AnnouncementPriority.default('normal'),
    /** First day shown (inclusive), ward time; absent = already started. */
    from: isoDate.optional(),
    /** Last day shown (inclusive), ward time; absent = no end. */
    until: isoDate.optional(),
    /** Days of the week it is shown; absent = every day. */
    days: z.array(Weekday).min(1).optional(),
    /** Times of day it is shown; absent = all day. */
    times: z.array(TimeWindow).min(1).optional(),
  })
  .refine((a) => !a.from || !a.until || a.from <= a.until, { message: '"until" is before "from"', path: ['until'] });
export type AnnouncementContent = z.infer<typeof AnnouncementContent>;
export type AnnouncementContentInput = z.input<typeof AnnouncementContent>;

export const DisplayContent = z.strictObject({
  format: z.literal(1),
  /** IANA zone of the ward's clock; Vietnam has one zone and no daylight saving. */
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
  /** Demonstration texts, to be replaced by the ward's own. */
  sample: z.boolean().default(false),
  playlist: z.array(PlaylistEntry).min(1),
  services: z
    .strictObject({
      /** Services per slide: few enough that a passer-by reads one in under 10 s. */
      perSlide: z.number().int().min(2).max(8).default(5),
      /** Short names for the display, by service number, when the official name is long. */
      shortNames: z.record(z.string().regex(/^\d{1,2}$/, 'expected a service number'), LocalText).default({}),
    })
    .default({ perSlide: 5, shortNames: {} }),
  benefits: z.strictObject({
    title: LocalText,
    groups: z.array(z.strictObject({ title: LocalText, body: LocalText })).min(1).max(8),
  }),
  vneid: z.strictObject({
    title: LocalText,
    steps: z.array(LocalText).min(1).max(6),
    guideUrl: https,
    guideLabel: LocalText,
    hotline: z.string().optional(),
  }),
  announcements: z.array(AnnouncementContent).default([]),
  ticker: LocalText.optional(),
  statistics: z
    .strictObject({
      /**
       * No longer shown (issue 13): the display shows kiosk.json's `targets` entry "vneid-activated", as the
       * staff dashboard does, so that one figure has one source. Still accepted so older packs load.
       */
      activationTargetPerMonth: z.number().int().min(0).optional(),
    })
    .default({}),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.announcements.forEach((a, i) => {
    if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['announcements', i, 'id'], message: `duplicate announcement id "${a.id}"` });
    seen.add(a.id);
  });
});
export type DisplayContent = z.infer<typeof DisplayContent>;
export type DisplayContentInput = z.input<typeof DisplayContent>;
