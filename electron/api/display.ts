import { z } from 'zod';
import { defineCall, defineEvent } from './define';

/*
 * The lobby display's part of the contract. Everything here except the emergency calls is 'display'
 * access: read-only, no personal data, reachable from the ward LAN (architecture.md, "Lobby TVs").
 * Statistics are counts only (privacy.md §2).
 */

/** A text in Vietnamese with an optional English version (the display follows the kiosk language). */
export const LocalText = z.object({ vi: z.string().min(1), en: z.string().min(1).optional() });
export type LocalText = z.infer<typeof LocalText>;

/** One of the 25 essential services as a display row: a short name, where it is done, a link to do it online. */
export const DisplayService = z.object({
  n: z.number().int().min(1),
  name: LocalText,
  sector: z.string(),
  /** Done at this ward's centre or by the ward police. */
  atWard: z.boolean(),
  /** https address to do it online (QR code); null when the content names none. */
  onlineUrl: z.string().nullable(),
  /** Short label of that place, e.g. "Cổng Dịch vụ công quốc gia". */
  onlineLabel: LocalText.nullable(),
});
export type DisplayService = z.infer<typeof DisplayService>;

export const AnnouncementPriority = z.enum(['normal', 'high']);
export type AnnouncementPriority = z.infer<typeof AnnouncementPriority>;

/** An announcement active now (the core has already applied its dates and time-of-day windows). */
export const DisplayAnnouncement = z.object({
  id: z.string(),
  title: LocalText,
  body: LocalText.nullable(),
  priority: AnnouncementPriority,
});
export type DisplayAnnouncement = z.infer<typeof DisplayAnnouncement>;

const slideBase = {
  /** Stable identity of the slide in the playlist (for keys and tests), e.g. "services-2". */
  key: z.string(),
  /** How long the slide stays on screen, in milliseconds. */
  durationMs: z.number().int().min(1000).max(600_000),
};

/** A target of kiosk.json (`targets`): its label, the count to reach by the deadline, and what is reached so far. */
export const DisplayTarget = z.object({
  label: z.string(),
  targetCount: z.number().int().min(0),
  /** null: the kiosk cannot measure this indicator. */
  achieved: z.number().int().min(0).nullable(),
  deadline: z.iso.date(),
});
export type DisplayTarget = z.infer<typeof DisplayTarget>;

export const DisplaySlide = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('services'),
    ...slideBase,
    /** 1-based page of the 25 services, and how many pages. */
    page: z.number().int().min(1),
    pages: z.number().int().min(1),
    services: z.array(DisplayService),
  }),
  z.object({
    kind: z.literal('benefits'),
    ...slideBase,
    title: LocalText,
    /** The five groups of Project 06 benefits (seed 004 §II.1.a), in plain words. */
    groups: z.array(z.object({ title: LocalText, body: LocalText })),
  }),
  z.object({
    kind: z.literal('vneid'),
    ...slideBase,
    title: LocalText,
    steps: z.array(LocalText),
    /** Official guidance site (seed 004 §II.1.b), shown as a QR code. */
    guideUrl: z.string(),
    guideLabel: LocalText,
    /** VNeID hotline, e.g. "1900 0368". */
    hotline: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('announcements'),
    ...slideBase,
    items: z.array(DisplayAnnouncement),
  }),
  z.object({
    kind: z.literal('statistics'),
    ...slideBase,
    /**
     * "Lượt công dân được hỗ trợ" since Monday 00:00 (ward time): served kiosk sessions plus staff-assisted
     * cases, the same figure the staff dashboard shows for this week.
     */
    citizensHelpedThisWeek: z.number().int().min(0),
    /** VNeID accounts activated with staff help since the 1st of the month; null = not available. */
    activationsThisMonth: z.number().int().min(0).nullable(),
    /** The ward's VNeID activation target from kiosk.json, as the staff dashboard shows it; null when none is set. */
    activationTarget: DisplayTarget.nullable(),
    /** Citizens' ratings at the kiosk this month: how many rated, how many "Hài lòng" or "Rất hài lòng"; null = none yet. */
    satisfactionThisMonth: z.object({ rated: z.number().int().min(1), satisfied: z.number().int().min(0) }).nullable().default(null),
  }),
]);
export type DisplaySlide = z.infer<typeof DisplaySlide>;
export type DisplaySlideKind = DisplaySlide['kind'];

