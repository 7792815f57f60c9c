import { z } from 'zod';

/**
 * Who may make a call. `display` calls are read-only and carry no personal data: they are the only
 * ones reachable from beyond loopback. `citizen` calls belong to the kiosk face, `staff` calls need a
 * staff session token, `admin` calls a staff token with the admin role.
 */
export type Access = 'display' | 'citizen' | 'staff' | 'admin';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly access: Access;
  readonly input: I;
  readonly output: O;
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly access: Access;
  readonly payload: P;
}

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> => spec;
export const defineEvent = <P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> => spec;

/** A typed error crossing the contract: a stable code; the face turns it into words (i18n). */
export const ApiError = z.object({
  code: z.string(),
  /** Field-level problems for validation errors, as "path: message" strings. */
  issues: z.array(z.string()).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
