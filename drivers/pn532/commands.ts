import { err, ok, type DriverError, type Result } from '../result';

/** PN532 command codes (UM0701-02 §7, command table); the response code is the command code + 1. */
export const Pn532Command = {
  Diagnose: 0x00,
  GetFirmwareVersion: 0x02,
  SetSerialBaudRate: 0x10,
  SetParameters: 0x12,
  SAMConfiguration: 0x14,
  RFConfiguration: 0x32,
  InDataExchange: 0x40,
  InListPassiveTarget: 0x4a,
  InRelease: 0x52,
} as const;

export type Pn532ResponseError = DriverError<'pn532.response-format'>;
const badResponse = (detail: string) => err('pn532.response-format', detail);

/** GetFirmwareVersion answer (UM §7.2.2): IC 0x32 for a PN532, firmware version and revision, supported protocols. */
export interface FirmwareVersion {
  readonly ic: number;
  readonly version: number;
  readonly revision: number;
  readonly support: { readonly iso14443a: boolean; readonly iso14443b: boolean; readonly iso18092: boolean };
}

export function parseFirmwareVersion(data: Uint8Array): Result<FirmwareVersion, Pn532ResponseError> {
  if (data.length < 4) return badResponse(`GetFirmwareVersion answer of ${data.length} bytes`);
  const support = data[3]!;
  return ok({
    ic: data[0]!,
    version: data[1]!,
    revision: data[2]!,
    support: { iso14443a: (support & 1) !== 0, iso14443b: (support & 2) !== 0, iso18092: (support & 4) !== 0 },
  });
}

/** SAMConfiguration (UM §7.2.10) in normal mode (no SAM). The timeout only matters in virtual-card mode. */
export function samConfigurationParams(options: { timeout50ms?: number; useIrq?: boolean } = {}): Uint8Array {
  return Uint8Array.of(0x01, options.timeout50ms ?? 0x14, options.useIrq === false ? 0x00 : 0x01);
}

/** SetParameters flags (UM §7.2.9). */
export interface Pn532Parameters {
  readonly nadUsed?: boolean;
  readonly didUsed?: boolean;
  readonly automaticAtrRes?: boolean;
  /** fAutomaticRATS: InListPassiveTarget sends RATS itself and returns the ATS (needed for ISO 14443-4 cards). */
  readonly automaticRats?: boolean;
  readonly iso14443_4Picc?: boolean;
  readonly removePrePostAmble?: boolean;
}

export function setParametersParams(p: Pn532Parameters): Uint8Array {
  const flags =
    (p.nadUsed ? 0x01 : 0) |
    (p.didUsed ? 0x02 : 0) |
    (p.automaticAtrRes ? 0x04 : 0) |
    (p.automaticRats ? 0x10 : 0) |
    (p.iso14443_4Picc ? 0x20 : 0) |
    (p.removePrePostAmble ? 0x40 : 0);
  return Uint8Array.of(flags);
}

export function parseSetParametersFlags(flags: number): Required<Pn532Parameters> {
  return {
    nadUsed: (flags & 0x01) !== 0,
    didUsed: (flags & 0x02) !== 0,
    automaticAtrRes: (flags & 0x04) !== 0,
    automaticRats: (flags & 0x10) !== 0,
    iso14443_4Picc: (flags & 0x20) !== 0,
    removePrePostAmble: (flags & 0x40) !== 0,
  };
}

/** RFConfiguration item 0x05, MaxRetries (UM §7.3.1). 0xFF = retry forever; MxRtyPassiveActivation bounds InListPassiveTarget. */
export function rfMaxRetriesParams(r: { atr?: number; psl?: number; passiveActivation: number }): Uint8Array {
  return Uint8Array.of(0x05, r.atr ?? 0xff, r.psl ?? 0x01, r.passiveActivation);
}

/** RFConfiguration item 0x02, various timings (UM §7.3.1): ATR_RES timeout and retry timeout as timeout codes. */
export function rfTimingsParams(t: { atrResTimeout: number; retryTimeout: number }): Uint8Array {
  return Uint8Array.of(0x02, 0x00, t.atrResTimeout, t.retryTimeout);
}

/** RFConfiguration item 0x01, RF field on/off (auto RFCA off). */
export function rfFieldParams(on: boolean): Uint8Array {
  return Uint8Array.of(0x01, on ? 0x01 : 0x00);
}

