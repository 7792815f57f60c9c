import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { KioskConfig } from '../../config/kiosk-config-schema';
import { KeyFileError, type SyncKeyWrapper } from './key-provider';

/**
 * The audit chain's HMAC key (issue 14, item 3). Kept OUTSIDE the data folder, so that the database
 * and its anchor, copied or rewritten together, cannot be re-chained without it; in Electron its file
 * is wrapped by the OS keystore like the staff key file, elsewhere it is a 0600 file. Loaded
 * synchronously: the audit log appends inside synchronous SQLite transactions.
 */
export interface AuditKey {
  /** 32 bytes. */
  readonly secret: Buffer;
  /**
   * True when this load created the key: the one moment an existing unkeyed log is migrated. A key
   * file that exists means the log is keyed already, so a log that looks unkeyed was rewritten and is
   * reported, never "migrated" again (that would launder a forged chain).
   */
  readonly created: boolean;
}

interface AuditKeyFileContents {
  readonly format: 'kiosk-audit-key';
  readonly version: 1;
  readonly wrappedBy: string | null;
  readonly secret: string;
}

/** Where the config puts the key: staff.auditKeyFile, else beside the data folder as "<dataDir>.audit-key.json". */
export function auditKeyFile(config: KioskConfig): string {
  const f = config.staff.auditKeyFile;
  if (f) return isAbsolute(f) ? f : join(dirname(config.dataDir), f);
  return `${config.dataDir.replace(/[\\/]+$/, '')}.audit-key.json`;
}

export function loadAuditKey(file: string, wrapper?: SyncKeyWrapper): AuditKey {
  mkdirSync(dirname(file), { recursive: true });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new KeyFileError('keys.unreadable', (e as NodeJS.ErrnoException).code ?? 'error');
    const secret = randomBytes(32);
    const contents: AuditKeyFileContents = { format: 'kiosk-audit-key', version: 1, wrappedBy: wrapper?.name ?? null, secret: (wrapper ? wrapper.wrap(secret) : secret).toString('base64') };
    try {
      writeFileSync(file, JSON.stringify(contents) + '\n', { mode: 0o600, flag: 'wx' });
      return { secret, created: true };
    } catch (w) {
      // Another process (the CLI beside the core) created it first: use theirs.
      if ((w as NodeJS.ErrnoException).code !== 'EEXIST') throw w;
      text = readFileSync(file, 'utf8');
    }
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { secret: unwrap(parse(text), wrapper), created: false };
}

function parse(text: string): AuditKeyFileContents {
  let raw: Partial<AuditKeyFileContents> | null;
  try {
    raw = JSON.parse(text) as Partial<AuditKeyFileContents> | null;
  } catch {
    throw new KeyFileError('keys.malformed', 'the audit key file is not JSON');
  }
  if (!raw || raw.format !== 'kiosk-audit-key' || raw.version !== 1 || typeof raw.secret !== 'string' || !(raw.wrappedBy === null || typeof raw.wrappedBy === 'string')) {
    throw new KeyFileError('keys.malformed', 'not a kiosk audit key file');
  }
  return raw as AuditKeyFileContents;
}

function unwrap(c: AuditKeyFileContents, wrapper?: SyncKeyWrapper): Buffer {
  const stored = Buffer.from(c.secret, 'base64');
  let secret: Buffer = stored;
  if (c.wrappedBy !== null) {
    if (!wrapper || wrapper.name !== c.wrappedBy) throw new KeyFileError('keys.wrapped', `the audit key is wrapped by ${c.wrappedBy}; only that runtime can read it`);
    try {
      secret = wrapper.unwrap(stored);
    } catch {
      throw new KeyFileError('keys.unwrap-failed', `${c.wrappedBy} could not unwrap the audit key`);
    }
  }
  if (secret.length !== 32) throw new KeyFileError('keys.malformed', 'the audit key has the wrong length');
  return secret;
}
