import { z } from 'zod';
import { defineCall, defineEvent } from './define';

/**
 * Whether the online entry points the kiosk sends citizens to (the national portal, VNeID) answer,
 * from the core's scheduled checks (`portal.healthChecks`). Public facts only: the display and the
 * citizen face show them, so an outage is said before a citizen starts.
 */
export const EntryPointHealth = z.object({
  id: z.string(),
  /** As configured, e.g. "Cổng Dịch vụ công quốc gia". */
  label: z.string(),
  state: z.enum(['up', 'down', 'unknown']),
  /** ISO time the current state began (the first failed check of an outage); null before the first check. */
  since: z.iso.datetime().nullable(),
  /** ISO time of the last check. */
  checkedAt: z.iso.datetime().nullable(),
  /** Technicians' words for a failure: "timeout", "status 503", "connect ECONNREFUSED". */
  detail: z.string().optional(),
});
export type EntryPointHealth = z.infer<typeof EntryPointHealth>;

export const portalHealthCalls = {
  'portalHealth.get': defineCall({ access: 'display', input: z.object({}), output: z.array(EntryPointHealth) }),
};

export const portalHealthEvents = {
  'portalHealth.changed': defineEvent({ access: 'display', payload: z.array(EntryPointHealth) }),
};
