/**
 * Small parts the card reader devices (PN532, PC/SC) share for their watch loops.
 */

/** Whether a card is on the reader, telling listeners only when it changes. */
export class CardPresence {
  private present = false;
  private readonly listeners = new Set<(present: boolean) => void>();

  get value(): boolean {
    return this.present;
  }

  subscribe(listener: (present: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(present: boolean): void {
    if (present === this.present) return;
    this.present = present;
    for (const l of [...this.listeners]) l(present);
  }
}

/** The loop's pause between two looks at the reader, which a finished read or stop() cuts short. */
export class WakeableSleep {
  private wakeUp: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  wake(): void {
    this.wakeUp?.();
  }
}
