import { randomBytes } from 'node:crypto';
import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { err, ok, type Result } from '../../result';
import { isAuthenticationFailure, SW_OK, swHex, type CardResponse } from '../apdu';
import { bytesEqual, concatBytes, wipe } from '../bytes';
import { encodeTlv } from '../lds/tlv';
import { sendPlain } from '../plain-exchange';
import { openSmSession, type ExchangeOptions, type SmSession } from '../sm/session';
import { blockSizeOf } from '../sm/sm-keys';
import { ecDomainById } from './domain-parameters';
import { decodeDynamicAuthData, encodeDynamicAuthData } from './dynamic-auth-data';
import {
  authenticationToken,
  decodePoint,
  decryptNonce,
  encodePoint,
  mapGenerator,
  nonceLength,
  pacePasswordKey,
  passwordReference,
  publicKeyDataObject,
  randomScalar,
  sessionKeysFromSecret,
  sharedPoint,
  sharedSecretX,
  type PacePassword,
} from './pace-compute';
import { encodeOidValue, paceProtocolByOid } from './pace-protocols';

/** What PACE needs from a PACEInfo of EF.CardAccess. */
export interface PaceParameters {
  /** Dotted protocol OID, e.g. "0.4.0.127.0.7.2.2.4.2.2". */
  readonly protocol: string;
  /** Standardized domain parameter ID (13 = brainpoolP256r1 on VN cards). */
  readonly parameterId: number;
  /**
   * Send the parameter ID in MSE:Set AT (data object 84). ICAO 9303-11 §4.4.4.1 requires it only when
   * the chip offers more than one set of domain parameters; default false (as in Appendix G.1).
   */
  readonly sendParameterId?: boolean;
}

export interface PaceOptions {
  /** Source of the private keys; default node:crypto randomBytes. Tests inject Appendix G.1 keys. */
  readonly random?: (length: number) => Uint8Array;
  readonly exchange?: ExchangeOptions;
}

/**
 * PACE with ECDH Generic Mapping (ICAO 9303-11 §4.4): MSE:Set AT, then four GENERAL AUTHENTICATE steps
 * (encrypted nonce; mapping; ephemeral key agreement; mutual authentication tokens). Resolves with an SM
 * session whose SSC starts at zero. Errors:
 *  - "pace.unsupported": protocol or domain parameters this driver does not implement
 *  - "pace.denied": the chip refused the password (63xx/6982 at any step) or its token did not verify
 *  - "pace.card-error": another unexpected status word
 *  - "pace.malformed": a response that does not parse or an invalid curve point
 *  - transport codes ("card.removed", …) unchanged
 */
