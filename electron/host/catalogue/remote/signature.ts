import { ed25519 } from '@noble/curves/ed25519.js';

/*
 * Remote packs are signed by their publisher with Ed25519 (RFC 8032) over the exact bytes of the
 * single-file pack; the detached signature is 64 bytes written as 128 hex digits (or base64) in a
 * ".sig" file next to the pack. Verification is strict RFC 8032 (zip215: false): a signature that
 * any strict verifier would reject is rejected here too.
 */

export type SignatureCheck = { ok: true } | { ok: false; code: 'pack.signature.format' | 'pack.signature.key' | 'pack.signature.invalid'; detail: string };

/** Parses a key or signature written as hex (whitespace ignored). */
export function parseHex(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return undefined;
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A detached signature file: 128 hex digits, or the base64 of 64 bytes. */
export function parseSignature(text: string): Uint8Array | undefined {
  const hex = parseHex(text);
  if (hex && hex.length === 64) return hex;
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]{86}==$/.test(clean)) return undefined;
  const bytes = Uint8Array.from(Buffer.from(clean, 'base64'));
  return bytes.length === 64 ? bytes : undefined;
}

/** Verifies a detached Ed25519 signature over `message` with a 32-byte public key in hex. Never throws. */
export function verifyPackSignature(message: Uint8Array, signatureText: string, publicKeyHex: string): SignatureCheck {
  const key = parseHex(publicKeyHex);
  if (!key || key.length !== 32) return { ok: false, code: 'pack.signature.key', detail: 'publisher key must be 32 bytes in hex' };
  const sig = parseSignature(signatureText);
  if (!sig) return { ok: false, code: 'pack.signature.format', detail: 'signature must be 64 bytes in hex or base64' };
  let valid = false;
  try {
    valid = ed25519.verify(sig, message, key, { zip215: false });
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, code: 'pack.signature.invalid', detail: 'signature does not match the pack and the publisher key' };
}

/** Signs pack bytes (publisher side, `kiosk content sign`): returns the signature as hex. */
export function signPack(message: Uint8Array, secretKeyHex: string): string {
  const key = parseHex(secretKeyHex);
  if (!key || key.length !== 32) throw new Error('secret key must be 32 bytes in hex');
  return toHex(ed25519.sign(message, key));
}

/** A new publisher key pair, hex. */
export function newPublisherKeys(): { secretKeyHex: string; publicKeyHex: string } {
  const secret = ed25519.utils.randomSecretKey();
  return { secretKeyHex: toHex(secret), publicKeyHex: toHex(ed25519.getPublicKey(secret)) };
}

export const publicKeyOf = (secretKeyHex: string): string => toHex(ed25519.getPublicKey(parseHex(secretKeyHex)!));
