import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Staff PINs stored as memory-hard scrypt hashes (RFC 7914) in a self-describing text form:
 * `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`. The parameters travel with the hash so they
 * can be raised later; `needsRehash` tells the sign-in to upgrade an old hash after a good PIN.
 */
export interface PinHashParams {
  /** log2 of the CPU/memory cost N. 16 → N = 65 536, 64 MiB with r = 8 (about 0.1–0.2 s on a kiosk PC). */
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * The default cost. A 6-digit PIN has only 10^6 values, so the hash cannot make it strong; it makes an
 * offline search of a stolen database slow (days per account) while the online path is guarded by the
 * lockout (accounts/lockout.ts).
 */
export const DEFAULT_PIN_PARAMS: PinHashParams = { log2N: 16, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scryptAsync(pin: string, salt: Buffer, params: PinHashParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  // scrypt needs 128·N·r bytes; Node refuses above `maxmem` (32 MiB by default), so allow that plus slack.
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 128 * N * params.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFC'), salt, KEY_LENGTH, options, (e, key) => (e ? reject(e) : resolve(key)));
  });
}

export async function hashPin(pin: string, params: PinHashParams = DEFAULT_PIN_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scryptAsync(pin, salt, params);
  return ['scrypt', params.log2N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  readonly params: PinHashParams;
  readonly salt: Buffer;
  readonly key: Buffer;
}

/** Parses a stored hash; null for anything malformed (a damaged row never verifies). */
export function parsePinHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2N, r, p].every((n) => Number.isInteger(n)) || log2N < 10 || log2N > 22 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  // 4 bytes is the shortest salt accepted (RFC 7914 §12 uses "NaCl"); hashPin always makes 16.
  if (salt.length < 4 || key.length !== KEY_LENGTH) return null;
  return { params: { log2N, r, p }, salt, key };
}

/** Constant-time comparison of the derived key; false for a malformed stored hash. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  if (!parsed) return false;
  const key = await scryptAsync(pin, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** True when the stored hash is weaker than `params` (upgrade it after the next good PIN). */
export function needsRehash(stored: string, params: PinHashParams = DEFAULT_PIN_PARAMS): boolean {
  const parsed = parsePinHash(stored);
  return !parsed || parsed.params.log2N < params.log2N || parsed.params.r < params.r || parsed.params.p < params.p;
}

export type PinProblem = 'pin.format' | 'pin.repeated' | 'pin.sequence';

/**
 * Why a new PIN is refused, or null. 6–12 digits; not one digit repeated, not a run up or down
 * ("123456", "987654"): the PINs an onlooker or a guesser tries first.
 */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d{6,12}$/.test(pin)) return 'pin.format';
  if (/^(\d)\1+$/.test(pin)) return 'pin.repeated';
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i++) steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  if (steps.size === 1 && (steps.has(1) || steps.has(9))) return 'pin.sequence';
  return null;
}
