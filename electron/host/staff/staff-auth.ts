import type { StaffRole } from '../../api/staff';
import { ApiFailure } from '../api/api-failure';
import type { StaffPrincipal } from './accounts/staff-sessions';
import type { StaffServices } from './staff-services';

export interface AuthOptions {
  /** Roles allowed (default: every signed-in role). */
  readonly roles?: readonly StaffRole[];
  /** Allowed while the account must still change its PIN (sign-out, keep-alive, change PIN). */
  readonly duringPinChange?: boolean;
}

/**
 * Checks a staff token for one call: signed in and not timed out, the account still active, the role
 * allowed, and no PIN change outstanding. Errors: staff.signed-out (unknown or expired token, account
 * disabled), staff.forbidden, staff.must-change-pin.
 */
export function authorise(s: StaffServices, token: string | undefined, options: AuthOptions = {}): StaffPrincipal {
  if (!token) throw new ApiFailure('staff.signed-out');
  const found = s.sessions.use(token);
  if (!found.ok) {
    if (found.reason === 'expired') s.audit.append('system', 'staff.signedOutIdle', `account:${found.accountId}`);
    throw new ApiFailure('staff.signed-out');
  }
  const account = s.accounts.byId(found.principal.accountId);
  if (!account || !account.active) {
    s.sessions.close(token);
    throw new ApiFailure('staff.signed-out');
  }
  if (account.mustChangePin && !options.duringPinChange) throw new ApiFailure('staff.must-change-pin');
  if (options.roles && !options.roles.includes(account.role)) throw new ApiFailure('staff.forbidden');
  // Role and team as they are now (an admin may have changed them since sign-in).
  return { accountId: account.id, name: account.name, role: account.role, team: account.team };
}
