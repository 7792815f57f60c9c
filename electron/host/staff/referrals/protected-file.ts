import { randomInt } from 'node:crypto';
import { nodeRequire } from '../../../../drivers/node-require';
import { encryptOffThread } from './encrypt-off-thread';

/**
 * The police list leaves the kiosk as a password-protected XLSX (issue 13: it held names, 12-digit IDs and
 * notes in clear, and in browser mode it lands in the browser's downloads folder, outside the encrypted store
 * and the retention delete). The file is encrypted as Excel itself does ("Encrypt with Password": ECMA-376
 * Agile Encryption, AES-256-CBC with a key from SHA-512 iterated 100,000 times over the password), so the
 * officer opens it in Excel or LibreOffice by typing the password, with nothing to install. The library is
 * officecrypto-tool (MIT, maintained); tests decrypt its output with it and with Debian's msoffcrypto-tool.
 */

/**
 * Capitals and digits that cannot be confused when read aloud or copied by hand: no 0/O, 1/I/L, 5/S, 2/Z, 8/B.
 * 25 symbols: 16 characters carry about 74 bits, far beyond guessing at 100,000 SHA-512 rounds per try.
 */
// Loaded at the first export, not at every start of the kiosk (issue 12: the attract screen within 2 s), through
// CommonJS require as in both bundles before (Electron's ES module loader inside app.asar is less sure).
const officeCrypto = () => nodeRequire()('officecrypto-tool') as typeof import('officecrypto-tool');

export const PASSWORD_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const PASSWORD_GROUPS = 4;
const GROUP = 4;

/**
 * A fresh password for one file, four groups of four joined by hyphens ("K7QH-3VXA-…", hyphens included: what
 * is shown is what is typed), for staff to read to the officer or write on a separate slip. Shown once on the
 * staff screen; never stored, never logged.
 */
export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < PASSWORD_GROUPS; g++) {
    let s = '';
    for (let i = 0; i < GROUP; i++) s += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

/**
 * Encrypts an XLSX (a plain OOXML zip) under `password`; the result is an OLE compound file Excel asks a
 * password for. The work runs on a worker thread (encrypt-off-thread.ts); where a worker cannot run (say a
 * packaged app that cannot load the library from a worker), it runs here as before, only slower for the
 * other faces meanwhile, and the reason is logged. `options.workerModule` is for tests of that fallback.
 */
export async function encryptXlsx(xlsx: Buffer, password: string, options: { workerModule?: string } = {}): Promise<Buffer> {
  try {
    return await encryptOffThread(xlsx, password, options.workerModule);
  } catch (e) {
    console.warn(`[staff] encrypting on a worker thread failed (${(e as Error).message}); encrypting on the core's thread`);
    return officeCrypto().encrypt(xlsx, { password });
  }
}

/** The reverse, for tests and for a technician checking a file: rejects a wrong password. */
export async function decryptXlsx(file: Buffer, password: string): Promise<Buffer> {
  return officeCrypto().decrypt(file, { password });
}

/** True for an Office file that needs a password to open. */
export async function isPasswordProtected(file: Buffer): Promise<boolean> {
  return officeCrypto().isEncrypted(file);
}
