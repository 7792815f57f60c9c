import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_WEDGE_CONFIG, WedgeBurstDetector, type WedgeDecision } from './burst-detector';

/** Feeds keys with a fixed gap; returns every decision. */
function feed(detector: WedgeBurstDetector, keys: readonly string[], gapMs: number, start = 1000): WedgeDecision[] {
  return keys.map((k, i) => detector.key(k, start + i * gapMs));
}

const chars = (s: string) => [...s];

describe('WedgeBurstDetector', () => {
  it('recognises a fast burst at the minimum length, retracting what already went through, and ends it on Enter', () => {
    const d = new WedgeBurstDetector({ maxInterKeyGapMs: 30, minLength: 4 });
    const out = feed(d, [...chars('H54.22-1'), 'Enter'], 5);
    expect(out).toEqual([
      { action: 'pass' },
      { action: 'pass' },
      { action: 'pass' },
      { action: 'capture', retract: 'H54' },
      { action: 'capture', retract: '' },
      { action: 'capture', retract: '' },
      { action: 'capture', retract: '' },
      { action: 'capture', retract: '' },
      { action: 'scan', text: 'H54.22-1' },
    ]);
  });

  it('keeps slow typing as typing, Enter included', () => {
    const d = new WedgeBurstDetector();
    expect(feed(d, [...chars('Nguyen Van A'), 'Enter'], 120).every((x) => x.action === 'pass')).toBe(true);
  });

  it('ignores Shift between scanner keys (upper-case letters) without breaking the run', () => {
    const d = new WedgeBurstDetector({ minLength: 3 });
    const keys = ['Shift', 'A', 'Shift', 'B', 'Shift', 'C', 'd', 'Tab'];
    expect(feed(d, keys, 4).at(-1)).toEqual({ action: 'scan', text: 'ABCd' });
  });

  it('does not treat a short fast run (two keys hit together) as a scan', () => {
    const d = new WedgeBurstDetector({ minLength: 6 });
    expect(feed(d, ['a', 's', 'd', 'Enter'], 10).every((x) => x.action === 'pass')).toBe(true);
  });

  it('starts a burst after slow typing without swallowing the typed text', () => {
    const d = new WedgeBurstDetector({ minLength: 4 });
    feed(d, chars('abc'), 150);
    const burst = feed(d, [...chars('12345'), 'Enter'], 3, 5000);
    expect(burst[3]).toEqual({ action: 'capture', retract: '123' });
    expect(burst.at(-1)).toEqual({ action: 'scan', text: '12345' });
  });

  it('drops a recognised burst that stalls without a terminator, then handles typing normally', () => {
    const d = new WedgeBurstDetector({ minLength: 3 });
    feed(d, chars('abcdef'), 5);
    expect(d.capturing).toBe(true);
    expect(d.key('x', 10_000)).toEqual({ action: 'pass' });
    expect(d.capturing).toBe(false);
  });

  it('ends a burst on idle when the scanner sends no suffix', () => {
    const d = new WedgeBurstDetector({ minLength: 3, endOnIdleMs: 80 });
    feed(d, chars('abcdef'), 5, 0);
    expect(d.idle(60)).toBeNull();
    expect(d.idle(25 + 80)).toBe('abcdef');
    expect(d.capturing).toBe(false);
  });

  it('a named key (Backspace, arrows) breaks a run', () => {
    const d = new WedgeBurstDetector({ minLength: 4 });
    const out = feed(d, ['a', 'b', 'Backspace', 'c', 'd', 'e'], 5);
    expect(out.every((x) => x.action === 'pass')).toBe(true);
  });

  it('uses the shared defaults the config schema uses: 35 ms, 8 characters, Enter or Tab', () => {
    expect(DEFAULT_WEDGE_CONFIG).toEqual({ maxInterKeyGapMs: 35, minLength: 8, terminators: ['Enter', 'Tab'] });
    const d = new WedgeBurstDetector();
    expect(feed(d, [...chars('1234567'), 'Enter'], 3).every((x) => x.action === 'pass')).toBe(true);
    expect(feed(d, [...chars('12345678'), 'Tab'], 3, 9000).at(-1)).toEqual({ action: 'scan', text: '12345678' });
  });

  it('ends scans only on the configured terminators', () => {
    const d = new WedgeBurstDetector({ minLength: 4, terminators: ['Enter'] });
    const tabbed = feed(d, [...chars('ABCDEF'), 'Tab'], 3);
    expect(tabbed.at(-1)).toEqual({ action: 'pass' });
    expect(feed(d, [...chars('ABCDEF'), 'Enter'], 3, 9000).at(-1)).toEqual({ action: 'scan', text: 'ABCDEF' });
  });

  it('never captures keys typed at human speed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom('Enter', 'Tab', 'Shift', 'Backspace')), fc.integer({ min: 36, max: 2000 })), {
          maxLength: 60,
        }),
        (keys) => {
          const d = new WedgeBurstDetector({ maxInterKeyGapMs: 35 });
          let t = 0;
          return keys.every(([key, gap]) => {
            t += gap;
            return d.key(key, t).action === 'pass';
          });
        },
      ),
    );
  });

  it('captures every character of any machine-speed burst and returns it whole', () => {
    const min = DEFAULT_WEDGE_CONFIG.minLength;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars('0123456789|abcXYZ ./-')), { minLength: min, maxLength: 200 }), (keys) => {
        const d = new WedgeBurstDetector();
        const out = feed(d, [...keys, 'Enter'], 2);
        const retracted = out.flatMap((x) => (x.action === 'capture' ? [x.retract] : [])).join('');
        const last = out.at(-1);
        return last?.action === 'scan' && last.text === keys.join('') && retracted === keys.slice(0, min - 1).join('');
      }),
    );
  });
});
