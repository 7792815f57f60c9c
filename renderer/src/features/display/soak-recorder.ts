/**
 * Transition timings for the soak benchmark, kept in a fixed buffer so recording itself does not grow
 * the heap. Exposed as `window.__displaySoak` only when the page is opened with `?soak=1`.
 */
export interface SoakStats {
  /** Transitions completed since the page loaded. */
  transitions: number;
  /** Feeds applied (content changes seen). */
  feeds: number;
  /** Milliseconds from the dwell timer firing to the first frame after the swap, newest last. */
  durations(): number[];
  /** Set by the bench: stop on this slide key (to measure memory on the same screen each time). */
  holdAt: string | null;
  /** The key the player is stopped on now, or null while it runs. */
  heldAt: string | null;
}

const CAPACITY = 16_384;

export function createSoakRecorder(): SoakStats & { record(ms: number): void; feed(): void; held(key: string): void } {
  const buffer = new Float64Array(CAPACITY);
  let count = 0;
  const stats = {
    transitions: 0,
    feeds: 0,
    holdAt: null as string | null,
    heldAt: null as string | null,
    record(ms: number) {
      buffer[count % CAPACITY] = ms;
      count++;
      stats.transitions = count;
      stats.heldAt = null;
    },
    held(key: string) {
      stats.heldAt = key;
    },
    feed() {
      stats.feeds++;
    },
    durations() {
      const n = Math.min(count, CAPACITY);
      const start = count > CAPACITY ? count % CAPACITY : 0;
      return Array.from({ length: n }, (_, i) => buffer[(start + i) % CAPACITY]!);
    },
  };
  return stats;
}
