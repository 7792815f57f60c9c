import type { CommandApdu } from '../../emrtd/apdu';
import { EMRTD_AID } from '../../emrtd/access/emrtd-aid';
import { bytesEqual } from '../../emrtd/bytes';
import { EMRTD_FILES, type EmrtdFileName } from '../../emrtd/files/emrtd-files';
import { encodeTlv, parseTlv } from '../../emrtd/lds/tlv';
import type { ChipFaults } from './chip-options';
import { status, type ChipReply } from './chip-reply';

const FID_CARD_ACCESS = 0x011c;
const FID_DG3 = 0x0103;

export const toFileMap = (
  files: ReadonlyMap<number, Uint8Array> | Readonly<Partial<Record<EmrtdFileName, Uint8Array>>>,
): Map<number, Uint8Array> => {
  if (files instanceof Map) return new Map([...files].map(([fid, bytes]) => [fid, bytes.slice()]));
  const out = new Map<number, Uint8Array>();
  for (const [name, bytes] of Object.entries(files) as [EmrtdFileName, Uint8Array | undefined][]) {
    const f = EMRTD_FILES.get(name);
    if (f !== undefined && bytes !== undefined) out.set(f.fid, bytes.slice());
  }
  return out;
};

const fidOfSfi = (sfi: number): number | undefined => [...EMRTD_FILES.values()].find((f) => f.sfi === sfi)?.fid;

/**
 * The chip's file system as a VN CCCD shows it (cccd.md): SELECT MF answers 6D00; EF.CardAccess is
 * readable without authentication; everything in the eMRTD application needs Secure Messaging; DG3
 * answers 6982 and kills the session.
 */
export class ChipFileSystem {
  private appSelected = false;
  private current: number | undefined;

  constructor(
    private readonly files: ReadonlyMap<number, Uint8Array>,
    private readonly faults: ChipFaults,
    /** Largest Ne a READ BINARY may ask: 256 without extended length. */
    private readonly maxNe = 256,
  ) {}

  reset(): void {
    this.appSelected = false;
    this.current = undefined;
  }

  get applicationSelected(): boolean {
    return this.appSelected;
  }

  select(cmd: CommandApdu, secure: boolean): ChipReply {
    const data = cmd.data ?? new Uint8Array(0);
    if (cmd.p1 === 0x00) return status(0x6d00); // VN cards: SELECT MF is not supported
    if (cmd.p1 === 0x04) {
      if (!bytesEqual(data, EMRTD_AID)) return status(0x6a82);
      this.appSelected = true;
      this.current = undefined;
      return status(0x9000);
    }
    if (cmd.p1 !== 0x02 || data.length !== 2) return status(0x6a86);
    const fid = ((data[0] ?? 0) << 8) | (data[1] ?? 0);
    const denied = this.accessDenied(fid, secure);
    if (denied !== undefined) return denied;
    if (!this.files.has(fid)) return status(0x6a82);
    this.current = fid;
    return status(0x9000);
  }

  readBinary(cmd: CommandApdu, secure: boolean): ChipReply {
    let fid = this.current;
    let offset: number;
    if (cmd.ins === 0xb0 && (cmd.p1 & 0x80) !== 0) {
      fid = fidOfSfi(cmd.p1 & 0x1f);
      if (fid === undefined) return status(0x6a82);
      const denied = this.accessDenied(fid, secure);
      if (denied !== undefined) return denied;
      if (!this.files.has(fid)) return status(0x6a82);
      this.current = fid;
      offset = cmd.p2;
    } else if (cmd.ins === 0xb0) {
      offset = ((cmd.p1 & 0x7f) << 8) | cmd.p2;
    } else {
      const od = parseTlv(cmd.data ?? new Uint8Array(0));
      if (!od.ok || od.value.tag !== 0x54 || od.value.length < 1 || od.value.length > 3) return status(0x6a80);
      offset = 0;
      for (const b of od.value.value) offset = offset * 256 + b;
    }
    if (fid === undefined) return status(0x6986); // no current EF
    const denied = this.accessDenied(fid, secure);
    if (denied !== undefined) return denied;
    const file = this.files.get(fid);
    if (file === undefined) return status(0x6a82);
    const ne = cmd.ne ?? 256;
    const small = this.faults.smallBuffer;
    if (small !== undefined && ne > small.maxLe) return status(small.answer === '6700' ? 0x6700 : 0x6c00 | (small.maxLe & 0xff));
    if (ne > this.maxNe) return status(0x6700); // no extended length, or more than its buffer
    if (offset > file.length) return status(0x6b00);
    if (cmd.ins === 0xb0) {
      const chunk = file.subarray(offset, offset + ne);
      return { data: chunk.slice(), sw: chunk.length < ne ? 0x6282 : 0x9000 };
    }
    // B1: answer data object 53 holding as many bytes as fit in Ne with its header.
    let n = Math.min(file.length - offset, Math.max(0, ne - 2));
    if (n >= 0x80) n = Math.min(n, ne - 3);
    if (n >= 0x100) n = Math.min(n, ne - 4);
    if (n <= 0) return status(0x6700);
    const wrapped = encodeTlv(0x53, file.subarray(offset, offset + n));
    return { data: wrapped, sw: offset + n >= file.length && wrapped.length < ne ? 0x6282 : 0x9000 };
  }

  private accessDenied(fid: number, secure: boolean): ChipReply | undefined {
    if (fid === FID_CARD_ACCESS) return undefined;
    if (!this.appSelected || !secure) return status(0x6982);
    if (fid === FID_DG3) return status(0x6982, { dropSession: true }); // needs Terminal Authentication
    return undefined;
  }
}
