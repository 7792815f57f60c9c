import type { SignInResult, StaffAccount, StaffAccountTile, StaffRole } from '../../../api/staff';
import { ApiFailure } from '../../api/api-failure';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import { DEFAULT_PIN_PARAMS, hashPin, needsRehash, pinProblem, verifyPin, type PinHashParams } from '../crypto/pin-hash';
import { AccountRepository, type AccountRecord } from './account-repository';
import { KioskLockout } from './kiosk-lockout';
import { attemptsBeforeLock, DEFAULT_LOCKOUT, lockDelayMs, type LockoutPolicy } from './lockout';
import type { StaffPrincipal, StaffSessions } from './staff-sessions';

export interface StaffAccountsOptions {
  readonly pinParams?: PinHashParams;
  readonly lockout?: LockoutPolicy;
  /** Wrong PINs across all accounts (default DEFAULT_KIOSK_LOCKOUT). */
  readonly kioskLockout?: LockoutPolicy;
  readonly now?: () => Date;
}

const publicAccount = ({ pinHash: _hidden, ...a }: AccountRecord): StaffAccount => a;
const tile = (a: AccountRecord): StaffAccountTile => ({ id: a.id, name: a.name, role: a.role, team: a.team });

/**
 * Staff and volunteer accounts: adding, disabling, PIN resets (admins), sign-in with lockout, PIN
 * changes. Every change and every sign-in attempt goes to the audit log. Errors are ApiFailure codes:
 * staff.name-taken, staff.unknown-account, staff.wrong-pin, staff.last-admin, staff.self, pin.*.
 */
export class StaffAccounts {
  private readonly repo: AccountRepository;
  private readonly pinParams: PinHashParams;
  private readonly lockout: LockoutPolicy;
  private readonly kiosk: KioskLockout;
  private readonly now: () => Date;

  constructor(
    repo: AccountRepository,
    private readonly audit: AuditLog,
    private readonly sessions: StaffSessions,
    options: StaffAccountsOptions = {},
  ) {
    this.repo = repo;
    this.pinParams = options.pinParams ?? DEFAULT_PIN_PARAMS;
    this.lockout = options.lockout ?? DEFAULT_LOCKOUT;
    this.kiosk = new KioskLockout(options.kioskLockout);
    this.now = options.now ?? (() => new Date());
  }

  list(): StaffAccount[] {
    return this.repo.all().map(publicAccount);
  }

  signInTiles(): StaffAccountTile[] {
    return this.repo.all().filter((a) => a.active).map(tile);
  }

  byId(id: number): AccountRecord | null {
    return this.repo.byId(id);
  }

  byName(name: string): AccountRecord | null {
    return this.repo.byName(name);
  }

  async add(input: { name: string; role: StaffRole; team: string; pin: string; mustChangePin: boolean }, actor: AuditActor): Promise<StaffAccount> {
    const name = input.name.trim().normalize('NFC');
    if (name.length < 2) throw new ApiFailure('staff.name-invalid');
    checkPin(input.pin);
    if (this.repo.byName(name)) throw new ApiFailure('staff.name-taken');
    const pinHash = await hashPin(input.pin, this.pinParams);
    const account = this.repo.insert({ name, role: input.role, team: input.team.trim().normalize('NFC'), pinHash, mustChangePin: input.mustChangePin, at: this.iso() });
    this.audit.append(actor, 'account.created', `account:${account.id}`, { role: account.role, team: account.team });
    return publicAccount(account);
  }

  setActive(id: number, active: boolean, actor: AuditActor): StaffAccount {
    const account = this.mustExist(id);
    if (!active && actor === `staff:${id}`) throw new ApiFailure('staff.self');
    if (!active && account.role === 'admin' && account.active && this.repo.countActiveAdmins() <= 1) throw new ApiFailure('staff.last-admin');
    this.repo.setActive(id, active, this.iso());
    if (!active) this.sessions.closeAccount(id);
    this.audit.append(actor, active ? 'account.enabled' : 'account.disabled', `account:${id}`);
    return publicAccount(this.mustExist(id));
  }

  /** Sets a new PIN chosen by an admin (or the CLI); the holder must change it at the next sign-in. */
  async resetPin(id: number, pin: string, actor: AuditActor, mustChangePin = true): Promise<StaffAccount> {
    this.mustExist(id);
    checkPin(pin);
    this.repo.setPin(id, await hashPin(pin, this.pinParams), mustChangePin, this.iso());
    this.sessions.closeAccount(id);
    this.audit.append(actor, 'account.pinReset', `account:${id}`, { mustChangePin });
    return publicAccount(this.mustExist(id));
  }

