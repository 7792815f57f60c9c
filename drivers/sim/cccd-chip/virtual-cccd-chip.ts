import { randomBytes } from 'node:crypto';
import { joinResponse, type CommandApdu } from '../../emrtd/apdu';
import { concatBytes } from '../../emrtd/bytes';
import { parseCommandApdu } from '../../iso7816/command-apdu';
import { protectResponse, unprotectCommand } from '../../emrtd/sm/card-side';
import { createSmCipher, incrementSsc, type SmCipher } from '../../emrtd/sm/sm-keys';
import { CardRemoved, type VirtualCard } from '../virtual-card';
import { ChipBac } from './chip-bac';
import { ChipFileSystem, toFileMap } from './chip-file-system';
import { DEFAULT_CHIP_TIMING, DEFAULT_EXTENDED_LENGTH, DEFAULT_PACE, defaultAts, type ChipFaults, type ChipTiming, type VirtualCccdChipOptions } from './chip-options';
import { ChipPace } from './chip-pace';
import { status, type ChipReply } from './chip-reply';

const SW_SM_INCORRECT = 0x6988;

/**
 * A virtual CCCD chip: the card side of ICAO 9303 (BAC, PACE ECDH-GM, Secure Messaging, the LDS file
 * system) with the quirks of Vietnamese cards from cccd.md (SELECT MF → 6D00, DG3 → 6982 that drops SM,
 * any SM error drops the keys), timing per APDU, and fault injection. Product code: the simulator and the
 * demo configuration use it, not only tests.
 */
export class VirtualCccdChip implements VirtualCard {
  readonly uid: Uint8Array;
  readonly atqa = 0x0004;
  readonly sak = 0x20;
  readonly ats: Uint8Array;

  private readonly timing: ChipTiming;
  private readonly faults: ChipFaults;
  private readonly fs: ChipFileSystem;
  private readonly bac: ChipBac | undefined;
  private readonly pace: ChipPace | undefined;
  private readonly smFailuresAt: ReadonlySet<number>;
  private session: { cipher: SmCipher; ssc: Uint8Array } | undefined;
  private removed = false;
  /** The removeAfterApdus fault fires once; after reset() the card stays in the field. */
  private removalFired = false;
  private apduCount = 0;
  private protectedCount = 0;

  constructor(options: VirtualCccdChipOptions) {
    const random = options.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
    this.timing = { ...DEFAULT_CHIP_TIMING, ...options.timing };
    this.faults = options.faults ?? {};
    const extended = options.extendedLength === undefined ? DEFAULT_EXTENDED_LENGTH : options.extendedLength;
    this.fs = new ChipFileSystem(toFileMap(options.files), this.faults, extended === false ? 256 : extended.maxNe);
    this.bac = options.bac === false ? undefined : new ChipBac(options.mrzInformation, random, this.timing.authenticateMs);
    const pace = options.pace === undefined ? DEFAULT_PACE : options.pace;
    this.pace = pace === null ? undefined : new ChipPace(pace, options, random, this.timing);
    const at = this.faults.smFailureAfterProtectedApdus;
    this.smFailuresAt = new Set(at === undefined ? [] : typeof at === 'number' ? [at] : at);
    this.uid = options.uid?.slice() ?? concatBytes(Uint8Array.of(0x08), random(3));
    this.ats = options.ats?.slice() ?? defaultAts(extended !== false);
  }

  /** The card (re-)enters the field: all session state is gone, a removed card is back. */
  reset(): void {
    this.removed = false;
    this.dropSession();
    this.fs.reset();
    this.bac?.reset();
    this.pace?.reset();
  }

  /** APDUs and protected APDUs seen since construction (for tests and the benchmark). */
  get counters(): { readonly apdus: number; readonly protectedApdus: number; readonly secureMessaging: boolean } {
    return { apdus: this.apduCount, protectedApdus: this.protectedCount, secureMessaging: this.session !== undefined };
  }

