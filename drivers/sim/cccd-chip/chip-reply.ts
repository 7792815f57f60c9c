import type { SmKeys } from '../../emrtd/sm/sm-keys';

/** What one inner command handler of the virtual chip answers. */
export interface ChipReply {
  readonly data: Uint8Array;
  readonly sw: number;
  /** Extra card time for this command, ms (crypto). */
  readonly extraMs?: number;
  /** The chip drops its SM keys and answers in plain (DG3 on VN cards). */
  readonly dropSession?: boolean;
  /** Secure messaging starts after this (plain) answer: BAC or PACE succeeded. */
  readonly startSession?: { readonly keys: SmKeys; readonly ssc: Uint8Array };
}

const EMPTY = new Uint8Array(0);

export const status = (sw: number, extra: Partial<ChipReply> = {}): ChipReply => ({ data: EMPTY, sw, ...extra });
export const answer = (data: Uint8Array, extra: Partial<ChipReply> = {}): ChipReply => ({ data, sw: 0x9000, ...extra });
