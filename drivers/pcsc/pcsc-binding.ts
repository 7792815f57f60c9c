import { createRequire } from 'node:module';
import { err, ok, type DriverError, type Result } from '../result';

/**
 * The part of a Node PC/SC binding this driver uses (the shape of the `smartcard` package, N-API): a
 * context lists readers and waits for state changes, a reader connects to its card, a card transmits.
 * An in-memory implementation (memory-pcsc.ts) serves unit tests; the real one is loaded on demand.
 */
export interface PcscBinding {
  createContext(): PcscContext;
  readonly constants: PcscConstants;
}

export interface PcscConstants {
  readonly SCARD_SHARE_SHARED: number;
  readonly SCARD_PROTOCOL_T0: number;
  readonly SCARD_PROTOCOL_T1: number;
  readonly SCARD_RESET_CARD: number;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_STATE_EMPTY: number;
  readonly SCARD_STATE_UNAVAILABLE: number;
}

export interface PcscReaderState {
  readonly name: string;
  readonly state: number;
  readonly changed: boolean;
  readonly atr: Uint8Array | null;
}

export interface PcscContext {
  readonly isValid: boolean;
  /** Throws when the service is gone (message "PC/SC service not running"…). */
  listReaders(): PcscReader[];
  /** Resolves with the new states, or null on timeout; rejects when the service goes away. */
  waitForChange(readers: PcscReader[] | PcscReaderState[], timeoutMs: number): Promise<PcscReaderState[] | null>;
  cancel(): void;
  close(): void;
}

export interface PcscReader {
  readonly name: string;
  readonly state: number;
  readonly atr: Uint8Array | null;
  connect(shareMode: number, protocols: number): Promise<PcscCard>;
}

export interface PcscCard {
  readonly atr: Uint8Array | null;
  transmit(command: Buffer, options: { maxRecvLength: number }): Promise<Uint8Array>;
  disconnect(disposition: number): void;
}

/**
 * Loads the `smartcard` package (tomkp/smartcard: N-API, so one build serves every Node and Electron
 * version). It is an optional dependency compiled at install time against libpcsclite: when it is
 * missing or did not build, the pcsc reader type says so with "pcsc.unavailable" instead of crashing.
 */
export function loadPcscBinding(): Result<PcscBinding, DriverError<'pcsc.unavailable'>> {
  try {
    const lib = createRequire(import.meta.url)('smartcard') as {
      Context: new () => PcscContext;
    } & PcscConstants;
    return ok({ createContext: () => new lib.Context(), constants: lib });
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return err(
      'pcsc.unavailable',
      `the PC/SC binding (npm package "smartcard") is not installed or did not build: ${reason}. ` +
        'On Linux install libpcsclite-dev, pcscd and a C++ toolchain, then run "npm rebuild smartcard" (README, "PC/SC readers").',
    );
  }
}
