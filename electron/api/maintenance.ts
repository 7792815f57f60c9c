import { z } from 'zod';
import { defineCall, defineEvent } from './define';

/** What went wrong: renderer crash or hang (the shell reloads it), or an exception in the core. */
/** What counts toward maintenance mode: the face failing. Core exceptions are logged and the devices reopened instead (issue 9 §3). */
export const FailureKind = z.enum(['renderer-crash', 'renderer-hang']);
export type FailureKind = z.infer<typeof FailureKind>;

/**
 * The kiosk's self-healing state. After repeated failures in a short time the kiosk face stops
 * reloading and shows a maintenance screen until staff reset it. No personal data: kinds, counts, times.
 */
export const MaintenanceStatus = z.object({
  mode: z.enum(['normal', 'maintenance']),
  /** Failures inside the counting window. */
  recentFailures: z.number().int().nonnegative(),
  /** How many failures in the window switch to maintenance. */
  threshold: z.number().int().positive(),
  /** When maintenance mode started (ISO), null in normal mode. */
  since: z.iso.datetime().nullable(),
  lastFailure: z.object({ kind: FailureKind, at: z.iso.datetime() }).nullable(),
});
export type MaintenanceStatus = z.infer<typeof MaintenanceStatus>;

export const maintenanceCalls = {
  'maintenance.status': defineCall({ access: 'citizen', input: z.object({}), output: MaintenanceStatus }),
  /** Staff clear the failure counter and leave maintenance mode (the kiosk face reloads). */
  'maintenance.reset': defineCall({ access: 'staff', input: z.object({ token: z.string().min(20).max(100) }), output: MaintenanceStatus }),
};

export const maintenanceEvents = {
  'maintenance.changed': defineEvent({ access: 'citizen', payload: MaintenanceStatus }),
};
