import type { CatalogueFilters, CatalogueItem, ContentStatus, SearchHit } from '../../api/catalogue';
import type { ContentPack, EssentialService, InterconnectedGroup, LifeEvent, Procedure, Sector } from '../../api/content';
import { type FolderWatcher, fsFolderWatcher } from './pack/folder-watcher';
import type { ContentProblem } from './pack/problems';
import { problem } from './pack/problems';
import { dataAgeDays, forWard } from './pack/for-ward';
import { isPackFile, loadPack } from './pack/read-pack';
import type { PackValidation } from './pack/validate-pack';
import { RemotePackSource } from './remote/remote-source';
import { SearchIndex } from './search/search-index';

export type PackSource = 'local' | 'remote' | 'remoteCache';

/** Options of the catalogue; the core passes paths from its config (the catalogue reads no config file). */
export interface ProcedureCatalogueOptions {
  /** The local content pack: a folder (kiosk-config/content) or a single-file pack. */
  readonly contentDir: string;
  /** Optional publisher source, polled on a schedule; packs are used only with a valid signature. */
  readonly remote?: {
    /** https URL of a single-file pack (+ ".sig"); http only for loopback (tests). */
    readonly url: string;
    /** Publisher's Ed25519 public key, 64 hex digits. */
    readonly publicKeyHex: string;
    /** Poll interval in minutes (the first poll runs at start). */
    readonly intervalMinutes: number;
    /** Folder for the last verified pack, used when offline. */
    readonly cacheDir: string;
  };
  /** The ward's province (`ward.province`): other provinces' own procedures are hidden. */
  readonly province?: string;
  /** A catalogue whose data is older than this many days is flagged stale on the staff face (default 180). */
  readonly maxAgeDays?: number;
  /** Quiet time after the last file event before the folder is reloaded, ms (default 500). */
  readonly debounceMs?: number;
  /** Watch the local pack for changes (default true). */
  readonly watch?: boolean;
  /** Injected for tests. */
  readonly watcher?: FolderWatcher;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

interface LivePack {
  readonly pack: ContentPack;
  readonly source: PackSource;
  readonly loadedAt: string;
}

export type CatalogueListener = (status: ContentStatus) => void;

/**
 * The published procedures and the 25 essential services, searchable in citizens' words.
 * Loads the local pack (and a verified remote one), keeps the last good pack live when a new one is
 * bad, rebuilds the search index when the live pack changes, and tells listeners.
 */
export class ProcedureCatalogue {
  private local: LivePack | undefined;
  private remote: LivePack | undefined;
  /** The live pack as shown to this ward (other provinces' own procedures hidden). */
  private live: LivePack | undefined;
  /** The loaded pack the live one was made from. */
  private chosen: LivePack | undefined;
  private index: SearchIndex | undefined;
  private localProblems: ContentProblem[] = [];
  private remoteProblems: ContentProblem[] = [];
  private checkedAt: string | null = null;
  private remoteState = { lastPollAt: null as string | null, lastSuccessAt: null as string | null, lastError: null as string | null };
  private readonly listeners = new Set<CatalogueListener>();
  private readonly remoteSource: RemotePackSource | undefined;
  private watchHandle: { close(): void } | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;
  private stopped = false;

  constructor(private readonly options: ProcedureCatalogueOptions) {
    if (options.remote) {
      this.remoteSource = new RemotePackSource({ ...options.remote, fetch: options.fetch });
    }
  }

  /** Loads the local pack and the remote cache, starts watching and polling. Resolves with the status. */
  async start(): Promise<ContentStatus> {
    this.stopped = false;
    await this.reloadLocal(false);
    if (this.remoteSource) {
      const cached = await this.remoteSource.loadCache();
      if (cached) this.takeRemote(cached, 'remoteCache', false);
    }
    // Between validating and indexing (each a block of the core's thread), let waiting requests through:
    // at start a face is loading its page while the catalogue loads.
    await new Promise((resolve) => setImmediate(resolve));
    // Stopped while loading (a caller that did not wait for start()): no index, no watcher, no poll.
    if (this.stopped) return this.status();
    this.choose();
    if (this.options.watch ?? true) await this.startWatching();
    if (this.stopped) {
      this.watchHandle?.close();
      this.watchHandle = undefined;
      return this.status();
    }
    if (this.remoteSource) this.schedulePoll(0);
    return this.status();
  }

  /** Stops watching and polling and frees the index. */
  stop(): void {
    this.stopped = true;
    this.watchHandle?.close();
    this.watchHandle = undefined;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.pollTimer);
    this.index?.close();
    this.index = undefined;
    this.live = undefined;
    this.chosen = undefined;
  }

