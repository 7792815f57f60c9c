import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { err, ok, type Result } from '../../result';
import { sendPlain } from '../plain-exchange';
import type { SmFailure } from '../sm/sm-error';
import type { ExchangeOptions, SmSession } from '../sm/session';
import { fileByName, isDg3, type EmrtdFile, type EmrtdFileName } from './emrtd-files';
import { readChunks, type ReadState } from './read-chunks';
import { SAFE_CHUNK } from './read-size';

/** Options of readFile. */
export interface ReadFileOptions {
  /**
   * Runs the access protocol again (PACE or BAC, then SELECT of the eMRTD application) and resolves with
   * the new session. Called when the session is lost mid-read (any "sm.*" error, "card.timeout"); the
   * read then resumes from the offset reached. Without it, such errors are returned as they are.
   * establishAccess returns one.
   */
  readonly reauthenticate?: () => Promise<Result<SmSession>>;
  /** At most this many re-authentications per file; default 3. */
  readonly maxReauthentications?: number;
  /**
   * Plaintext bytes per READ BINARY; default 223, the largest whose protected answer fits a short Le for
   * 3DES and AES and one PN532 frame (cccd.md). Steps down on 6700 and follows 6Cxx by itself; above 223
   * the first refusal falls back to 223 (readCard starts at firstChunkSize, read-size.ts).
   */
  readonly chunkSize?: number;
  /** First read: by SFI (one APDU less; falls back to SELECT when refused) or SELECT by FID first. Default 'sfi'. */
  readonly selectBy?: 'sfi' | 'fid';
  /** Larger declared lengths are "file.malformed". Default 1 MiB (a CCCD DG2 is tens of KB). */
  readonly maxFileBytes?: number;
  /** Called after every chunk with bytes read so far and the total once known. */
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
  readonly exchange?: ExchangeOptions;
}

/** A file read under Secure Messaging. */
export interface FileRead {
  /** The whole file (its outer TLV, nothing after it). */
  readonly bytes: Uint8Array;
  /** The session to use next: a new one when the read had to re-authenticate. */
  readonly session: SmSession;
  readonly reauthentications: number;
  /** Plaintext bytes per READ BINARY at the end of the read: what this card accepted (carry it to its next file). */
  readonly chunkSize: number;
  /** Command APDUs sent for this file (SELECTs and READ BINARYs, retries included). */
  readonly commands: number;
}

export type FileErrorCode =
  | 'file.refused'
  | 'file.not-found'
  | 'file.access-denied'
  | 'file.read-failed'
  | 'file.malformed';

export const DEFAULT_CHUNK_SIZE = SAFE_CHUNK;
const DEFAULT_MAX_FILE_BYTES = 1 << 20;

const resolveFile = (file: EmrtdFileName | EmrtdFile): EmrtdFile => (typeof file === 'string' ? fileByName(file) : file);

const newState = (chunk: number): ReadState => ({ received: [], offset: 0, chunk, sfiRefused: false, commands: 0 });

/** Errors after which the session is gone but the card may still be there: re-authenticate and resume. */
const recoverable = (e: SmFailure): boolean =>
  e.code === 'card.timeout' || (e.code.startsWith('sm.') && !(e.code === 'sm.plain-status' && e.sw === 0x6a82));

/**
 * Reads one elementary file under Secure Messaging (ICAO 9303-10 / -11): SFI or SELECT, READ BINARY in
 * chunks (B1 with DO'54 past offset 32767), re-authenticating and resuming after SM failures.
 * Errors: "file.refused" (DG3, before any APDU), "file.not-found" (6A82), "file.access-denied" (6982),
 * "file.read-failed" (other status), "file.malformed" (no TLV header, absurd length), the last "sm.*"
 * error when re-authentication is unavailable or exhausted, the re-authentication's own error, and
 * transport codes ("card.removed", …).
 */
export const readFile = async (
  session: SmSession,
  file: EmrtdFileName | EmrtdFile,
  options: ReadFileOptions = {},
): Promise<Result<FileRead, SmFailure>> => {
  const target = resolveFile(file);
  if (isDg3(target)) return err('file.refused', 'DG3 is never read: VN cards answer 6982 and drop secure messaging');
  const state = newState(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const maxReauth = options.maxReauthentications ?? 3;
  let current = session;
  let reauthentications = 0;
  for (;;) {
    if (!current.active) {
      if (options.reauthenticate === undefined || reauthentications >= maxReauth) {
        return err('sm.dropped', 'secure messaging session is gone and cannot be re-established');
      }
      reauthentications++;
      const again = await options.reauthenticate();
      if (!again.ok) return again;
      current = again.value;
    }
    const active = current;
    const r = await readChunks((cmd) => active.transmit(cmd, options.exchange), target, state, {
      selectBy: options.selectBy ?? 'sfi',
      maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (r.ok) return ok({ bytes: r.value, session: current, reauthentications, chunkSize: state.chunk, commands: state.commands });
    if (r.error.code === 'sm.plain-status' && r.error.sw === 0x6a82) {
      return err('file.not-found', `${target.name} answered 6A82 (without secure messaging)`);
    }
    if (!recoverable(r.error) || options.reauthenticate === undefined || reauthentications >= maxReauth) return r;
    // A chip or reader that cannot carry a larger answer may fail it as a broken session or a timeout
    // rather than 6700: resume at the safe size (read-size.ts).
    if (state.chunk > SAFE_CHUNK) state.chunk = SAFE_CHUNK;
    current.drop();
  }
};

/**
 * Reads EF.CardAccess without Secure Messaging and without SELECT MF (VN cards answer 6D00 to it):
 * READ BINARY with SFI 1C under the default selection, falling back to SELECT 011C (cccd.md).
 * Errors: "file.not-found" when the chip has no EF.CardAccess (a BAC-only chip), others as readFile.
 */
export const readCardAccess = async (
  transceiver: ApduTransceiver,
  options: { readonly exchange?: ExchangeOptions; readonly chunkSize?: number } = {},
): Promise<Result<Uint8Array, SmFailure>> => {
  const state = newState(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  return readChunks((cmd) => sendPlain(transceiver, cmd, options.exchange), fileByName('CardAccess'), state, {
    selectBy: 'sfi',
    maxFileBytes: 4096,
  });
};