export const performPace = async (
  transceiver: ApduTransceiver,
  password: PacePassword,
  parameters: PaceParameters,
  options: PaceOptions = {},
): Promise<Result<SmSession>> => {
  const protocol = paceProtocolByOid(parameters.protocol);
  if (protocol === undefined) return err('pace.unsupported', `PACE protocol ${parameters.protocol} is not implemented`);
  const domain = ecDomainById(parameters.parameterId);
  if (domain === undefined) return err('pace.unsupported', `domain parameters ${parameters.parameterId} are not implemented`);
  const random = options.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const { algorithm } = protocol;

  const step = async (name: string, command: Parameters<typeof sendPlain>[1]): Promise<Result<CardResponse>> => {
    const r = await sendPlain(transceiver, command, options.exchange);
    if (!r.ok) return r;
    const { sw } = r.value;
    if (isAuthenticationFailure(sw)) return err('pace.denied', `${name} answered ${swHex(sw)}`);
    if (sw !== SW_OK) return err('pace.card-error', `${name} answered ${swHex(sw)}`);
    return r;
  };
  const generalAuthenticate = (name: string, last: boolean, data: Uint8Array) =>
    step(name, { cla: last ? 0x00 : 0x10, ins: 0x86, p1: 0x00, p2: 0x00, data, ne: 256 });

  // MSE:Set AT for mutual authentication (§4.4.4.1): 80 protocol OID, 83 password reference, [84 parameter ID].
  const mseData = concatBytes(
    encodeTlv(0x80, encodeOidValue(protocol.oid)),
    encodeTlv(0x83, Uint8Array.of(passwordReference(password))),
    parameters.sendParameterId === true ? encodeTlv(0x84, Uint8Array.of(parameters.parameterId)) : new Uint8Array(0),
  );
  const mse = await step('MSE:Set AT', { cla: 0x00, ins: 0x22, p1: 0xc1, p2: 0xa4, data: mseData });
  if (!mse.ok) return mse;

  // Step 1: encrypted nonce z; s = D(K_π, z).
  const step1 = await generalAuthenticate('GENERAL AUTHENTICATE 1', false, encodeDynamicAuthData());
  if (!step1.ok) return step1;
  const z = decodeDynamicAuthData(step1.value.data, 0x80);
  if (!z.ok) return z;
  if (z.value.length !== nonceLength(algorithm)) return err('pace.malformed', 'encrypted nonce has the wrong length');
  const kPi = pacePasswordKey(password, algorithm);
  const nonce = decryptNonce(kPi, z.value, algorithm);
  wipe(kPi);

  // Step 2: Generic Mapping. H = SK_map · PK_map,IC; G' = s·G + H.
  const skMap = randomScalar(domain, random);
  const pkMap = domain.Point.BASE.multiply(skMap);
  const step2 = await generalAuthenticate('GENERAL AUTHENTICATE 2', false, encodeDynamicAuthData(0x81, encodePoint(pkMap)));
  if (!step2.ok) return step2;
  const chipMapData = decodeDynamicAuthData(step2.value.data, 0x82);
  if (!chipMapData.ok) return chipMapData;
  const chipPkMap = decodePoint(domain, chipMapData.value);
  if (chipPkMap === undefined) return err('pace.malformed', 'chip mapping key is not a point on the curve');
  const mappedG = mapGenerator(domain, nonce, sharedPoint(skMap, chipPkMap));
  wipe(nonce);

  // Step 3: ephemeral key agreement on G'.
  const skEph = randomScalar(domain, random);
  const pkEph = mappedG.multiply(skEph);
  const step3 = await generalAuthenticate('GENERAL AUTHENTICATE 3', false, encodeDynamicAuthData(0x83, encodePoint(pkEph)));
  if (!step3.ok) return step3;
  const chipEphData = decodeDynamicAuthData(step3.value.data, 0x84);
  if (!chipEphData.ok) return chipEphData;
  const chipPkEph = decodePoint(domain, chipEphData.value);
  if (chipPkEph === undefined) return err('pace.malformed', 'chip ephemeral key is not a point on the curve');
  // §4.4.3.4: the terminal must check that the two ephemeral public keys differ.
  if (chipPkEph.equals(pkEph)) return err('pace.malformed', 'chip echoed the terminal ephemeral key');
  const k = sharedSecretX(domain, sharedPoint(skEph, chipPkEph));
  const keys = sessionKeysFromSecret(k, algorithm);
  wipe(k);

  // Step 4: mutual authentication tokens over the other side's ephemeral public key.
  const tIfd = authenticationToken(algorithm, keys.ksMac, publicKeyDataObject(protocol.oid, chipPkEph));
  const step4 = await generalAuthenticate('GENERAL AUTHENTICATE 4', true, encodeDynamicAuthData(0x85, tIfd));
  if (!step4.ok) return step4;
  const tIc = decodeDynamicAuthData(step4.value.data, 0x86);
  if (!tIc.ok) return tIc;
  const expected = authenticationToken(algorithm, keys.ksMac, publicKeyDataObject(protocol.oid, pkEph));
  if (!bytesEqual(expected, tIc.value)) return err('pace.denied', 'chip authentication token does not verify');

  const session = openSmSession(transceiver, { algorithm, ...keys }, new Uint8Array(blockSizeOf(algorithm)));
  wipe(keys.ksEnc, keys.ksMac);
  return ok(session);
};
