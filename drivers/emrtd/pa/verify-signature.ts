import { constants, createHash, verify } from 'node:crypto';
import { err, ok, type Result } from '../../result';
import type { HashName, SignatureScheme } from './algorithms';
import type { PublicKey } from './public-key';

export const digest = (hash: HashName, data: Uint8Array): Uint8Array => new Uint8Array(createHash(hash).update(data).digest());

/**
 * Checks `signature` over `data` with `key` under `scheme`. ok(false) means the signature is wrong;
 * an error means it cannot be checked at all (key and scheme do not fit, or the scheme is unsupported).
 */
export function verifySignature(scheme: SignatureScheme, key: PublicKey, data: Uint8Array, signature: Uint8Array): Result<boolean> {
  if (scheme.kind === 'ecdsa') {
    if (key.kind !== 'ec') return err('pa.key-mismatch', 'ECDSA signature but the key is not an EC key');
    const hash = digest(scheme.hash, data);
    try {
      // prehash false: we hash with the SignerInfo's own hash; noble truncates it to the order's bit length
      // (X9.62). lowS false: card signers do not normalise S (noble's default would reject half of them).
      return ok(key.curve.ecdsa.verify(signature, hash, key.point, { prehash: false, lowS: false, format: scheme.encoding }));
    } catch {
      return ok(false); // a signature that does not even decode is a wrong signature
    }
  }
  if (key.kind !== 'rsa') return err('pa.key-mismatch', 'RSA signature but the key is not an RSA key');
  if (scheme.kind === 'rsa-pss' && scheme.mgf1Hash !== scheme.hash) {
    // node:crypto ties MGF1's hash to the message hash; no ICAO profile uses different ones.
    return err('pa.unsupported-algorithm', 'RSASSA-PSS with an MGF1 hash different from the message hash');
  }
  try {
    const options =
      scheme.kind === 'rsa-pss'
        ? { key: key.keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: scheme.saltLength }
        : { key: key.keyObject, padding: constants.RSA_PKCS1_PADDING };
    return ok(verify(scheme.hash, data, options, signature));
  } catch {
    return ok(false);
  }
}
