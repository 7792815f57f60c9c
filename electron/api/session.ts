import { z } from 'zod';
import { defineCall, defineEvent } from './define';

/** Why a citizen session ended; 'face-restarted': the citizen screen reloaded and lost its state. */
export const SessionEndReason = z.enum(['finished', 'idle', 'card-removed', 'staff', 'shutdown', 'face-restarted']);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

/**
 * The citizen session as a face sees it. `id` is a random per-session token, not a database key.
 * `warningSecondsLeft` is present while the idle warning counts down.
 */
export const SessionState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  z.object({
    state: z.literal('active'),
    id: z.string(),
    startedAt: z.iso.datetime(),
    idleTimeoutSeconds: z.number(),
    warningSecondsLeft: z.number().optional(),
  }),
]);
export type SessionState = z.infer<typeof SessionState>;

/** Rất hài lòng / Hài lòng / Không hài lòng. */
export const SatisfactionRating = z.enum(['very-satisfied', 'satisfied', 'dissatisfied']);
export type SatisfactionRating = z.infer<typeof SatisfactionRating>;
/** Why not satisfied: hard to find the procedure, too many steps, the portal failed, the kiosk was slow or confusing, needed a person. */
export const DissatisfactionReason = z.enum(['hard-to-find', 'too-many-steps', 'portal-failed', 'kiosk-slow-confusing', 'needed-person']);
export type DissatisfactionReason = z.infer<typeof DissatisfactionReason>;

export const sessionCalls = {
  'session.get': defineCall({ access: 'citizen', input: z.object({}), output: SessionState }),
  'session.start': defineCall({ access: 'citizen', input: z.object({}), output: SessionState }),
  /** The citizen did something: resets the idle timer and dismisses a running warning. */
  'session.activity': defineCall({ access: 'citizen', input: z.object({}), output: SessionState }),
  /** How the guided procedure went, said by the citizen at the end: a count for reports, nothing personal. */
  'session.outcome': defineCall({
    access: 'citizen',
    input: z.object({
      procedureCode: z.string().regex(/^\d\.\d{6}/).nullable(),
      outcome: z.enum(['submitted', 'finish-on-phone', 'need-help']),
    }),
    output: z.object({}),
  }),
  /**
   * The citizen's satisfaction at the end (the levels of the national service-quality evaluation), and
   * on "Không hài lòng" one reason. Stored with the session's anonymous count; a second answer replaces it.
   */
  'session.rate': defineCall({
    access: 'citizen',
    input: z.strictObject({ rating: SatisfactionRating, reason: DissatisfactionReason.optional() }),
    output: z.object({}),
  }),
  'session.end': defineCall({
    access: 'citizen',
    input: z.object({ reason: z.enum(['finished', 'card-removed', 'face-restarted']) }),
    output: z.object({}),
  }),
};

export const sessionEvents = {
  'session.changed': defineEvent({ access: 'citizen', payload: SessionState }),
  'session.idleWarning': defineEvent({ access: 'citizen', payload: z.object({ secondsLeft: z.number() }) }),
  /** Everything of the session is gone from the core: faces clear their state and clipboard. */
  'session.wiped': defineEvent({ access: 'citizen', payload: z.object({ reason: SessionEndReason }) }),
};
