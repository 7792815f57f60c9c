import { WEDGE_DEFAULTS, type WedgeTerminator } from '../../../../electron/api/kiosk';

/**
 * Tells a keyboard-wedge scanner's burst of keystrokes from a person typing. A scanner in keyboard
 * mode "types" its payload at machine speed (typically 1–10 ms per key) and ends it with Enter or Tab;
 * people leave 80 ms or more between keys. A run of `minLength` character keys, each within
 * `maxInterKeyGapMs` of the previous one, is recognised as a scan.
 *
 * Pure and DOM-free: fed with `KeyboardEvent.key` values and timestamps, it decides per key.
 */
export interface WedgeConfig {
  /** Longest gap between two keys of one scan, ms (default WEDGE_DEFAULTS: 35). */
  readonly maxInterKeyGapMs?: number;
  /** Characters needed before a run counts as a scan (default WEDGE_DEFAULTS: 8; the shortest dossier code is longer). */
  readonly minLength?: number;
  /** Keys that end a scan, as the scanner's suffix setting sends them (default WEDGE_DEFAULTS: Enter and Tab). */
  readonly terminators?: readonly WedgeTerminator[];
  /**
   * End a recognised scan after this many ms without keys, for scanners set to send no suffix
   * (default: unset, only a terminator ends a scan; a recognised run that stalls is dropped).
   */
  readonly endOnIdleMs?: number;
}

/**
 * What to do with one key:
 * - `pass`: ordinary typing (or a key the detector ignores): let the browser handle it;
 * - `capture`: part of a scan: prevent it. `retract` holds the characters of this scan that were
 *   already let through to the focused field before the run was recognised; remove them again;
 * - `scan`: the terminator of a scan: prevent it; `text` is the complete scan.
 */
export type WedgeDecision =
  | { readonly action: 'pass' }
  | { readonly action: 'capture'; readonly retract: string }
  | { readonly action: 'scan'; readonly text: string };

const IGNORED_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'ScrollLock', 'Fn']);
const PASS: WedgeDecision = { action: 'pass' };

/** The detector's defaults: the contract's WEDGE_DEFAULTS, which the config schema's defaults are too. */
export const DEFAULT_WEDGE_CONFIG = WEDGE_DEFAULTS satisfies WedgeConfig;

/** A single printable character: one code point ("a", "Ư", "|"), not a named key ("Backspace"). */
const isCharacterKey = (key: string): boolean => [...key].length === 1;

export class WedgeBurstDetector {
  private readonly gap: number;
  private readonly minLength: number;
  private readonly terminators: ReadonlySet<string>;
  private readonly idleEnd: number | undefined;
  private run = '';
  private lastTime = -Infinity;
  private recognised = false;

  constructor(config: WedgeConfig = {}) {
    this.gap = config.maxInterKeyGapMs ?? DEFAULT_WEDGE_CONFIG.maxInterKeyGapMs;
    this.minLength = Math.max(1, config.minLength ?? DEFAULT_WEDGE_CONFIG.minLength);
    this.terminators = new Set(config.terminators ?? DEFAULT_WEDGE_CONFIG.terminators);
    this.idleEnd = config.endOnIdleMs;
  }

  /** Whether a scan is being captured right now (the hook keeps its keys out of the page). */
  get capturing(): boolean {
    return this.recognised;
  }

  /** Decides about one keydown: `key` is KeyboardEvent.key, `time` a monotonic timestamp in ms. */
  key(key: string, time: number): WedgeDecision {
    if (IGNORED_KEYS.has(key)) return this.recognised ? { action: 'capture', retract: '' } : PASS;
    const inTime = time - this.lastTime <= this.gap;
    if (!inTime && this.recognised) {
      // A scan that stalled without its terminator: give up on it rather than swallow typing.
      this.reset();
    }
    if (this.terminators.has(key)) {
      const done = this.recognised && inTime ? this.run : null;
      this.reset();
      return done === null ? PASS : { action: 'scan', text: done };
    }
    if (!isCharacterKey(key)) {
      this.reset();
      return PASS;
    }
    if (!inTime) this.run = '';
    this.run += key;
    this.lastTime = time;
    if (this.recognised) return { action: 'capture', retract: '' };
    if ([...this.run].length >= this.minLength) {
      this.recognised = true;
      // Every character before this one already reached the page.
      return { action: 'capture', retract: this.run.slice(0, this.run.length - key.length) };
    }
    return PASS;
  }

  /**
   * Called by a timer when keys stop: with `endOnIdleMs` configured, a recognised scan idle that long
   * is complete and returned; without it, a stalled scan is dropped. Returns null otherwise.
   */
  idle(time: number): string | null {
    if (!this.recognised) return null;
    const idleFor = time - this.lastTime;
    if (this.idleEnd !== undefined && idleFor >= this.idleEnd) {
      const text = this.run;
      this.reset();
      return text;
    }
    if (this.idleEnd === undefined && idleFor > this.gap) this.reset();
    return null;
  }

  reset(): void {
    this.run = '';
    this.recognised = false;
    this.lastTime = -Infinity;
  }
}
