import { hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The secrets of the staff area, derived from one master secret (RFC 5869 HKDF-SHA-256). */
export interface StaffKeys {
  /** 32-byte HMAC key for the keyed ID hash that counts distinct citizens. */
  readonly idHashKey: Buffer;
  /** 32-byte AES-256-GCM key for referrals at rest. */
  readonly referralKey: Buffer;
}

/**
 * Where the master secret lives. The core uses a key file in the data directory; the Electron shell
 * may hand the core a provider whose file is wrapped by the OS keystore (see KeyWrapper).
 */
export interface KeyProvider {
  /** The 32-byte master secret, created and stored on first use. Rejects if it cannot be read. */
  masterKey(): Promise<Buffer>;
  /** For technicians, never secret: "file /var/lib/kiosk/staff-keys.json (electron-safeStorage)". */
  readonly description: string;
}

/**
 * Wraps the stored secret with an OS keystore. In Electron: `wrap = s => safeStorage.encryptString(
 * s.toString('base64'))`, `unwrap = b => Buffer.from(safeStorage.decryptString(b), 'base64')`.
 * A plain key file found at start is wrapped in place the first time a wrapper is given.
 */
export interface KeyWrapper {
  /** Recorded in the file, e.g. "electron-safeStorage". */
  readonly name: string;
  wrap(secret: Buffer): Buffer | Promise<Buffer>;
  unwrap(wrapped: Buffer): Buffer | Promise<Buffer>;
}

/** A wrapper whose calls answer at once (Electron's safeStorage is synchronous): the audit key needs one. */
export interface SyncKeyWrapper extends KeyWrapper {
  wrap(secret: Buffer): Buffer;
  unwrap(wrapped: Buffer): Buffer;
}

export class KeyFileError extends Error {
  constructor(readonly code: 'keys.unreadable' | 'keys.malformed' | 'keys.wrapped' | 'keys.unwrap-failed', detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'KeyFileError';
  }
}

interface KeyFileContents {
  readonly format: 'kiosk-staff-key';
  readonly version: 1;
  readonly wrappedBy: string | null;
  readonly secret: string;
}

const SECRET_LENGTH = 32;

/**
 * The key file: JSON, mode 0600, created with O_EXCL so two starting processes cannot both write one.
 * A file readable by group or others is tightened to 0600 (and said so on the console, without data).
 */
export class FileKeyProvider implements KeyProvider {
  private cached: Promise<Buffer> | null = null;

  constructor(
    private readonly file: string,
    private readonly wrapper?: KeyWrapper,
  ) {}

  get description(): string {
    return `file ${this.file}${this.wrapper ? ` (${this.wrapper.name})` : ''}`;
  }

  masterKey(): Promise<Buffer> {
    this.cached ??= this.load().catch((e: unknown) => {
      this.cached = null;
      throw e;
    });
    return this.cached;
  }

  private async load(): Promise<Buffer> {
    mkdirSync(dirname(this.file), { recursive: true });
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new KeyFileError('keys.unreadable', (e as NodeJS.ErrnoException).code ?? 'error');
      const secret = randomBytes(SECRET_LENGTH);
      try {
        await this.write(secret, 'wx');
        return secret;
      } catch (w) {
        // Another process created it between our read and write: read theirs.
        if ((w as NodeJS.ErrnoException).code !== 'EEXIST') throw w;
        text = readFileSync(this.file, 'utf8');
      }
    }
    this.tightenMode();
    const contents = parseKeyFile(text);
    if (contents.wrappedBy === null) {
      const secret = Buffer.from(contents.secret, 'base64');
      if (this.wrapper) await this.replace(secret);
      return secret;
    }
    if (!this.wrapper || this.wrapper.name !== contents.wrappedBy) {
      throw new KeyFileError('keys.wrapped', `the key file is wrapped by ${contents.wrappedBy}; only that runtime can read it`);
    }
    let secret: Buffer;
    try {
      secret = await this.wrapper.unwrap(Buffer.from(contents.secret, 'base64'));
    } catch {
      throw new KeyFileError('keys.unwrap-failed', `${contents.wrappedBy} could not unwrap the key`);
    }
    if (secret.length !== SECRET_LENGTH) throw new KeyFileError('keys.malformed', 'unwrapped secret has the wrong length');
    return secret;
  }

  private async serialise(secret: Buffer): Promise<string> {
    const stored = this.wrapper ? await this.wrapper.wrap(secret) : secret;
    const contents: KeyFileContents = { format: 'kiosk-staff-key', version: 1, wrappedBy: this.wrapper?.name ?? null, secret: stored.toString('base64') };
    return JSON.stringify(contents) + '\n';
  }

  private async write(secret: Buffer, flag: 'wx' | 'w', file = this.file): Promise<void> {
    writeFileSync(file, await this.serialise(secret), { mode: 0o600, flag });
  }

  /** Rewrites the file atomically (temp file + rename), e.g. to wrap a plain key. */
  private async replace(secret: Buffer): Promise<void> {
    const temp = `${this.file}.${process.pid}.tmp`;
    await this.write(secret, 'w', temp);
    renameSync(temp, this.file);
  }

  private tightenMode(): void {
    if (process.platform === 'win32') return;
    const mode = statSync(this.file).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      chmodSync(this.file, 0o600);
      console.warn(`[staff] key file permissions were ${mode.toString(8)}; set to 600`);
    }
  }
}

function parseKeyFile(text: string): KeyFileContents {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new KeyFileError('keys.malformed', 'not JSON');
  }
  const r = raw as Partial<KeyFileContents> | null;
  if (!r || r.format !== 'kiosk-staff-key' || r.version !== 1 || typeof r.secret !== 'string' || !(r.wrappedBy === null || typeof r.wrappedBy === 'string')) {
    throw new KeyFileError('keys.malformed', 'not a kiosk staff key file');
  }
  if (r.wrappedBy === null && Buffer.from(r.secret, 'base64').length !== SECRET_LENGTH) {
    throw new KeyFileError('keys.malformed', 'secret has the wrong length');
  }
  return r as KeyFileContents;
}

/** Separate keys per purpose, so the ID hash key never decrypts a referral and vice versa. */
export function deriveStaffKeys(master: Uint8Array): StaffKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { idHashKey: derive('kiosk staff id-hash v1'), referralKey: derive('kiosk staff referral aes-256-gcm v1') };
}

/** A provider over a fixed secret, for tests. */
export class MemoryKeyProvider implements KeyProvider {
  readonly description = 'memory';
  constructor(private readonly secret: Buffer = randomBytes(SECRET_LENGTH)) {}
  masterKey(): Promise<Buffer> {
    return Promise.resolve(this.secret);
  }
}
