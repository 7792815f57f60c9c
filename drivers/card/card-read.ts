import type { MrzKeyInput } from '../emrtd/chip-access';
import type { Dg1 } from '../emrtd/lds/dg1';
import type { Dg13 } from '../emrtd/lds/dg13';
import type { Dg2Face } from '../emrtd/lds/dg2';
import type { PassiveAuthenticationResult } from '../emrtd/pa/passive-auth';
import type { TrustStore } from '../emrtd/pa/trust-store';

/** The files a caller may ask for. DG3 (fingerprints) is not among them: VN chips answer 6982 and drop SM. */
export type ReadableFile = 'DG1' | 'DG2' | 'DG13' | 'DG14' | 'SOD';

/** Default read: what the kiosk needs to identify a citizen and check the data (cccd.md). */
export const DEFAULT_FILES: readonly ReadableFile[] = ['DG1', 'DG13', 'SOD'];

export interface CardReadRequest {
  /** PACE Card Access Number: the last 6 digits of the 12-digit ID on VN cards. */
  readonly can?: string;
  /** BAC fallbacks, most likely first (drivers/cccd deriveChipAccess). */
  readonly mrzCandidates?: readonly MrzKeyInput[];
  /** Default DEFAULT_FILES; add 'DG2' for the portrait. */
  readonly files?: readonly ReadableFile[];
  /** Ethnicity and religion (DG13 fields 6, 7): sensitive, only when a flow needs them. Default false. */
  readonly includeSensitive?: boolean;
  /** Without a trust store passive authentication answers `not-checkable`. */
  readonly trustStore?: TrustStore;
  /** Aborting cancels the read at the next APDU boundary; the result is `card.cancelled`. */
  readonly signal?: AbortSignal;
  /**
   * Plaintext bytes per READ BINARY. Default: learned per card, starting at 2,048 (extended length) when the
   * card announces it, else 256, falling back to 223 on the first refusal (drivers/emrtd/files/read-size.ts).
   */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: CardReadProgress) => void;
}

export interface CardReadProgress {
  /** 0…1 over the whole read (access, files by their size, verification). */
  readonly fraction: number;
  /** "access", "DG1", "DG13", "DG2", "SOD", "verify". */
  readonly step: string;
}

export interface CardReadResult {
  readonly method: 'PACE-CAN' | 'PACE-MRZ' | 'BAC';
  readonly dg1?: Dg1;
  readonly dg13?: Dg13;
  readonly face?: Dg2Face;
  readonly passiveAuthentication: PassiveAuthenticationResult;
  readonly stats: CardReadStats;
}

export interface CardReadStats {
  readonly apdus: number;
  /** File bytes read from the chip (plaintext, after secure messaging). */
  readonly bytesRead: number;
  readonly milliseconds: number;
  readonly failedAccessAttempts: number;
  readonly reauthentications: number;
  /** Plaintext bytes per READ BINARY that the card accepted (the learned size at the end of the read). */
  readonly chunkSize: number;
}
