/**
 * Errors are values with codes at every layer (house style §5). A driver function that can fail on
 * outside input returns a Result instead of throwing; the host turns codes into Vietnamese words once,
 * at the edge.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E = DriverError> = Ok<T> | Err<E>;

/** A typed driver error: a stable machine code (e.g. "pn532.checksum", "sm.mac") and an English detail for logs. */
export interface DriverError<C extends string = string> {
  readonly code: C;
  /** English, for technicians and logs; never shown to citizens and never containing personal data. */
  readonly detail: string;
}

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <C extends string>(code: C, detail: string): Err<DriverError<C>> => ({
  ok: false,
  error: { code, detail },
});

/** An exception that carries a DriverError, for async device flows where throwing through layers is clearer. */
export class DriverFailure extends Error {
  constructor(readonly error: DriverError) {
    super(`${error.code}: ${error.detail}`);
    this.name = 'DriverFailure';
  }
}

export const isDriverFailure = (e: unknown): e is DriverFailure => e instanceof DriverFailure;
