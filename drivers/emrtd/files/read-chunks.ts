import { err, ok, type Result } from '../../result';
import { swHex, type CardResponse, type CommandApdu } from '../apdu';
import { concatBytes, uintToBytes } from '../bytes';
import { encodeTlv, parseTlv } from '../lds/tlv';
import type { SmFailure } from '../sm/sm-error';
import type { EmrtdFile } from './emrtd-files';

/** Sends one (already protected or plain) command; errors are transport or SM failures. */
export type Transmit = (command: CommandApdu) => Promise<Result<CardResponse, SmFailure>>;

/** Where a file read stands; survives a change of session so a read resumes from `offset`. */
export interface ReadState {
  /** Bytes received so far (all of them until `total` is known). */
  received: Uint8Array[];
  offset: number;
  /** Whole file length once the TLV header was seen. */
  total?: number;
  /** Plaintext bytes asked per READ BINARY; steps down on 6700 / takes the length of 6Cxx. */
  chunk: number;
  /** True after SFI-based reading failed once: select by FID from then on. */
  sfiRefused: boolean;
  commands: number;
}

export interface ChunkOptions {
  readonly selectBy: 'sfi' | 'fid';
  /** Refuse files whose TLV header declares more than this many bytes. */
  readonly maxFileBytes: number;
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
}

/** Smaller chunk sizes to fall back to when the card answers 6700 (wrong length). */
const CHUNK_LADDER = [223, 160, 128, 96, 64, 32, 16];

const stepDown = (chunk: number): number | undefined => CHUNK_LADDER.find((c) => c < chunk);

/** Length of a BER-TLV header (tag + length) and the value length it announces, once enough bytes are there. */
const peekTlvHeader = (bytes: Uint8Array): { header: number; length: number } | 'need-more' | 'bad' => {
  if (bytes.length < 2) return 'need-more';
  let pos = 1;
  if (((bytes[0] ?? 0) & 0x1f) === 0x1f) {
    while (pos < bytes.length && ((bytes[pos] ?? 0) & 0x80) !== 0) pos++;
    pos++;
    if (pos > 4) return 'bad';
  }
  if (pos >= bytes.length) return 'need-more';
  const first = bytes[pos] ?? 0;
  pos++;
  if (first < 0x80) return { header: pos, length: first };
  const count = first & 0x7f;
  if (count === 0 || count > 3) return 'bad';
  if (pos + count > bytes.length) return 'need-more';
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[pos + i] ?? 0);
  return { header: pos + count, length };
};

const readBinary = (file: EmrtdFile, state: ReadState, selected: boolean): CommandApdu => {
  const { offset } = state;
  const remaining = state.total === undefined ? Infinity : state.total - offset;
  const chunk = Math.min(state.chunk, remaining);
  if (!selected) {
    // READ BINARY with SFI (ISO 7816-4 §11.3.3): P1 = 100x xxxx selects the file, P2 is the offset.
    return { cla: 0, ins: 0xb0, p1: 0x80 | (file.sfi ?? 0), p2: offset, ne: chunk };
  }
  if (offset <= 0x7fff) return { cla: 0, ins: 0xb0, p1: offset >> 8, p2: offset & 0xff, ne: chunk };
  // Offsets past 15 bits need the odd INS B1 with the offset in data object 54 (ISO 7816-4 §11.3.3).
  const offsetBytes = uintToBytes(offset, offset > 0xffff ? 3 : 2);
  // Its answer is wrapped in data object 53 (up to 4 header bytes), so ask for that much more when near the end.
  return { cla: 0, ins: 0xb1, p1: 0, p2: 0, data: encodeTlv(0x54, offsetBytes), ne: Math.min(state.chunk, remaining + 4) };
};

/**
 * Reads a transparent file chunk by chunk from `state.offset` until its TLV length is complete, over one
 * channel (plain or one SM session). Returns the transmit error unchanged when the channel fails, with
 * `state` left at the offset reached so a caller can re-authenticate and call again.
 */
export const readChunks = async (
  transmit: Transmit,
  file: EmrtdFile,
  state: ReadState,
  options: ChunkOptions,
): Promise<Result<Uint8Array, SmFailure>> => {
  let selected = false;
  for (;;) {
    if (state.total !== undefined && state.offset >= state.total) {
      return ok(concatBytes(...state.received).slice(0, state.total));
    }
    const useSfi = !selected && options.selectBy === 'sfi' && !state.sfiRefused && file.sfi !== undefined && state.offset <= 0xff;
    if (!selected && !useSfi) {
      state.commands++;
      const sel = await transmit({ cla: 0, ins: 0xa4, p1: 0x02, p2: 0x0c, data: uintToBytes(file.fid, 2) });
      if (!sel.ok) return sel;
      if (sel.value.sw === 0x6a82) return err('file.not-found', `SELECT ${file.name} answered 6A82`);
      if (sel.value.sw === 0x6982) return err('file.access-denied', `SELECT ${file.name} answered 6982`);
      if (sel.value.sw !== 0x9000) return err('file.read-failed', `SELECT ${file.name} answered ${swHex(sel.value.sw)}`);
      selected = true;
      continue;
    }
    const command = readBinary(file, state, selected);
    state.commands++;
    const r = await transmit(command);
    if (!r.ok) return r;
    const { sw } = r.value;
    let data = r.value.data;
    if (sw === 0x6700 || (sw & 0xff00) === 0x6c00) {
      const exact = sw & 0xff;
      const next = (sw & 0xff00) === 0x6c00 && exact > 0 && exact < state.chunk ? exact : stepDown(state.chunk);
      if (next === undefined) return err('file.read-failed', `card refuses every chunk size (${swHex(sw)})`);
      state.chunk = next;
      continue;
    }
    if (sw !== 0x9000 && sw !== 0x6282) {
      if (useSfi && sw !== 0x6a82) {
        state.sfiRefused = true; // e.g. 6A86/6B00/6D00: this card does not read by SFI; select by FID instead
        continue;
      }
      if (sw === 0x6a82) return err('file.not-found', `${file.name} answered 6A82`);
      if (sw === 0x6982) return err('file.access-denied', `reading ${file.name} answered 6982`);
      return err('file.read-failed', `reading ${file.name} at offset ${state.offset} answered ${swHex(sw)}`);
    }
    selected = true;
    if (command.ins === 0xb1) {
      const wrapped = parseTlv(data);
      if (!wrapped.ok || wrapped.value.tag !== 0x53) return err('file.malformed', 'B1 answer is not a 53 data object');
      data = wrapped.value.value;
    }
    if (data.length === 0) return err('file.read-failed', `${file.name} returned no data before its end`);
    state.received.push(data.slice());
    state.offset += data.length;
    if (state.total === undefined) {
      const head = peekTlvHeader(concatBytes(...state.received));
      if (head === 'bad') return err('file.malformed', `${file.name} does not start with a TLV header`);
      if (head !== 'need-more') {
        const total = head.header + head.length;
        if (total > options.maxFileBytes) return err('file.malformed', `${file.name} declares ${total} bytes`);
        state.total = total;
      } else if (sw === 0x6282) {
        return err('file.malformed', `${file.name} ended inside its TLV header`);
      }
    }
    if (state.total !== undefined && state.offset < state.total && sw === 0x6282) {
      return err('file.malformed', `${file.name} ended at ${state.offset} of ${state.total} bytes`);
    }
    options.onProgress?.(Math.min(state.offset, state.total ?? state.offset), state.total);
  }
};
