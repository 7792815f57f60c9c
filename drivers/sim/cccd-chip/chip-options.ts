import type { EmrtdFileName } from '../../emrtd/files/emrtd-files';

/**
 * How long the virtual chip "works" on each APDU (VirtualCard.cardTimeMs). Defaults model a contactless
 * chip at 106 kbit/s with a crypto co-processor: a few ms per APDU, ~0.09 ms per byte on the air, and
 * tens of ms for each elliptic-curve point multiplication of PACE.
 */
export interface ChipTiming {
  /** Fixed cost of any APDU, ms. Default 3. */
  readonly perApduMs: number;
  /** Air time per command + response byte, ms. Default 0.09. */
  readonly perByteMs: number;
  /** Extra for unwrapping and wrapping a protected APDU, ms. Default 2. */
  readonly secureMessagingMs: number;
  /** Extra for GENERAL AUTHENTICATE steps 2 and 3 (ECDH on brainpoolP256r1), ms. Default 90. */
  readonly ecdhStepMs: number;
  /** Extra for MUTUAL AUTHENTICATE (BAC) and GENERAL AUTHENTICATE step 4, ms. Default 10. */
  readonly authenticateMs: number;
}

export const DEFAULT_CHIP_TIMING: ChipTiming = {
  perApduMs: 3,
  perByteMs: 0.09,
  secureMessagingMs: 2,
  ecdhStepMs: 90,
  authenticateMs: 10,
};

/** Faults to inject, for tests of the reader's recovery paths. All off by default. */
export interface ChipFaults {
  /**
   * After this many APDUs (counted since construction) the card leaves the field: every transmit throws
   * CardRemoved until reset() (the card is presented again). Fires once.
   */
  readonly removeAfterApdus?: number;
  /**
   * After this many protected APDUs (counted since construction, across sessions), the next protected
   * APDU is answered 6988 in plain and the chip drops its session keys. A list injects several failures.
   */
  readonly smFailureAfterProtectedApdus?: number | readonly number[];
  /**
   * "Small buffer" profile: READ BINARY asking for more than `maxLe` bytes is answered 6700 (wrong
   * length) or 6Cxx with xx = maxLe (exact length), as some chips do.
   */
  readonly smallBuffer?: { readonly maxLe: number; readonly answer: '6700' | '6Cxx' };
}

/** PACE as the chip offers it (must agree with its EF.CardAccess). */
export interface ChipPaceConfig {
  /** Dotted OID; default id-PACE-ECDH-GM-AES-CBC-CMAC-128 = 0.4.0.127.0.7.2.2.4.2.2 (VN cards). */
  readonly protocol: string;
  /** Standardized domain parameter ID; default 13 = brainpoolP256r1. */
  readonly parameterId: number;
}

export interface VirtualCccdChipOptions {
  /** Elementary files by FID (0x0101 = DG1 …) or by name ({ DG1: bytes }). EF.CardAccess is FID 0x011C. */
  readonly files: ReadonlyMap<number, Uint8Array> | Readonly<Partial<Record<EmrtdFileName, Uint8Array>>>;
  /** The CAN accepted by PACE-CAN: on a CCCD the last 6 digits of the 12-digit ID. */
  readonly can: string;
  /** MRZ information accepted by BAC and PACE-MRZ, e.g. "L898902C<369080619406236". */
  readonly mrzInformation: string;
  /** PACE parameters, or null for a BAC-only chip. Default: AES-128 ECDH-GM on brainpoolP256r1. */
  readonly pace?: ChipPaceConfig | null;
  /** Whether BAC is accepted. Default true (cccd.md: BAC stays the fallback). */
  readonly bac?: boolean;
  readonly timing?: Partial<ChipTiming>;
  readonly faults?: ChipFaults;
  /** Randomness for challenges, nonces and keys; default node:crypto. */
  readonly random?: (length: number) => Uint8Array;
  /** ISO 14443 identity; defaults: random-UID style 08 xx xx xx, ATQA 0x0004, SAK 0x20. */
  readonly uid?: Uint8Array;
  /** Answer To Select without TL. Default 78 77 D4 02 plus historical bytes announcing `extendedLength`. */
  readonly ats?: Uint8Array;
  /**
   * Extended-length READ BINARY (Ne > 256, ISO 7816-4 §5.1): the most bytes one read answers, announced in
   * the ATS's card capabilities; false answers 6700 to any Ne > 256. Default 2048: real cards take the
   * 2,048-byte reads phone readers use (cccd.md "Read sizes").
   */
  readonly extendedLength?: { readonly maxNe: number } | false;
}

/** ATS interface bytes of the default chip: FSCI 8 (256-byte frames), TA/TB/TC as VN cards answer. */
const ATS_INTERFACE_BYTES = [0x78, 0x77, 0xd4, 0x02] as const;
/** Historical bytes: category 80, card capabilities 73 with b8 (command chaining) and b7 (extended Lc/Le). */
const HISTORICAL_EXTENDED_LENGTH = [0x80, 0x73, 0x00, 0x00, 0xc0] as const;

export const defaultAts = (extendedLength: boolean): Uint8Array =>
  Uint8Array.from([...ATS_INTERFACE_BYTES, ...(extendedLength ? HISTORICAL_EXTENDED_LENGTH : [])]);

export const DEFAULT_EXTENDED_LENGTH = { maxNe: 2048 } as const;

export const DEFAULT_PACE: ChipPaceConfig = { protocol: '0.4.0.127.0.7.2.2.4.2.2', parameterId: 13 };
