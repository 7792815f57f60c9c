import { useEffect } from 'react';

type WakeLockSentinelLike = { release(): Promise<void>; addEventListener(type: 'release', l: () => void): void };
type WakeLockLike = { request(type: 'screen'): Promise<WakeLockSentinelLike> };

/**
 * Best effort to keep the screen awake in a browser (a mini PC or TV running the display in Chromium):
 * the Screen Wake Lock API, re-requested when the page becomes visible again (the browser drops the lock
 * when hidden). Only secure contexts have it (loopback counts; plain http on the LAN does not). In the
 * Electron app the shell's powerSaveBlocker does this job.
 */
export function useWakeLock(): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinelLike | null = null;
    let active = true;
    const acquire = () => {
      if (!active || sentinel || document.visibilityState !== 'visible') return;
      wakeLock.request('screen').then(
        (s) => {
          if (!active) return void s.release();
          sentinel = s;
          s.addEventListener('release', () => (sentinel = null));
        },
        () => {},
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', acquire);
      void sentinel?.release();
    };
  }, []);
}