  /** Re-reads the local pack now (the watcher calls this after its debounce). */
  reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      do {
        this.reloadAgain = false;
        await this.reloadLocal(true);
      } while (this.reloadAgain && !this.stopped);
    })().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /** Polls the remote source now (also runs on its schedule). */
  async pollRemote(): Promise<void> {
    if (!this.remoteSource) return;
    const result = await this.remoteSource.poll();
    if (this.stopped) return;
    const at = this.now();
    this.remoteState.lastPollAt = at;
    if (result.kind === 'failed') {
      this.remoteState.lastError = result.problems.map((p) => p.message).join('; ');
      this.remoteProblems = result.problems;
      this.emit();
      return;
    }
    this.remoteState.lastSuccessAt = at;
    this.remoteState.lastError = null;
    if (result.kind === 'loaded') {
      if (!result.validation.ok) this.remoteState.lastError = 'the remote pack is invalid';
      this.takeRemote(result.validation, 'remote', true);
    } else {
      this.remoteProblems = [];
    }
  }

  /** Ranked results for what the citizen typed (empty before a good pack is loaded). */
  search(query: string, filters: CatalogueFilters = {}, limit = 20): SearchHit[] {
    return this.index?.search(query, filters, limit) ?? [];
  }

  /** A procedure by code (a provincial suffix such as ".000.00.00.H54" is ignored), with its group. */
  getProcedure(code: string): { procedure: Procedure | null; group: InterconnectedGroup | null } {
    const national = /^\s*(\d\.\d{6})/.exec(code)?.[1];
    const pack = this.live?.pack;
    const procedure = (national && pack?.procedures.find((p) => p.code === national)) || null;
    const group = (procedure?.interconnectedGroup && pack?.groups.find((g) => g.id === procedure.interconnectedGroup)) || null;
    return { procedure, group };
  }

  /** Procedures (and essential services without one) by sector / life event / level / fully online. */
  browse(filters: CatalogueFilters = {}): CatalogueItem[] {
    return this.index?.browse(filters) ?? [];
  }

  lifeEvents(): (LifeEvent & { count: number })[] {
    const pack = this.live?.pack;
    if (!pack) return [];
    return pack.lifeEvents.map((e) => ({ ...e, count: pack.procedures.filter((p) => p.lifeEvents.includes(e.id)).length }));
  }

  sectors(): (Sector & { count: number })[] {
    const pack = this.live?.pack;
    if (!pack) return [];
    return pack.sectors.map((s) => ({ ...s, count: pack.procedures.filter((p) => p.sector === s.id).length }));
  }

  /** The essential services feed for the citizen face and the lobby display (no personal data). */
  essentialServices(): { services: EssentialService[]; packVersion: string | null; sample: boolean } {
    const pack = this.live?.pack;
    return {
      services: pack ? [...pack.essentialServices].sort((a, b) => a.n - b.n) : [],
      packVersion: pack?.manifest.version ?? null,
      sample: pack?.manifest.sample ?? false,
    };
  }

  /** The live pack as a whole (for the display feed builder); null before a good pack. */
  currentPack(): ContentPack | null {
    return this.live?.pack ?? null;
  }

  status(): ContentStatus {
    const live = this.live;
    return {
      pack: live
        ? {
            packId: live.pack.manifest.packId, version: live.pack.manifest.version,
            publisher: live.pack.manifest.publisher, date: live.pack.manifest.date, sample: live.pack.manifest.sample,
            source: live.source, loadedAt: live.loadedAt,
            procedures: live.pack.procedures.length, essentialServices: live.pack.essentialServices.length,
            capturedAt: live.pack.manifest.capturedAt ?? null,
            ageDays: dataAgeDays(live.pack, new Date(this.now())),
            maxAgeDays: this.maxAgeDays(),
            stale: (dataAgeDays(live.pack, new Date(this.now())) ?? 0) > this.maxAgeDays(),
          }
        : null,
      problems: [...this.localProblems, ...this.remoteProblems],
      checkedAt: this.checkedAt,
      remote: this.remoteSource ? { host: this.remoteSource.host, ...this.remoteState } : null,
    };
  }

  /** Called after every change of the live pack or of the problems; returns an unsubscribe function. */
  onChange(listener: CatalogueListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async reloadLocal(notify: boolean): Promise<void> {
    const result = await loadPack(this.options.contentDir);
    if (this.stopped && notify) return;
    this.checkedAt = this.now();
    this.localProblems = result.problems;
    if (result.ok) this.local = { pack: result.pack, source: 'local', loadedAt: this.now() };
    if (notify) {
      this.choose();
      this.emit();
    }
  }

  private takeRemote(validation: PackValidation, source: PackSource, notify: boolean): void {
    this.remoteProblems = validation.problems;
    if (validation.ok) this.remote = { pack: validation.pack, source, loadedAt: this.now() };
    if (notify) {
      this.choose();
      this.emit();
    }
  }

  /**
   * The live pack is the good pack with the later manifest date; on the same date the remote one
   * (the publisher's) wins. A source whose latest load failed keeps its last good pack.
   */
  private choose(): void {
    const candidates = [this.remote, this.local].filter((p): p is LivePack => p !== undefined);
    const best = candidates.sort((a, b) => b.pack.manifest.date.localeCompare(a.pack.manifest.date))[0];
    if (!best || best === this.chosen) return;
    const shown = { ...best, pack: forWard(best.pack, this.options.province) };
    const next = SearchIndex.build(shown.pack);
    const old = this.index;
    this.index = next;
    this.chosen = best;
    this.live = shown;
    old?.close();
  }

  private async startWatching(): Promise<void> {
    const watcher = this.options.watcher ?? fsFolderWatcher;
    try {
      this.watchHandle = await watcher.watch(this.options.contentDir, (file) => {
        // Skip files of other content in the same folder (display/ announcements…); ".tmp" is an atomic save.
        if (isPackFile(file?.replace(/\.tmp$/, '') ?? null)) this.onFileEvent();
      });
    } catch {
      this.localProblems = [...this.localProblems, problem('content', '', 'cannot watch the content location; changes need a restart')];
    }
  }

  private onFileEvent(): void {
    if (this.stopped) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.reload(), this.options.debounceMs ?? 500);
  }

  private schedulePoll(delayMs: number): void {
    if (this.stopped || !this.options.remote) return;
    this.pollTimer = setTimeout(() => {
      void this.pollRemote().finally(() => this.schedulePoll(Math.max(1, this.options.remote!.intervalMinutes) * 60_000));
    }, delayMs);
  }

  private emit(): void {
    const status = this.status();
    for (const l of this.listeners) {
      try {
        l(status);
      } catch {
        // A failing listener must not stop the others or the catalogue.
      }
    }
  }

  private maxAgeDays(): number {
    return this.options.maxAgeDays ?? 180;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}
