import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileKeyProvider } from '../host/staff/keys/key-provider';
import { keystoreWrapper, type SafeStorageLike } from './keystore-wrapper';

/** A stand-in keystore: XOR with a machine secret, so wrapped bytes differ from the plain secret. */
function fakeSafeStorage(available = true): SafeStorageLike {
  const machine = randomBytes(64);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ machine[i % machine.length]!));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => xor(Buffer.from(plain, 'utf8')),
    decryptString: (encrypted) => xor(encrypted).toString('utf8'),
  };
}

describe('keystoreWrapper', () => {
  it('is absent when the OS has no keystore', () => {
    expect(keystoreWrapper(fakeSafeStorage(false))).toBeNull();
  });

  it('wraps the staff master key so the file alone does not reveal it, and unwraps it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-keys-'));
    try {
      const file = join(dir, 'staff-keys.json');
      const wrapper = keystoreWrapper(fakeSafeStorage())!;
      const first = await new FileKeyProvider(file, wrapper).masterKey();
      const stored = readFileSync(file, 'utf8');
      expect(stored).toContain('electron-safeStorage');
      expect(stored).not.toContain(first.toString('base64'));
      expect(await new FileKeyProvider(file, wrapper).masterKey()).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
