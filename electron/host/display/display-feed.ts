import { stat } from 'node:fs/promises';
import type { DisplayContentStatus, DisplayFeed, EmergencyMessage } from '../../api/display';
import { buildFeedBody, feedRevision, type DisplayCounts, type ServiceSource } from './build-feed';
import type { DisplayContent } from './display-content-schema';
import { FALLBACK_CONTENT } from './fallback-content';
import { loadDisplayContent } from './load-display-content';
import { msUntilNextScheduleChange, periodStarts, wardTime } from './schedule';
import type { EssentialServicesSource } from './services-source';

/** Where the emergency message is kept (EmergencyStore in production, a fake in tests). */
export interface EmergencySlot {
  live(): EmergencyMessage | null;
  set(text: string, at: Date): EmergencyMessage;
  withdraw(at: Date): boolean;
}

export interface DisplayFeedDeps {
  /** Absolute path of display.json. */
  readonly contentFile: string;
  readonly services: EssentialServicesSource;
  /** Counts for the statistics slide over [weekStart/monthStart, now). */
  readonly counts: (period: { weekStart: Date; monthStart: Date; now: Date }) => DisplayCounts | Promise<DisplayCounts>;
  readonly emergency: EmergencySlot;
  readonly wardName: string;
  /** Sends a changed feed to every display (EventHub 'display.feedChanged'). */
  readonly publish: (feed: DisplayFeed) => void;
  /**
   * Told after every load attempt of the content file (EventHub 'display.contentStatusChanged'), so
   * staff see at once whether their edit went live or was refused. A throwing listener is logged, not fatal.
   */
  readonly publishContentStatus?: (status: DisplayContentStatus) => void;
  readonly now?: () => Date;
  /** One line per problem; never personal data (there is none here). */
  readonly log?: (line: string) => void;
  /** How often counts are re-read and the content file's date checked, in ms. Default 30 000. */
  readonly pollMs?: number;
}

/** Longest wait before re-evaluating schedules, in ms, so a clock change is caught within the hour. */
const MAX_SCHEDULE_WAIT_MS = 3_600_000;

/**
 * The display feed: loads the content and the services, evaluates schedules, reads the counts and the
 * emergency message, and publishes a new feed whenever what is shown changes (never for a no-op).
 * Work is serialised so overlapping triggers (a file change during a count refresh) cannot interleave.
 */
export class DisplayFeedService {
  private content: DisplayContent | null = null;
  private contentStamp = '';
  private services: { services: readonly ServiceSource[]; sample: boolean } = { services: [], sample: false };
  private current: DisplayFeed | null = null;
  private lastProblems = '';
  /** The content file's health: what the staff face shows (contentStatus()). */
  private contentJson = '';
  private contentLoadedAt: string | null = null;
  private contentProblems: string[] = [];
  private contentCheckedAt: string | null = null;
  private queue: Promise<void> = Promise.resolve();
  private scheduleTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;
  private readonly now: () => Date;