  /**
   * Wrong current PINs count like wrong sign-in PINs (reserved before scrypt, same lock): without a
   * limit a signed-in screen left open was an unlimited PIN oracle (issue 14, item 2). A lock, or an
   * account already locked, ends every session of the account: 'staff.locked-out'.
   */
  async changePin(principal: StaffPrincipal, currentPin: string, newPin: string): Promise<void> {
    const account = this.mustExist(principal.accountId);
    const subject = `account:${account.id}`;
    const attempt = this.repo.reserveAttempt(account.id, this.now().getTime(), (n) => lockDelayMs(n, this.lockout));
    if ('lockedUntilMs' in attempt) {
      this.sessions.closeAccount(account.id);
      this.audit.append(`staff:${account.id}`, 'account.pinChangeRefusedLocked', subject);
      throw new ApiFailure('staff.locked-out');
    }
    if (!(await verifyPin(currentPin, account.pinHash))) {
      this.audit.append(`staff:${account.id}`, 'account.pinChangeRefused', subject, { failures: attempt.failures });
      if (attempt.lockMs > 0) {
        const ended = this.sessions.closeAccount(account.id);
        this.audit.append('system', 'staff.lockedOut', subject, { failures: attempt.failures, lockSeconds: Math.round(attempt.lockMs / 1000), sessionsEnded: ended });
        throw new ApiFailure('staff.locked-out');
      }
      throw new ApiFailure('staff.wrong-pin');
    }
    this.repo.clearFailures(account.id, this.iso());
    checkPin(newPin);
    if (newPin === currentPin) throw new ApiFailure('pin.unchanged');
    this.repo.setPin(account.id, await hashPin(newPin, this.pinParams), false, this.iso());
    this.audit.append(`staff:${account.id}`, 'account.pinChanged', subject);
  }

  /**
   * Sign-in with lockout. The attempt is counted (and, where due, the lock written) BEFORE the PIN is
   * checked, on the account and kiosk-wide, so parallel calls cannot all reach scrypt (issue 14,
   * item 1). A locked account or kiosk is refused without checking; a right PIN clears both counts.
   */
  async signIn(accountId: number, pin: string): Promise<SignInResult> {
    const account = this.repo.byId(accountId);
    if (!account || !account.active) throw new ApiFailure('staff.unknown-account');
    const subject = `account:${account.id}`;
    const nowMs = this.now().getTime();
    const kioskLocked = this.kiosk.secondsLocked(nowMs);
    if (kioskLocked > 0) {
      this.audit.append(`staff:${account.id}`, 'staff.signInRefusedKioskLocked', subject, { retryAfterSeconds: kioskLocked });
      return { outcome: 'locked', retryAfterSeconds: kioskLocked };
    }
    const attempt = this.repo.reserveAttempt(account.id, nowMs, (n) => lockDelayMs(n, this.lockout));
    if ('lockedUntilMs' in attempt) {
      const locked = Math.max(1, Math.ceil((attempt.lockedUntilMs - nowMs) / 1000));
      this.audit.append(`staff:${account.id}`, 'staff.signInRefusedLocked', subject, { retryAfterSeconds: locked });
      return { outcome: 'locked', retryAfterSeconds: locked };
    }
    const kioskLockMs = this.kiosk.reserve(nowMs);
    if (!(await verifyPin(pin, account.pinHash))) {
      const { failures, lockMs } = attempt;
      this.audit.append(`staff:${account.id}`, 'staff.signInFailed', subject, { failures });
      if (lockMs > 0) {
        this.audit.append('system', 'staff.lockedOut', subject, { failures, lockSeconds: Math.round(lockMs / 1000) });
        return { outcome: 'locked', retryAfterSeconds: Math.round(lockMs / 1000) };
      }
      if (kioskLockMs > 0) {
        this.audit.append('system', 'staff.kioskLockedOut', null, { lockSeconds: Math.round(kioskLockMs / 1000) });
        return { outcome: 'locked', retryAfterSeconds: Math.round(kioskLockMs / 1000) };
      }
      return { outcome: 'wrong-pin', attemptsBeforeLock: attemptsBeforeLock(failures, this.lockout) };
    }
    this.repo.clearFailures(account.id, this.iso());
    this.kiosk.clear();
    if (needsRehash(account.pinHash, this.pinParams)) this.repo.rehash(account.id, await hashPin(pin, this.pinParams));
    const token = this.sessions.open({ accountId: account.id, name: account.name, role: account.role, team: account.team });
    this.audit.append(`staff:${account.id}`, 'staff.signedIn', subject);
    return {
      outcome: 'signed-in',
      token,
      account: tile(account),
      inactivitySeconds: this.sessions.inactivitySeconds,
      mustChangePin: account.mustChangePin,
    };
  }

  private mustExist(id: number): AccountRecord {
    const a = this.repo.byId(id);
    if (!a) throw new ApiFailure('staff.unknown-account');
    return a;
  }

  private iso(): string {
    return this.now().toISOString();
  }
}

function checkPin(pin: string): void {
  const problem = pinProblem(pin);
  if (problem) throw new ApiFailure(problem);
}