/**
 * RFConfiguration timeout code for at least `ms` milliseconds: code n (1..16) means 100 µs × 2^(n-1)
 * (0x0B = 102.4 ms, 0x10 = 3.28 s); 0 means no timeout (UM §7.3.1).
 */
export function rfTimeoutCode(ms: number): number {
  for (let n = 1; n <= 0x10; n++) if (0.1 * 2 ** (n - 1) >= ms) return n;
  return 0x10;
}

/** An ISO 14443 type A target found by InListPassiveTarget (106 kbps type A, UM §7.3.5). */
export interface TypeATarget {
  /** Logical target number the PN532 assigned (1 or 2). */
  readonly tg: number;
  /** SENS_RES, as the PN532 reports it (two bytes, first byte high). */
  readonly atqa: number;
  /** SEL_RES. Bit 0x20 set means ISO 14443-4 compliant. */
  readonly sak: number;
  readonly uid: Uint8Array;
  /** Answer To Select without its length byte TL; absent when the card gave none (no RATS). */
  readonly ats?: Uint8Array;
}

/** InListPassiveTarget parameters: MaxTg, BrTy = 0x00 (106 kbps type A). */
export function inListPassiveTargetParams(maxTargets: 1 | 2 = 1): Uint8Array {
  return Uint8Array.of(maxTargets, 0x00);
}

/** Parses NbTg and the type A target data; malformed bytes give a typed error, never a throw. */
export function parseInListPassiveTarget(data: Uint8Array): Result<TypeATarget[], Pn532ResponseError> {
  if (data.length < 1) return badResponse('InListPassiveTarget answer is empty');
  const count = data[0]!;
  if (count > 2) return badResponse(`InListPassiveTarget reports ${count} targets`);
  const targets: TypeATarget[] = [];
  let i = 1;
  for (let t = 0; t < count; t++) {
    if (data.length < i + 5) return badResponse('InListPassiveTarget target data is truncated');
    const tg = data[i]!;
    const atqa = (data[i + 1]! << 8) | data[i + 2]!;
    const sak = data[i + 3]!;
    const uidLength = data[i + 4]!;
    i += 5;
    if (data.length < i + uidLength) return badResponse('InListPassiveTarget UID is truncated');
    const uid = data.slice(i, i + uidLength);
    i += uidLength;
    let ats: Uint8Array | undefined;
    // The ATS follows only for ISO 14443-4 cards when fAutomaticRATS is on; its first byte TL counts itself.
    if ((sak & 0x20) !== 0 && i < data.length) {
      const tl = data[i]!;
      if (tl < 1 || data.length < i + tl) return badResponse('InListPassiveTarget ATS is truncated');
      ats = data.slice(i + 1, i + tl);
      i += tl;
    }
    targets.push(ats ? { tg, atqa, sak, uid, ats } : { tg, atqa, sak, uid });
  }
  return ok(targets);
}

/** InDataExchange parameters (UM §7.3.8): Tg with bit 6 (MI) set when more command data follows. */
export function inDataExchangeParams(tg: number, dataOut: Uint8Array, moreInformation: boolean): Uint8Array {
  const out = new Uint8Array(dataOut.length + 1);
  out[0] = (tg & 0x3f) | (moreInformation ? 0x40 : 0);
  out.set(dataOut, 1);
  return out;
}

/** Splits a Status-first answer (InDataExchange, InRelease, Diagnose 0x06). */
export function parseStatusAnswer(data: Uint8Array): Result<{ status: number; data: Uint8Array }, Pn532ResponseError> {
  if (data.length < 1) return badResponse('answer has no status byte');
  return ok({ status: data[0]!, data: data.slice(1) });
}

/** Largest DataOut/DataIn of one InDataExchange (UM §7.3.8). */
export const MAX_IN_DATA_EXCHANGE_BYTES = 262;

/** HSU baud rates for SetSerialBaudRate (UM §7.2.8): code → bits per second. */
export const SERIAL_BAUD_RATES: ReadonlyMap<number, number> = new Map([
  [0x00, 9600], [0x01, 19200], [0x02, 38400], [0x03, 57600], [0x04, 115200],
  [0x05, 230400], [0x06, 460800], [0x07, 921600], [0x08, 1288000],
]);

export function setSerialBaudRateParams(baudRate: number): Result<Uint8Array, DriverError<'pn532.invalid-baud-rate'>> {
  for (const [code, rate] of SERIAL_BAUD_RATES) if (rate === baudRate) return ok(Uint8Array.of(code));
  return err('pn532.invalid-baud-rate', `${baudRate} is not a PN532 HSU baud rate`);
}
