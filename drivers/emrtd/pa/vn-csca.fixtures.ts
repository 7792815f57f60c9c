import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real "CSCA ePassport Vietnam" certificate (public ICAO master-list data), for tests only. It lives in
 * ../shared/ beside the repository and is never copied into it, so a clean clone does not have it: the tests
 * that need it skip with VN_CSCA_ABSENT as their one-line reason, and run wherever ../shared is present.
 */
export const VN_CSCA_PATH = fileURLToPath(new URL('../../../../shared/data/csca/vn-csca-epassport.der', import.meta.url));

export const hasVnCsca = existsSync(VN_CSCA_PATH);

export const VN_CSCA_ABSENT = 'skipped: needs ../shared/data/csca/vn-csca-epassport.der (the real VN CSCA, kept outside the repository)';

/** The certificate's DER bytes; only call it after skipWithoutVnCsca. */
export const vnCsca = (): Uint8Array => new Uint8Array(readFileSync(VN_CSCA_PATH));

/** Skips the running test, with the reason, when the certificate is absent (vitest's ctx.skip(condition, note)). */
export function skipWithoutVnCsca(ctx: { skip(condition: boolean, note?: string): void }): void {
  ctx.skip(!hasVnCsca, VN_CSCA_ABSENT);
}
