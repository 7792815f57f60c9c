import type { DriverError } from '../../result';

/**
 * Secure Messaging failures (ICAO 9303-11 §9.8). Every one of them ends the session: the chip deletes its
 * session keys on any SM error, so the terminal drops its own and authenticates again.
 *  - sm.mac: the response MAC (DO'8E) did not verify
 *  - sm.malformed: the protected response is not well-formed (missing DO'99/DO'8E, bad padding, bad TLV)
 *  - sm.card-error: the chip answered 6987 (SM data objects missing) or 6988 (SM data objects incorrect)
 *  - sm.plain-status: the chip answered another status without SM (e.g. 6982 on DG3 of VN cards)
 *  - sm.dropped: the session had already been dropped
 */
export type SmErrorCode = 'sm.mac' | 'sm.malformed' | 'sm.card-error' | 'sm.plain-status' | 'sm.dropped';

/** A DriverError from the SM layer; `sw` is the status word the chip sent, when there was one. */
export interface SmFailure extends DriverError {
  readonly sw?: number;
}

export const smFailure = (code: string, detail: string, sw?: number): { ok: false; error: SmFailure } => ({
  ok: false,
  error: sw === undefined ? { code, detail } : { code, detail, sw },
});

/** True when an error code means the SM session is gone and the caller must authenticate again. */
export const isSessionLost = (code: string): boolean => code.startsWith('sm.');
