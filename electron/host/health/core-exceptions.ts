import type { DeviceReopener } from './device-reopener';

/** What the process-wide handlers need: Node's `process` fits. */
export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (e: unknown) => void): unknown;
  off(event: 'uncaughtException' | 'unhandledRejection', listener: (e: unknown) => void): unknown;
}

/**
 * Keeps the kiosk running through an exception nothing caught (issue 9 §3: "core exceptions logged
 * and the affected device reopened"): the error is logged without personal data (the logger redacts),
 * and the card reader and scanner are reopened in case the code that threw left one half-open. It does
 * not count toward maintenance mode: that is for a face that keeps failing, and a device driver's
 * error must not blank a citizen face that works. Used by the Electron shell and by browser mode.
 * Returns the function that removes the handlers.
 */
export function handleCoreExceptions(
  deps: { log(error: unknown): void; reopener: Pick<DeviceReopener, 'reopen'> },
  proc: ProcessEvents = process,
): () => void {
  const onFailure = (e: unknown) => {
    try {
      deps.log(e);
    } finally {
      void deps.reopener.reopen('core-exception').catch(() => undefined);
    }
  };
  proc.on('uncaughtException', onFailure);
  proc.on('unhandledRejection', onFailure);
  return () => {
    proc.off('uncaughtException', onFailure);
    proc.off('unhandledRejection', onFailure);
  };
}