/** A message an admin put on every display; it covers the playlist until withdrawn. */
export const EmergencyMessage = z.object({
  id: z.number().int(),
  text: z.string().min(1).max(280),
  /** ISO time it was put up. */
  setAt: z.iso.datetime(),
});
export type EmergencyMessage = z.infer<typeof EmergencyMessage>;

/** Everything a display needs, in one personal-data-free document. */
export const DisplayFeed = z.object({
  /** Changes whenever anything shown changes; a display ignores a feed with the revision it has. */
  revision: z.string(),
  generatedAt: z.iso.datetime(),
  /** IANA time zone of the ward, for the on-screen clock (a TV's own clock zone may be wrong). */
  timeZone: z.string(),
  wardName: z.string(),
  slides: z.array(DisplaySlide),
  ticker: LocalText.nullable(),
  emergency: EmergencyMessage.nullable(),
  /** The content is sample data: the display marks it so nobody mistakes it for official text. */
  sample: z.boolean(),
});
export type DisplayFeed = z.infer<typeof DisplayFeed>;

export const EMERGENCY_MAX_CHARS = 280;

/**
 * The display content file's health, for staff who edit it ("did my announcement go live?"). The
 * file holds no personal data, and neither does this. A file that does not validate is never used:
 * the last good content stays on screen (`keptLastGood`), or the services-only fallback when no good
 * version was ever read.
 */
export const DisplayContentStatus = z.object({
  /** ISO time the content now on screen was read from display.json; null while the fallback is shown. */
  loadedAt: z.iso.datetime().nullable(),
  /** 'file': the latest good display.json; 'fallback': the 25 services only (no good file yet). */
  source: z.enum(['file', 'fallback']),
  /** The latest version of the file was refused and the previous good version is still shown. */
  keptLastGood: z.boolean(),
  /**
   * Why the latest version was refused, one readable line per problem with its field path, e.g.
   * "display.json: announcements.1.id: duplicate announcement id …"; empty when it was good.
   */
  problems: z.array(z.string()),
  /** ISO time of the latest load attempt; null before the first. */
  checkedAt: z.iso.datetime().nullable(),
});
export type DisplayContentStatus = z.infer<typeof DisplayContentStatus>;

/** The staff session token (as in staff.ts): admin calls carry it in their input; the core checks the role. */
const StaffToken = z.string().min(20).max(100);

export const displayCalls = {
  /** The current feed (also pushed as 'display.feedChanged'). */
  'display.feed': defineCall({ access: 'display', input: z.object({}), output: DisplayFeed }),
  /** Puts a message on every display at once (a signed-in admin). Replaces a message already up. */
  'display.setEmergency': defineCall({
    access: 'admin',
    input: z.object({ token: StaffToken, text: z.string().trim().min(1).max(EMERGENCY_MAX_CHARS) }),
    output: EmergencyMessage,
  }),
  /** Takes the emergency message down (a signed-in admin); `withdrawn` is false when none was up. */
  'display.withdrawEmergency': defineCall({
    access: 'admin',
    input: z.object({ token: StaffToken }),
    output: z.object({ withdrawn: z.boolean() }),
  }),
  /**
   * The display content file's health (a signed-in staff member or admin; volunteers are refused with
   * 'staff.forbidden'). Also pushed as 'display.contentStatusChanged' after every load attempt.
   */
  'display.contentStatus': defineCall({
    access: 'staff',
    input: z.object({ token: StaffToken }),
    output: DisplayContentStatus,
  }),
};

export const displayEvents = {
  'display.feedChanged': defineEvent({ access: 'display', payload: DisplayFeed }),
  /** After every load attempt of display.json (a save, a new file, a fix). */
  'display.contentStatusChanged': defineEvent({ access: 'staff', payload: DisplayContentStatus }),
};
