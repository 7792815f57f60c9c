import type { ApiResult } from '../api/define';
import type { z } from 'zod';
import type { PortalStatus as PortalStatusSchema } from '../api/portal';

type PortalStatus = z.infer<typeof PortalStatusSchema>;
import { describeUrlForLog, isPortalUrlAllowed } from './navigation-policy';
import { typingSteps, type TypingStep } from './portal-typing';

/** Where the portal sits in the kiosk window, in CSS pixels of the face. */
export interface PortalBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One embedded portal view (a WebContentsView in the kiosk window), as the controller drives it. */
export interface PortalSurface {
  load(url: string): Promise<void>;
  setBounds(bounds: PortalBounds): void;
  /** The URL shown now ('' before the first load). */
  currentUrl(): string;
  type(step: TypingStep): Promise<void>;
  /** Shows or hides the view without closing its page (dialogs of the face must not sit under it). */
  setVisible(visible: boolean): void;
  /** Removes the view from the window and closes its page. */
  close(): void;
}

/** What the controller needs from the shell; main.ts implements it with Electron, tests with fakes. */
export interface PortalHost {
  /** Creates a view in `partition` (in-memory), wired with the portal lockdown, shown over the face. */
  create(partition: string): PortalSurface;
  /** Clears the partition's cookies, storage and HTTP cache. */
  clearPartition(partition: string): Promise<void>;
  clearClipboard(): void;
  /** The kiosk window's content size, to keep the view inside it. */
  contentSize(): { width: number; height: number };
  /** Whether a citizen session is active (the portal belongs to one session and is wiped with it). */
  sessionActive(): boolean;
  log(message: string): void;
}

type PortalCallName = 'portal.status' | 'portal.open' | 'portal.setBounds' | 'portal.setVisible' | 'portal.close' | 'portal.typeText';

export const isPortalCall = (name: string): name is PortalCallName => name.startsWith('portal.');

/**
 * The embedded portal (Electron only; the core answers `available: false` in browser mode). One view
 * at a time, only allowlisted https hosts, one in-memory partition per citizen session: `wipe()`
 * (on the core's 'session.wiped') closes the view, clears the partition and the clipboard, and the
 * next session gets a fresh partition name. Errors: portal.not-allowed (URL outside the allowlist),
 * portal.not-open, session.none (no citizen session to own the portal's data).
 */
export class PortalController {
  private surface: PortalSurface | null = null;
  private generation = 1;
  private readonly used = new Set<string>();
  /** Hidden by the face (its own dialog) or by the shell (the idle warning): shown only when neither. */
  private hiddenByFace = false;
  private coveredByShell = false;

  constructor(
    private readonly host: PortalHost,
    private readonly allowlist: readonly string[],
  ) {}

  /** The partition of the current session: never persisted ("persist:" is what would write it to disk). */
  partition(): string {
    return `portal-session-${this.generation}`;
  }

  status(): PortalStatus {
    if (!this.surface) return { available: true, open: false };
    const url = this.surface.currentUrl();
    let host: string | undefined;
    try {
      host = url ? new URL(url).hostname : undefined;
    } catch {
      host = undefined;
    }
    return { available: true, open: true, ...(host ? { host } : {}) };
  }

  /** Answers one portal call whose input already passed the contract's schema. */
  async handle(name: PortalCallName, input: Record<string, unknown>): Promise<ApiResult<unknown>> {
    switch (name) {
      case 'portal.status':
        return ok(this.status());
      case 'portal.open':
        return this.open(String(input.url), input.bounds as PortalBounds);
      case 'portal.setBounds':
        if (!this.surface) return fail('portal.not-open');
        this.surface.setBounds(this.clamp(input.bounds as PortalBounds));
        return ok(this.status());
      case 'portal.setVisible':
        this.hiddenByFace = input.visible !== true;
        this.applyVisibility();
        return ok(this.status());
      case 'portal.close':
        this.closeView();
        return ok(this.status());
      case 'portal.typeText': {
        if (!this.surface) return fail('portal.not-open');
        for (const step of typingSteps(String(input.text))) await this.surface.type(step);
        return ok({});
      }
    }
  }

  /**
   * The shell covers the portal while the idle warning counts down: a native view would hide the
   * warning, and the citizen must see it (privacy.md: at least 20 s to continue).
   */
  cover(covered: boolean): void {
    this.coveredByShell = covered;
    this.applyVisibility();
  }

  private applyVisibility(): void {
    this.surface?.setVisible(!this.hiddenByFace && !this.coveredByShell);
  }

  /** Keeps the view on the allowlist: called for every navigation, redirect and frame navigation. */
  mayNavigate(url: string): boolean {
    const allowed = isPortalUrlAllowed(url, this.allowlist);
    if (!allowed) this.host.log(`portal navigation refused: ${describeUrlForLog(url)}`);
    return allowed;
  }

  /** A window.open / target=_blank from the portal: shown in the same view when allowlisted, else dropped. */
  openedWindow(url: string): void {
    if (this.surface && this.mayNavigate(url)) void this.surface.load(url).catch(() => undefined);
  }

  /** The citizen session ended: nothing of it may stay in the portal view, its storage or the clipboard. */
  async wipe(): Promise<void> {
    this.closeView();
    this.host.clearClipboard();
    const partitions = [...this.used];
    this.used.clear();
    this.generation++;
    for (const p of partitions) {
      await this.host.clearPartition(p).catch((e: Error) => this.host.log(`portal partition not cleared: ${e.message}`));
    }
  }

  private async open(url: string, bounds: PortalBounds): Promise<ApiResult<unknown>> {
    if (!this.host.sessionActive()) return fail('session.none');
    if (!isPortalUrlAllowed(url, this.allowlist)) {
      this.host.log(`portal.open refused: ${describeUrlForLog(url)}`);
      return fail('portal.not-allowed');
    }
    if (!this.surface) {
      this.used.add(this.partition());
      this.surface = this.host.create(this.partition());
    }
    this.surface.setBounds(this.clamp(bounds));
    this.applyVisibility();
    await this.surface.load(url).catch((e: Error) => this.host.log(`portal load failed: ${e.message.slice(0, 100)}`));
    return ok(this.status());
  }

  private closeView(): void {
    this.surface?.close();
    this.surface = null;
  }

  /** The view never leaves the window (a face bug must not put it over the taskbar or off screen). */
  private clamp(b: PortalBounds): PortalBounds {
    const size = this.host.contentSize();
    const x = Math.min(Math.max(0, b.x), Math.max(0, size.width - 100));
    const y = Math.min(Math.max(0, b.y), Math.max(0, size.height - 100));
    return { x, y, width: Math.min(b.width, size.width - x), height: Math.min(b.height, size.height - y) };
  }
}

const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });
const fail = (code: string): ApiResult<unknown> => ({ ok: false, error: { code } });
