import type { StaffAccount, StaffRole } from '../../../api/staff';
import type { Db } from '../../storage/database';

interface Row {
  id: number;
  name: string;
  role: StaffRole;
  team: string;
  pin_hash: string;
  active: 0 | 1;
  failed_attempts: number;
  locked_until: string | null;
  must_change_pin: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** An account as the services use it, including the PIN hash (never sent to a face). */
export interface AccountRecord extends StaffAccount {
  readonly pinHash: string;
}

const toAccount = (r: Row): AccountRecord => ({
  id: r.id,
  name: r.name,
  role: r.role,
  team: r.team,
  active: r.active === 1,
  lockedUntil: r.locked_until,
  failedAttempts: r.failed_attempts,
  mustChangePin: r.must_change_pin === 1,
  createdAt: r.created_at,
  pinHash: r.pin_hash,
});

const nameKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase('vi');

/** All SQL on staff_accounts. */
export class AccountRepository {
  constructor(private readonly db: Db) {}

  insert(a: { name: string; role: StaffRole; team: string; pinHash: string; mustChangePin: boolean; at: string }): AccountRecord {
    const row = this.db
      .prepare<unknown[], Row>(
        `INSERT INTO staff_accounts (name, role, team, pin_hash, must_change_pin, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(a.name, a.role, a.team, a.pinHash, a.mustChangePin ? 1 : 0, a.at, a.at);
    return toAccount(row!);
  }

  byId(id: number): AccountRecord | null {
    const row = this.db.prepare<[number], Row>('SELECT * FROM staff_accounts WHERE id = ?').get(id);
    return row ? toAccount(row) : null;
  }

  /** By name, ignoring case in Vietnamese too ("Đỗ" = "đỗ"; SQLite's NOCASE folds ASCII only). */
  byName(name: string): AccountRecord | null {
    const key = nameKey(name);
    return this.all().find((a) => nameKey(a.name) === key) ?? null;
  }

  all(): AccountRecord[] {
    return this.db.prepare<[], Row>('SELECT * FROM staff_accounts ORDER BY active DESC, name').all().map(toAccount);
  }

  countActiveAdmins(): number {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM staff_accounts WHERE active = 1 AND role = 'admin'").get()!.n;
  }

  /** Adds one wrong PIN atomically and returns the new count (two screens guessing at once count twice). */
  addFailure(id: number, at: string): number {
    return this.db
      .prepare<[string, number], { n: number }>('UPDATE staff_accounts SET failed_attempts = failed_attempts + 1, updated_at = ? WHERE id = ? RETURNING failed_attempts AS n')
      .get(at, id)!.n;
  }

  /**
   * Counts one attempt BEFORE its PIN is checked, in one transaction (the core and a CLI may share the
   * file): a locked account gets `{ lockedUntil }` and nothing is counted; otherwise the count goes up
   * and, when `lockFor(count)` says so, the lock is written at once. scrypt takes ~100 ms; reading the
   * lock before it and writing it after let 200 parallel guesses all be checked (issue 14, item 1).
   */
  reserveAttempt(id: number, nowMs: number, lockFor: (failures: number) => number): { readonly lockedUntilMs: number } | { readonly failures: number; readonly lockMs: number } {
    return this.db
      .transaction(() => {
        const row = this.db.prepare<[number], { locked_until: string | null }>('SELECT locked_until FROM staff_accounts WHERE id = ?').get(id);
        const lockedUntilMs = row?.locked_until ? Date.parse(row.locked_until) : null;
        if (lockedUntilMs !== null && lockedUntilMs > nowMs) return { lockedUntilMs };
        const failures = this.addFailure(id, new Date(nowMs).toISOString());
        const lockMs = lockFor(failures);
        if (lockMs > 0) this.lockUntil(id, new Date(nowMs + lockMs).toISOString());
        return { failures, lockMs };
      })
      .immediate();
  }

  lockUntil(id: number, until: string): void {
    this.db.prepare('UPDATE staff_accounts SET locked_until = ? WHERE id = ?').run(until, id);
  }

  clearFailures(id: number, at: string): void {
    this.db.prepare('UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(at, id);
  }

  setPin(id: number, pinHash: string, mustChange: boolean, at: string): void {
    this.db
      .prepare('UPDATE staff_accounts SET pin_hash = ?, must_change_pin = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?')
      .run(pinHash, mustChange ? 1 : 0, at, id);
  }

  /** Replaces the hash only (upgrade after a good PIN), keeping the flags. */
  rehash(id: number, pinHash: string): void {
    this.db.prepare('UPDATE staff_accounts SET pin_hash = ? WHERE id = ?').run(pinHash, id);
  }

  setActive(id: number, active: boolean, at: string): void {
    this.db.prepare('UPDATE staff_accounts SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id);
  }
}
