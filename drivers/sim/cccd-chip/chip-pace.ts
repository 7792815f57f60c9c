import type { CommandApdu } from '../../emrtd/apdu';
import { bytesEqual } from '../../emrtd/bytes';
import type { SmCipherAlgorithm } from '../../emrtd/crypto/kdf';
import { parseTlvList } from '../../emrtd/lds/tlv';
import { ecDomainById, type EcDomain, type EcPoint } from '../../emrtd/pace/domain-parameters';
import { decodeDynamicAuthData, encodeDynamicAuthData } from '../../emrtd/pace/dynamic-auth-data';
import {
  authenticationToken,
  decodePoint,
  encodePoint,
  encryptNonce,
  mapGenerator,
  nonceLength,
  pacePasswordKey,
  publicKeyDataObject,
  randomScalar,
  sessionKeysFromSecret,
  sharedPoint,
  sharedSecretX,
  type PacePassword,
} from '../../emrtd/pace/pace-compute';
import { encodeOidValue, paceProtocolByOid } from '../../emrtd/pace/pace-protocols';
import type { ChipPaceConfig } from './chip-options';
import { answer, status, type ChipReply } from './chip-reply';

type PaceStep =
  | { readonly step: 'idle' }
  | { readonly step: 'nonce'; readonly password: PacePassword }
  | { readonly step: 'map'; readonly nonce: Uint8Array }
  | { readonly step: 'agree'; readonly mappedG: EcPoint }
  | { readonly step: 'tokens'; readonly chipEph: EcPoint; readonly terminalEph: EcPoint; readonly ksEnc: Uint8Array; readonly ksMac: Uint8Array };

/**
 * Chip side of PACE with ECDH Generic Mapping (ICAO 9303-11 §4.4): MSE:Set AT then the four GENERAL
 * AUTHENTICATE steps. A wrong password only shows at step 4, where the terminal token does not verify:
 * the chip answers 6300 and forgets the attempt.
 */
export class ChipPace {
  private state: PaceStep = { step: 'idle' };
  private readonly algorithm: SmCipherAlgorithm;
  private readonly domain: EcDomain;

  constructor(
    private readonly config: ChipPaceConfig,
    private readonly secrets: { readonly can: string; readonly mrzInformation: string },
    private readonly random: (length: number) => Uint8Array,
    private readonly timing: { readonly ecdhStepMs: number; readonly authenticateMs: number },
  ) {
    const protocol = paceProtocolByOid(config.protocol);
    const domain = ecDomainById(config.parameterId);
    if (protocol === undefined || domain === undefined) throw new RangeError('virtual chip: unsupported PACE configuration');
    this.algorithm = protocol.algorithm;
    this.domain = domain;
  }

  reset(): void {
    this.state = { step: 'idle' };
  }

  /** MSE:Set AT (00 22 C1 A4): 80 protocol OID, 83 password reference, optional 84 parameter ID. */
  setAuthenticationTemplate(cmd: CommandApdu): ChipReply {
    this.reset();
    const dos = parseTlvList(cmd.data ?? new Uint8Array(0));
    if (!dos.ok) return status(0x6a80);
    const get = (tag: number) => dos.value.find((d) => d.tag === tag)?.value;
    const oid = get(0x80);
    const ref = get(0x83);
    const paramId = get(0x84);
    if (oid === undefined || !bytesEqual(oid, encodeOidValue(this.config.protocol))) return status(0x6a80);
    if (paramId !== undefined && (paramId.length !== 1 || paramId[0] !== this.config.parameterId)) return status(0x6a80);
    if (ref === undefined || ref.length !== 1) return status(0x6a80);
    if (ref[0] === 0x01) this.state = { step: 'nonce', password: { kind: 'mrz', mrzInformation: this.secrets.mrzInformation } };
    else if (ref[0] === 0x02) this.state = { step: 'nonce', password: { kind: 'can', can: this.secrets.can } };
    else return status(0x6a88); // PIN/PUK: referenced data not found
    return status(0x9000);
  }

  generalAuthenticate(cmd: CommandApdu): ChipReply {
    const data = cmd.data ?? new Uint8Array(0);
    const s = this.state;
    switch (s.step) {
      case 'idle':
        return status(0x6985);
      case 'nonce': {
        const nonce = this.random(nonceLength(this.algorithm));
        const z = encryptNonce(pacePasswordKey(s.password, this.algorithm), nonce, this.algorithm);
        this.state = { step: 'map', nonce };
        return answer(encodeDynamicAuthData(0x80, z));
      }
      case 'map': {
        const terminalMap = this.point(data, 0x81);
        if (terminalMap === undefined) return this.fail(0x6a80);
        const sk = randomScalar(this.domain, this.random);
        const h = sharedPoint(sk, terminalMap);
        this.state = { step: 'agree', mappedG: mapGenerator(this.domain, s.nonce, h) };
        return answer(encodeDynamicAuthData(0x82, encodePoint(this.domain.Point.BASE.multiply(sk))), { extraMs: this.timing.ecdhStepMs });
      }
      case 'agree': {
        const terminalEph = this.point(data, 0x83);
        if (terminalEph === undefined) return this.fail(0x6a80);
        const sk = randomScalar(this.domain, this.random);
        const chipEph = s.mappedG.multiply(sk);
        if (chipEph.equals(terminalEph)) return this.fail(0x6a80);
        const keys = sessionKeysFromSecret(sharedSecretX(this.domain, sharedPoint(sk, terminalEph)), this.algorithm);
        this.state = { step: 'tokens', chipEph, terminalEph, ...keys };
        return answer(encodeDynamicAuthData(0x84, encodePoint(chipEph)), { extraMs: this.timing.ecdhStepMs });
      }
      case 'tokens': {
        const token = decodeDynamicAuthData(data, 0x85);
        const expected = authenticationToken(this.algorithm, s.ksMac, publicKeyDataObject(this.config.protocol, s.chipEph));
        if (!token.ok || !bytesEqual(token.value, expected)) return this.fail(0x6300);
        const tIc = authenticationToken(this.algorithm, s.ksMac, publicKeyDataObject(this.config.protocol, s.terminalEph));
        const blockSize = this.algorithm === '3DES' ? 8 : 16;
        this.reset();
        return answer(encodeDynamicAuthData(0x86, tIc), {
          extraMs: this.timing.authenticateMs,
          startSession: { keys: { algorithm: this.algorithm, ksEnc: s.ksEnc, ksMac: s.ksMac }, ssc: new Uint8Array(blockSize) },
        });
      }
    }
  }

  private point(data: Uint8Array, tag: number): EcPoint | undefined {
    const r = decodeDynamicAuthData(data, tag);
    return r.ok ? decodePoint(this.domain, r.value) : undefined;
  }

  private fail(sw: number): ChipReply {
    this.reset();
    return status(sw, { extraMs: this.timing.authenticateMs });
  }
}