  transmit(commandApdu: Uint8Array): { response: Uint8Array; cardTimeMs: number } {
    this.apduCount++;
    const limit = this.faults.removeAfterApdus;
    if (this.removed || (limit !== undefined && !this.removalFired && this.apduCount > limit)) {
      this.removed = true;
      this.removalFired = true;
      this.dropSession();
      throw new CardRemoved();
    }
    const { response, extraMs } = this.process(commandApdu);
    const t = this.timing;
    return { response, cardTimeMs: t.perApduMs + t.perByteMs * (commandApdu.length + response.length) + extraMs };
  }

  private process(apdu: Uint8Array): { response: Uint8Array; extraMs: number } {
    const cla = apdu[0] ?? 0;
    if ((cla & 0x0c) === 0x0c) return this.processProtected(apdu);
    // A plain command ends any SM session (the chip deletes its keys), then runs unauthenticated.
    this.dropSession();
    const parsed = parseCommandApdu(apdu);
    const reply = parsed.ok ? this.execute(parsed.value, false) : status(0x6700);
    if (reply.startSession !== undefined) {
      this.session = { cipher: createSmCipher(reply.startSession.keys), ssc: reply.startSession.ssc.slice() };
    }
    return { response: joinResponse(reply.data, reply.sw), extraMs: reply.extraMs ?? 0 };
  }

  private processProtected(apdu: Uint8Array): { response: Uint8Array; extraMs: number } {
    const smMs = this.timing.secureMessagingMs;
    const session = this.session;
    if (session === undefined) return { response: joinResponse(new Uint8Array(0), SW_SM_INCORRECT), extraMs: 0 };
    this.protectedCount++;
    if (this.smFailuresAt.has(this.protectedCount - 1)) {
      this.dropSession();
      return { response: joinResponse(new Uint8Array(0), SW_SM_INCORRECT), extraMs: smMs };
    }
    session.ssc = incrementSsc(session.ssc);
    const unwrapped = unprotectCommand(session.cipher, session.ssc, apdu);
    if (!unwrapped.ok) {
      this.dropSession();
      return { response: joinResponse(new Uint8Array(0), unwrapped.error.sw ?? SW_SM_INCORRECT), extraMs: smMs };
    }
    const reply = this.execute(unwrapped.value, true);
    if (reply.dropSession === true) {
      this.dropSession();
      return { response: joinResponse(new Uint8Array(0), reply.sw), extraMs: smMs };
    }
    session.ssc = incrementSsc(session.ssc);
    const response = protectResponse(session.cipher, session.ssc, reply.data, reply.sw, (unwrapped.value.ins & 1) === 1);
    return { response, extraMs: smMs + (reply.extraMs ?? 0) };
  }

  private execute(cmd: CommandApdu, secure: boolean): ChipReply {
    const plainOnly = (handler: () => ChipReply): ChipReply => (secure ? status(0x6985) : handler());
    switch (cmd.ins) {
      case 0xa4:
        return this.fs.select(cmd, secure);
      case 0xb0:
      case 0xb1:
        return this.fs.readBinary(cmd, secure);
      case 0x84: {
        const bac = this.bac;
        if (bac === undefined) return status(0x6d00);
        return plainOnly(() => (this.fs.applicationSelected ? bac.getChallenge(cmd) : status(0x6985)));
      }
      case 0x82: {
        const bac = this.bac;
        if (bac === undefined) return status(0x6d00);
        return plainOnly(() => bac.mutualAuthenticate(cmd));
      }
      case 0x22: {
        const pace = this.pace;
        if (pace === undefined) return status(0x6d00);
        if (cmd.p1 !== 0xc1 || cmd.p2 !== 0xa4) return status(0x6a86);
        return plainOnly(() => pace.setAuthenticationTemplate(cmd));
      }
      case 0x86: {
        const pace = this.pace;
        if (pace === undefined) return status(0x6d00);
        return plainOnly(() => pace.generalAuthenticate(cmd));
      }
      default:
        return status(0x6d00);
    }
  }

  private dropSession(): void {
    this.session?.cipher.destroy();
    this.session = undefined;
  }
}
