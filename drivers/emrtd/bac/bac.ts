import { randomBytes } from 'node:crypto';
import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { err, ok, type Result } from '../../result';
import { isAuthenticationFailure, SW_OK, swHex } from '../apdu';
import { wipe } from '../bytes';
import { sendPlain } from '../plain-exchange';
import { openSmSession, type ExchangeOptions, type SmSession } from '../sm/session';
import { acceptChipR, bacCryptogram, openBacCryptogram, terminalS } from './bac-compute';
import { bacInitialSsc, deriveBacKeys, deriveBacSessionKeys } from './bac-keys';

/** Options of performBac. */
export interface BacOptions {
  /** Source of RND.IFD and K.IFD; default node:crypto randomBytes. Tests inject fixed values. */
  readonly random?: (length: number) => Uint8Array;
  readonly exchange?: ExchangeOptions;
}

/**
 * Basic Access Control (ICAO 9303-11 §4.3): GET CHALLENGE, MUTUAL AUTHENTICATE, session keys.
 * The eMRTD application must already be selected (unprotected). Errors:
 *  - "bac.denied": the chip refused the cryptogram (6300/63Cx/6982…) or its answer did not verify: wrong MRZ
 *  - "bac.card-error": any other unexpected status word
 *  - "bac.malformed": a challenge or answer of the wrong length
 *  - transport codes ("card.removed", "card.timeout", …) unchanged
 */
export const performBac = async (
  transceiver: ApduTransceiver,
  mrzInformation: string,
  options: BacOptions = {},
): Promise<Result<SmSession>> => {
  const random = options.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const challenge = await sendPlain(transceiver, { cla: 0x00, ins: 0x84, p1: 0x00, p2: 0x00, ne: 8 }, options.exchange);
  if (!challenge.ok) return challenge;
  if (challenge.value.sw !== SW_OK) return err('bac.card-error', `GET CHALLENGE answered ${swHex(challenge.value.sw)}`);
  const rndIcc = challenge.value.data;
  if (rndIcc.length !== 8) return err('bac.malformed', `GET CHALLENGE returned ${rndIcc.length} bytes, not 8`);

  const keys = deriveBacKeys(mrzInformation);
  const rndIfd = random(8);
  const kIfd = random(16);
  try {
    const cryptogram = bacCryptogram(keys, terminalS(rndIfd, rndIcc, kIfd));
    const answer = await sendPlain(
      transceiver,
      { cla: 0x00, ins: 0x82, p1: 0x00, p2: 0x00, data: cryptogram, ne: 40 },
      options.exchange,
    );
    if (!answer.ok) return answer;
    const { sw, data } = answer.value;
    if (isAuthenticationFailure(sw)) return err('bac.denied', `MUTUAL AUTHENTICATE answered ${swHex(sw)}`);
    if (sw !== SW_OK) return err('bac.card-error', `MUTUAL AUTHENTICATE answered ${swHex(sw)}`);
    if (data.length !== 40) return err('bac.malformed', `MUTUAL AUTHENTICATE returned ${data.length} bytes, not 40`);
    const r = openBacCryptogram(keys, data);
    const kIcc = r === undefined ? undefined : acceptChipR(r, rndIcc, rndIfd);
    if (kIcc === undefined) return err('bac.denied', 'chip cryptogram does not verify');
    const sessionKeys = deriveBacSessionKeys(kIfd, kIcc);
    const session = openSmSession(transceiver, { algorithm: '3DES', ...sessionKeys }, bacInitialSsc(rndIcc, rndIfd));
    wipe(sessionKeys.ksEnc, sessionKeys.ksMac, kIcc);
    return ok(session);
  } finally {
    wipe(kIfd, keys.kSeed, keys.kEnc, keys.kMac);
  }
};
