import type { CommandApdu } from '../../emrtd/apdu';
import { bacCryptogram, openBacCryptogram } from '../../emrtd/bac/bac-compute';
import { bacInitialSsc, deriveBacKeys, deriveBacSessionKeys, type BacKeys } from '../../emrtd/bac/bac-keys';
import { bytesEqual, concatBytes } from '../../emrtd/bytes';
import { answer, status, type ChipReply } from './chip-reply';

/**
 * Chip side of BAC (ICAO 9303-11 §4.3): GET CHALLENGE hands out RND.ICC, MUTUAL AUTHENTICATE checks the
 * terminal cryptogram and answers with the chip's. A wrong MRZ gives 6300; each challenge is single-use.
 */
export class ChipBac {
  private readonly keys: BacKeys;
  private rndIcc: Uint8Array | undefined;

  constructor(
    mrzInformation: string,
    private readonly random: (length: number) => Uint8Array,
    private readonly authenticateMs: number,
  ) {
    this.keys = deriveBacKeys(mrzInformation);
  }

  reset(): void {
    this.rndIcc = undefined;
  }

  getChallenge(cmd: CommandApdu): ChipReply {
    if (cmd.ne !== 8) return status(0x6700);
    this.rndIcc = this.random(8);
    return answer(this.rndIcc.slice());
  }

  mutualAuthenticate(cmd: CommandApdu): ChipReply {
    const rndIcc = this.rndIcc;
    this.rndIcc = undefined;
    if (rndIcc === undefined) return status(0x6985);
    const data = cmd.data;
    if (data === undefined || data.length !== 40) return status(0x6700);
    const s = openBacCryptogram(this.keys, data);
    // S = RND.IFD || RND.ICC || K.IFD: the terminal must echo our challenge.
    if (s === undefined || !bytesEqual(s.subarray(8, 16), rndIcc)) return status(0x6300, { extraMs: this.authenticateMs });
    const rndIfd = s.slice(0, 8);
    const kIfd = s.slice(16, 32);
    const kIcc = this.random(16);
    const reply = bacCryptogram(this.keys, concatBytes(rndIcc, rndIfd, kIcc));
    const { ksEnc, ksMac } = deriveBacSessionKeys(kIfd, kIcc);
    return answer(reply, {
      extraMs: this.authenticateMs,
      startSession: { keys: { algorithm: '3DES', ksEnc, ksMac }, ssc: bacInitialSsc(rndIcc, rndIfd) },
    });
  }
}