  constructor(private readonly deps: DisplayFeedDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Loads everything and builds the first feed; then polls counts and the content date. */
  async start(): Promise<void> {
    try {
      await this.enqueue(async () => {
        await this.loadContent();
        await this.loadServices();
        await this.rebuild();
      });
    } finally {
      // Even when the first build failed: the poll refreshes counts and the content date, and may build it.
      if (!this.stopped) this.pollTimer = setInterval(() => void this.poll(), this.deps.pollMs ?? 30_000);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.scheduleTimer) clearTimeout(this.scheduleTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
  }

  /** The feed now (built at start; rebuilt on every change). */
  feed(): DisplayFeed {
    if (!this.current) throw new Error('display feed not started');
    return this.current;
  }

  /**
   * The content file's health: which version is on screen since when, and why the latest one was
   * refused if it was. `loadedAt` moves only when the file's content really changed (a no-op save
   * or a watcher event for another file in the folder keeps it), `checkedAt` on every attempt.
   */
  contentStatus(): DisplayContentStatus {
    return {
      loadedAt: this.content ? this.contentLoadedAt : null,
      source: this.content ? 'file' : 'fallback',
      keptLastGood: this.content !== null && this.contentProblems.length > 0,
      problems: [...this.contentProblems],
      checkedAt: this.contentCheckedAt,
    };
  }

  /** The content file changed (watcher): reload it, rebuild, publish if different. */
  contentChanged(): Promise<void> {
    return this.enqueue(async () => {
      await this.loadContent();
      await this.rebuild();
    });
  }

  /** The essential services changed (catalogue or content folder). */
  servicesChanged(): Promise<void> {
    return this.enqueue(async () => {
      await this.loadServices();
      await this.rebuild();
    });
  }

  /** Counts may have changed (a session started, a staff record): rebuild from fresh counts. */
  countsChanged(): Promise<void> {
    return this.enqueue(() => this.rebuild());
  }

  /** Puts an emergency message on every display; the new feed is published before this resolves. */
  async setEmergency(text: string): Promise<EmergencyMessage> {
    let message: EmergencyMessage | undefined;
    await this.enqueue(async () => {
      message = this.deps.emergency.set(text, this.now());
      this.deps.log?.(`[display] emergency message ${message.id} put up`);
      await this.rebuild();
    });
    return message!;
  }

  async withdrawEmergency(): Promise<boolean> {
    let withdrawn = false;
    await this.enqueue(async () => {
      withdrawn = this.deps.emergency.withdraw(this.now());
      if (withdrawn) this.deps.log?.('[display] emergency message withdrawn');
      await this.rebuild();
    });
    return withdrawn;
  }

  /** Resolves when every change queued so far has been applied (tests, orderly shutdown). */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  private async poll(): Promise<void> {
    // A failed refresh is logged by enqueue; the timer's call must not leave a rejection behind.
    await this.enqueue(async () => {
      if ((await this.stamp()) !== this.contentStamp) await this.loadContent();
      await this.rebuild();
    }).catch(() => undefined);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => (this.stopped ? undefined : work()));
    this.queue = run.catch((e: Error) => this.deps.log?.(`[display] refresh failed: ${e.message}`));
    return run;
  }

  private async stamp(): Promise<string> {
    try {
      const s = await stat(this.deps.contentFile);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return 'missing';
    }
  }

  private async loadContent(): Promise<void> {
    this.contentStamp = await this.stamp();
    const result = await loadDisplayContent(this.deps.contentFile);
    const at = this.now().toISOString();
    this.contentCheckedAt = at;
    if (result.ok) {
      const json = JSON.stringify(result.content);
      if (json !== this.contentJson) {
        this.contentJson = json;
        this.contentLoadedAt = at;
      }
      this.content = result.content;
      this.contentProblems = [];
      this.report([]);
    } else {
      // Keep the last good content: a half-saved or mistyped file must not blank the lobby screen.
      this.contentProblems = result.problems;
      this.report(result.problems);
    }
    try {
      this.deps.publishContentStatus?.(this.contentStatus());
    } catch (e) {
      // The feed must still be rebuilt: a failing status listener only costs the staff face an update.
      this.deps.log?.(`[display] content status not sent: ${(e as Error).message}`);
    }
  }

  private async loadServices(): Promise<void> {
    const r = await this.deps.services.load();
    if (r.services.length > 0 || this.services.services.length === 0) this.services = { services: r.services, sample: r.sample };
    for (const p of r.problems) this.deps.log?.(`[display] ${p}`);
  }

  private report(problems: string[]): void {
    const key = problems.join('\n');
    if (key === this.lastProblems) return;
    this.lastProblems = key;
    if (problems.length === 0) this.deps.log?.('[display] content loaded');
    else this.deps.log?.(`[display] content not used (${this.content ? 'keeping the last good content' : 'showing the services only'}):\n  ${problems.join('\n  ')}`);
  }

  private async rebuild(): Promise<void> {
    const now = this.now();
    const content = this.content ?? FALLBACK_CONTENT;
    const t = wardTime(now, content.timeZone);
    const counts = await this.deps.counts({ ...periodStarts(now, t), now });
    const body = buildFeedBody({
      content, services: this.services.services, servicesSample: this.services.sample, counts,
      emergency: this.deps.emergency.live(), wardName: this.deps.wardName, wardTime: t,
    });
    const revision = feedRevision(body);
    this.planScheduleCheck(content, now);
    if (revision === this.current?.revision) return;
    this.current = { ...body, revision, generatedAt: now.toISOString() };
    this.deps.publish(this.current);
  }

  private planScheduleCheck(content: DisplayContent, now: Date): void {
    if (this.scheduleTimer) clearTimeout(this.scheduleTimer);
    this.scheduleTimer = null;
    const wait = msUntilNextScheduleChange(content.announcements, wardTime(now, content.timeZone));
    if (wait === null || this.stopped) return;
    // A few ms past the edge, so the window has really turned when we look.
    this.scheduleTimer = setTimeout(() => void this.countsChanged(), Math.min(wait + 5, MAX_SCHEDULE_WAIT_MS));
  }
}
