import { useEffect, useLayoutEffect, useRef } from 'react';
import type { WedgeTerminator } from '../../../../electron/api/kiosk';
import { WedgeBurstDetector, type WedgeConfig } from './burst-detector';
import { retractTypedText } from './retract-typed-text';

export interface UseWedgeScannerOptions extends WedgeConfig {
  /** Called with the scanned text (as the keyboard typed it: may be damaged; classify it in the core). */
  readonly onScan: (text: string) => void;
  /** Listen only while true (default true): e.g. off on screens where a scan means nothing. */
  readonly enabled?: boolean;
  /** Monotonic clock in ms (default performance.now); injected by tests. */
  readonly now?: () => number;
}

/**
 * Reads a keyboard-wedge scanner: listens to keydown on window in the capture phase (before any
 * field or shortcut handler), recognises machine-speed bursts, keeps them out of the focused field
 * (preventDefault once recognised; the characters typed before recognition are removed again) and
 * calls onScan with the text. Typing at human speed is untouched. Config changes take effect on the
 * next render; unmounting or `enabled: false` removes the listener.
 */
export function useWedgeScanner(options: UseWedgeScannerOptions): void {
  const { onScan, enabled = true, now, maxInterKeyGapMs, minLength, terminators, endOnIdleMs } = options;
  const onScanRef = useRef(onScan);
  useLayoutEffect(() => {
    onScanRef.current = onScan;
  });
  const terminatorKey = terminators?.join(',');

  useEffect(() => {
    if (!enabled) return;
    const clock = now ?? (() => performance.now());
    const detector = new WedgeBurstDetector({
      ...(maxInterKeyGapMs !== undefined ? { maxInterKeyGapMs } : {}),
      ...(minLength !== undefined ? { minLength } : {}),
      ...(terminatorKey !== undefined ? { terminators: terminatorKey.split(',') as WedgeTerminator[] } : {}),
      ...(endOnIdleMs !== undefined ? { endOnIdleMs } : {}),
    });
    let idleTimer: ReturnType<typeof setTimeout> | undefined;

    const onKeyDown = (event: KeyboardEvent) => {
      // Shortcuts (Ctrl/Meta) and input-method composition are never scanner output.
      if (event.ctrlKey || event.metaKey || event.isComposing) {
        detector.reset();
        return;
      }
      const decision = detector.key(event.key, clock());
      if (decision.action === 'pass') return;
      event.preventDefault();
      event.stopPropagation();
      if (decision.action === 'capture') {
        retractTypedText(event.target, decision.retract);
        if (endOnIdleMs !== undefined) {
          clearTimeout(idleTimer);
          idleTimer = setTimeout(() => {
            const text = detector.idle(clock());
            if (text !== null) onScanRef.current(text);
          }, endOnIdleMs);
        }
        return;
      }
      clearTimeout(idleTimer);
      onScanRef.current(decision.text);
    };

    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      clearTimeout(idleTimer);
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, [enabled, now, maxInterKeyGapMs, minLength, terminatorKey, endOnIdleMs]);
}
