import type { SignInResult, StaffAccount, StaffAccountTile, StaffRole } from '../../../api/staff';
import { ApiFailure } from '../../api/api-failure';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import { DEFAULT_PIN_PARAMS, hashPin, needsRehash, pinProblem, verifyPin, type PinHashParams } from '../crypto/pin-hash';
import { AccountRepository, type AccountRecord } from './account-repository';
import { attemptsBeforeLock, DEFAULT_LOCKOUT, lockDelayMs, secondsLocked, type LockoutPolicy } from './lockout';
import type { StaffPrincipal, StaffSessions } from './staff-sessions';

export interface StaffAccountsOptions {
  readonly pinParams?: PinHashParams;
  readonly lockout?: LockoutPolicy;
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

  async changePin(principal: StaffPrincipal, currentPin: string, newPin: string): Promise<void> {
    const account = this.mustExist(principal.accountId);
    if (!(await verifyPin(currentPin, account.pinHash))) {
      this.audit.append(`staff:${account.id}`, 'account.pinChangeRefused', `account:${account.id}`);
      throw new ApiFailure('staff.wrong-pin');
    }
    checkPin(newPin);
    if (newPin === currentPin) throw new ApiFailure('pin.unchanged');
    this.repo.setPin(account.id, await hashPin(newPin, this.pinParams), false, this.iso());
    this.audit.append(`staff:${account.id}`, 'account.pinChanged', `account:${account.id}`);
  }

  /**
   * Sign-in with lockout: a locked account is refused without checking the PIN; a wrong PIN counts and
   * may lock (lockout.ts); a right PIN clears the count and opens a session.
   */
  async signIn(accountId: number, pin: string): Promise<SignInResult> {
    const account = this.repo.byId(accountId);
    if (!account || !account.active) throw new ApiFailure('staff.unknown-account');
    const nowMs = this.now().getTime();
    const locked = secondsLocked(account.lockedUntil ? Date.parse(account.lockedUntil) : null, nowMs);
    if (locked > 0) {
      this.audit.append(`staff:${account.id}`, 'staff.signInRefusedLocked', `account:${account.id}`, { retryAfterSeconds: locked });
      return { outcome: 'locked', retryAfterSeconds: locked };
    }
    if (!(await verifyPin(pin, account.pinHash))) {
      const failures = this.repo.addFailure(account.id, this.iso());
      const delay = lockDelayMs(failures, this.lockout);
      this.audit.append(`staff:${account.id}`, 'staff.signInFailed', `account:${account.id}`, { failures });
      if (delay > 0) {
        const until = new Date(this.now().getTime() + delay).toISOString();
        this.repo.lockUntil(account.id, until);
        this.audit.append('system', 'staff.lockedOut', `account:${account.id}`, { failures, lockSeconds: Math.round(delay / 1000) });
        return { outcome: 'locked', retryAfterSeconds: Math.round(delay / 1000) };
      }
      return { outcome: 'wrong-pin', attemptsBeforeLock: attemptsBeforeLock(failures, this.lockout) };
    }
    this.repo.clearFailures(account.id, this.iso());
    if (needsRehash(account.pinHash, this.pinParams)) this.repo.rehash(account.id, await hashPin(pin, this.pinParams));
    const token = this.sessions.open({ accountId: account.id, name: account.name, role: account.role, team: account.team });
    this.audit.append(`staff:${account.id}`, 'staff.signedIn', `account:${account.id}`);
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
