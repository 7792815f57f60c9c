/**
 * One command the virtual PN532 is working on. The host can abort it (ACK frame, UM §6.2.1.3) or replace it
 * with a new command; then its timers stop and its waits never resolve, so no late answer goes out.
 */
export class Operation {
  private cancelled_ = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly hooks = new Set<() => void>();

  get cancelled(): boolean {
    return this.cancelled_;
  }

  /** Resolves after `ms` (at once for 0); never resolves once cancelled. */
  sleep(ms: number): Promise<void> {
    if (this.cancelled_) return new Promise(() => undefined);
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }

  /** Registers cleanup for cancellation (e.g. leave the list of InListPassiveTarget waiters). */
  onCancel(hook: () => void): void {
    this.hooks.add(hook);
  }

  cancel(): void {
    if (this.cancelled_) return;
    this.cancelled_ = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const hook of this.hooks) hook();
    this.hooks.clear();
  }
}
