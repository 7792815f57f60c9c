import { asciiBytes, concatBytes, hexToBytes } from '../../../emrtd/bytes';
import type { EmrtdFileName } from '../../../emrtd/files/emrtd-files';
import { encodeTlv } from '../../../emrtd/lds/tlv';

/**
 * Minimal, structurally valid LDS files for protocol tests of the virtual chip (not realistic card
 * content: a later helper builds those from card profiles). Every file is one outer TLV, which is all
 * the file reader relies on.
 */
export interface MinimalFilesOptions {
  /** Size of DG2's value in bytes; default 40 000, enough to need READ BINARY B1 past offset 32767. */
  readonly dg2ValueBytes?: number;
  /** Include EF.CardAccess declaring PACE (default true); false models a BAC-only chip. */
  readonly cardAccess?: boolean;
}

/** EF.CardAccess of ICAO 9303-11 G.1 / VN cards: PACEInfo id-PACE-ECDH-GM-AES-CBC-CMAC-128, v2, parameter 13. */
export const VN_CARD_ACCESS = hexToBytes('31143012060A04007F0007020204020202010202010D');

/** A deterministic filler so a test can spot any byte read from the wrong offset. */
export const patternBytes = (length: number, seed = 1): Uint8Array =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17 + (i >> 8)) & 0xff);

export const buildMinimalFiles = (options: MinimalFilesOptions = {}): Partial<Record<EmrtdFileName, Uint8Array>> => {
  const line = (text: string) => text.padEnd(30, '<').slice(0, 30);
  const mrz = line('IDVNM0123456788079012345678<<') + line('7908150M3408150VNM') + line('NGUYEN<<VAN<AN');
  const files: Partial<Record<EmrtdFileName, Uint8Array>> = {
    COM: encodeTlv(0x60, concatBytes(encodeTlv(0x5f01, asciiBytes('0107')), encodeTlv(0x5f36, asciiBytes('040000')), encodeTlv(0x5c, Uint8Array.of(0x61, 0x75, 0x63, 0x6d, 0x6e, 0x6f)))),
    DG1: encodeTlv(0x61, encodeTlv(0x5f1f, asciiBytes(mrz))),
    DG2: encodeTlv(0x75, patternBytes(options.dg2ValueBytes ?? 40_000, 2)),
    DG3: encodeTlv(0x63, patternBytes(64, 3)),
    DG13: encodeTlv(0x6d, patternBytes(300, 13)),
    DG14: encodeTlv(0x6e, patternBytes(120, 14)),
    SOD: encodeTlv(0x77, patternBytes(1500, 29)),
  };
  if (options.cardAccess !== false) files.CardAccess = VN_CARD_ACCESS;
  return files;
};
