import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveStaffKeys, FileKeyProvider, KeyFileError, type KeyWrapper } from './key-provider';

const dirs: string[] = [];
const tempFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'kiosk-keys-'));
  dirs.push(d);
  return join(d, 'data', 'staff-keys.json');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A reversible stand-in for Electron's safeStorage. */
const xorWrapper: KeyWrapper = { name: 'test-keystore', wrap: (s) => Buffer.from(s.map((b) => b ^ 0x5a)), unwrap: (w) => Buffer.from(w.map((b) => b ^ 0x5a)) };

describe('FileKeyProvider', () => {
  it('creates a 32-byte secret in a 0600 file on first use and reads the same one later', async () => {
    const file = tempFile();
    const first = await new FileKeyProvider(file).masterKey();
    expect(first.length).toBe(32);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = await new FileKeyProvider(file).masterKey();
    expect(again.equals(first)).toBe(true);
  });

  it('tightens a key file readable by others', async () => {
    const file = tempFile();
    await new FileKeyProvider(file).masterKey();
    chmodSync(file, 0o644);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await new FileKeyProvider(file).masterKey();
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(warn).toHaveBeenCalledWith(expect.not.stringContaining('secret'));
    warn.mockRestore();
  });

  it('wraps a plain key in place when given a keystore, and then needs that keystore', async () => {
    const file = tempFile();
    const plain = await new FileKeyProvider(file).masterKey();
    const wrapped = await new FileKeyProvider(file, xorWrapper).masterKey();
    expect(wrapped.equals(plain)).toBe(true);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { wrappedBy: string; secret: string };
    expect(stored.wrappedBy).toBe('test-keystore');
    expect(Buffer.from(stored.secret, 'base64').equals(plain)).toBe(false);
    await expect(new FileKeyProvider(file).masterKey()).rejects.toMatchObject({ code: 'keys.wrapped' });
    expect((await new FileKeyProvider(file, xorWrapper).masterKey()).equals(plain)).toBe(true);
  });

  it('refuses a damaged key file rather than making a new key (which would orphan the data)', async () => {
    const file = tempFile();
    await new FileKeyProvider(file).masterKey();
    writeFileSync(file, '{"format":"kiosk-staff-key","version":1,"wrappedBy":null,"secret":"AAAA"}');
    await expect(new FileKeyProvider(file).masterKey()).rejects.toBeInstanceOf(KeyFileError);
    writeFileSync(file, 'garbage');
    await expect(new FileKeyProvider(file).masterKey()).rejects.toMatchObject({ code: 'keys.malformed' });
  });
});

describe('deriveStaffKeys', () => {
  it('derives two different 32-byte keys, stable for one master', () => {
    const k = deriveStaffKeys(Buffer.alloc(32, 3));
    expect(k.idHashKey.length).toBe(32);
    expect(k.referralKey.length).toBe(32);
    expect(k.idHashKey.equals(k.referralKey)).toBe(false);
    expect(deriveStaffKeys(Buffer.alloc(32, 3)).idHashKey.equals(k.idHashKey)).toBe(true);
  });
});
