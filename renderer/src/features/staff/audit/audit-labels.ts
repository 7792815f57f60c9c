import type { AuditEntryView } from '../../../../../electron/api/staff';
import type { MessageKey } from '../../../i18n/messages-vi';
import { viDate } from '../dates';

/**
 * Every action the core appends to the audit log (grep `audit.append` and `recordAdminAction` in
 * electron/host). Each has a phrase `staff.audit.action.<action>`; an action missing here is shown
 * as its raw code. tests/integration/staff/audit-viewer.test.ts checks the list against the core.
 */
export const KNOWN_ACTIONS = [
  'staff.signedIn', 'staff.signedOut', 'staff.signedOutIdle', 'staff.signInFailed', 'staff.signInRefusedLocked', 'staff.lockedOut',
  'staff.signInRefusedKioskLocked', 'staff.kioskLockedOut',
  'account.created', 'account.enabled', 'account.disabled', 'account.pinReset', 'account.pinChanged', 'account.pinChangeRefused',
  'account.pinChangeRefusedLocked',
  'record.created', 'record.stepMarked', 'record.closed', 'followUp.resolved',
  'referral.created', 'referral.exported', 'referral.exportConfirmed', 'referral.purged',
  'report.exported',
  'display.emergencySet', 'display.emergencyWithdrawn',
  'config.changed',
  'audit.keyedChainStarted',
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

const isKnown = (action: string): action is KnownAction => (KNOWN_ACTIONS as readonly string[]).includes(action);

/** The message key of an action's phrase, or null: show the raw action code. */
export function actionLabelKey(action: string): MessageKey | null {
  return isKnown(action) ? (`staff.audit.action.${action}` satisfies MessageKey) : null;
}

/**
 * The filter's kinds of action, each one prefix of the action codes (the call filters by one prefix).
 * Follow-ups ("followUp.") are their own kind because their codes do not start with "record.".
 */
export const ACTION_GROUPS = [
  { id: 'all', prefix: '' },
  { id: 'signIns', prefix: 'staff.' },
  { id: 'accounts', prefix: 'account.' },
  { id: 'records', prefix: 'record.' },
  { id: 'followUps', prefix: 'followUp.' },
  { id: 'referrals', prefix: 'referral.' },
  { id: 'reports', prefix: 'report.' },
  { id: 'display', prefix: 'display.' },
  { id: 'config', prefix: 'config.' },
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number]['id'];

/** The message key explaining a chain problem (audit-chain.ts ChainProblem), or null for an unknown code. */
export function problemKey(reason: string): MessageKey | null {
  switch (reason) {
    case 'hash-mismatch': case 'prev-mismatch': case 'missing': case 'anchor-mismatch': case 'anchor-missing': case 'anchor-forged': case 'after-anchor':
      return `staff.audit.problem.${reason}`;
    default:
      return null;
  }
}

/** "2026-11-20T02:03:04.000Z" → "20/11/2026 09:03:04" (Vietnam time, UTC+7, as viDate); unreadable: as is. */
export function viDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const time = new Date(ms + 7 * 3_600_000).toISOString().slice(11, 19);
  return `${viDate(new Date(ms).toISOString())} ${time}`;
}

/** The subject's kind as a message key ("account:3" → account), or null: show it raw. */
export function subjectParts(subject: string): { key: MessageKey; id: string } | null {
  const m = /^(account|record|referral|batch):(.+)$/.exec(subject);
  if (!m) return null;
  const id = m[1] === 'batch' ? shorten(m[2]!, 8) : m[2]!;
  return { key: `staff.audit.subject.${m[1] as 'account' | 'record' | 'referral' | 'batch'}`, id };
}

/** Details on one line: "goal: vneid-level1 · source: chip"; long values (hashes, batch ids) shortened. */
export function detailsText(details: AuditEntryView['details']): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${v === null ? '–' : Array.isArray(v) ? v.join(', ') : shorten(String(v), 16)}`)
    .join(' · ');
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
