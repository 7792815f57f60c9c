import type { HelpRequest, HelpScreen } from '../../api/help';

export interface HelpRequestsOptions {
  /** Label of this kiosk on the staff face (the configured ward name). */
  readonly kiosk: string;
  /** A request nobody acknowledged is dropped after this long, in ms (default 2 h: the citizen has left). */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
}

/**
 * The open "call staff" requests, in memory only (a restart forgets them: they are calls for a person
 * now, not records). One kiosk asks at most once at a time: pressing again while a request is open
 * updates its screen instead of adding a second. Expiry is checked when the list is read (no timers).
 */
export class HelpRequests {
  private readonly open: HelpRequest[] = [];
  private nextId = 1;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(private readonly options: HelpRequestsOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 2 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  /** Raises a request (or refreshes the open one of this kiosk). */
  request(screen: HelpScreen): { request: HelpRequest; alreadyOpen: boolean } {
    this.expire();
    const index = this.open.findIndex((r) => r.kiosk === this.options.kiosk);
    if (index >= 0) {
      const updated = { ...this.open[index]!, screen };
      this.open[index] = updated;
      return { request: updated, alreadyOpen: true };
    }
    const request: HelpRequest = {
      id: this.nextId++,
      kiosk: this.options.kiosk,
      screen,
      requestedAt: new Date(this.now()).toISOString(),
    };
    this.open.push(request);
    return { request, alreadyOpen: false };
  }

  /** Takes a request off the list; false when it was not open. */
  acknowledge(id: number): boolean {
    const index = this.open.findIndex((r) => r.id === id);
    if (index < 0) return false;
    this.open.splice(index, 1);
    return true;
  }

  /** Open requests, oldest first (expired ones dropped first). */
  list(): HelpRequest[] {
    this.expire();
    return [...this.open];
  }

  /** Drops requests older than the maximum age; true when any went. */
  expire(): boolean {
    const cutoff = this.now() - this.maxAgeMs;
    const before = this.open.length;
    for (let i = this.open.length - 1; i >= 0; i--) {
      if (Date.parse(this.open[i]!.requestedAt) < cutoff) this.open.splice(i, 1);
    }
    return this.open.length !== before;
  }
}
