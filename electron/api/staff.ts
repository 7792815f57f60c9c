import { z } from 'zod';
import { defineCall } from './define';
import { DissatisfactionReason } from './session';

/*
 * The staff face's part of the contract: staff accounts and sign-in, assisted VNeID/portal work with
 * its readiness checks and step checklist, follow-ups, data-error referrals to the ward police, the
 * dashboard and the ward's reports. Every call but the sign-in list and sign-in carries the staff
 * session token in its input (`token`); the core checks it, the role and the inactivity timeout.
 * No output ever carries a full ID number: records show the masked ID (first 3 + last 2 digits).
 */

// ── vocabularies ──────────────────────────────────────────────────────────────────────────────────

export const StaffRole = z.enum(['staff', 'volunteer', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/** What the citizen came for (vneid-and-portal.md). Level 2 is only a referral: the police register it. */
export const AssistGoal = z.enum(['vneid-level1', 'vneid-activation', 'vneid-level2-referral', 'portal-link', 'first-dossier']);
export type AssistGoal = z.infer<typeof AssistGoal>;

/** Every step of every checklist (see host/staff/readiness/checklists.ts for which goal has which). */
export const AssistStep = z.enum([
  'install-app', 'enter-id-phone', 'scan-card', 'face-capture', 'submit-registration', 'approval-sms',
  'activation-start', 'otp-received', 'password-set', 'passcode-set', 'security-questions',
  'explain-level2', 'documents-to-bring', 'referred-to-police',
  'open-portal', 'login-vneid', 'update-from-national-db',
  'choose-procedure', 'fill-form', 'attach-documents', 'submit-dossier', 'receipt-code',
]);
export type AssistStep = z.infer<typeof AssistStep>;

export const StepOutcome = z.enum(['done', 'failed', 'skipped']);
export type StepOutcome = z.infer<typeof StepOutcome>;

/** The fixed list of reasons a step failed: the ward's reports count them, so no free text. */
export const FailureReason = z.enum([
  'no-own-name-sim', 'no-smartphone', 'phone-without-nfc', 'app-not-installable', 'face-capture-failed',
  'card-expired', 'card-without-chip', 'chip-read-failed', 'data-mismatch', 'no-approval-sms-yet',
  'otp-not-received', 'already-registered', 'under-age-no-guardian', 'network-problem', 'portal-error',
  'citizen-left', 'other',
]);
export type FailureReason = z.infer<typeof FailureReason>;

/** Reasons the staff face offers first for a step (staff may still pick any reason of the fixed list). */
export const SUGGESTED_REASONS: Readonly<Partial<Record<AssistStep, readonly FailureReason[]>>> = {
  'install-app': ['no-smartphone', 'app-not-installable', 'network-problem'],
  'enter-id-phone': ['no-own-name-sim', 'already-registered', 'data-mismatch'],
  'scan-card': ['phone-without-nfc', 'chip-read-failed', 'card-without-chip', 'card-expired'],
  'face-capture': ['face-capture-failed'],
  'submit-registration': ['data-mismatch', 'network-problem', 'already-registered'],
  'approval-sms': ['no-approval-sms-yet', 'data-mismatch'],
  'activation-start': ['no-approval-sms-yet', 'no-own-name-sim'],
  'otp-received': ['otp-not-received', 'no-own-name-sim'],
  'login-vneid': ['portal-error', 'network-problem'],
  'update-from-national-db': ['portal-error', 'data-mismatch'],
  'submit-dossier': ['portal-error', 'network-problem'],
};

/** Where a record stands. `pending` records are the follow-up list. */
export const RecordStatus = z.enum(['open', 'completed', 'pending', 'failed', 'incomplete', 'abandoned']);
export type RecordStatus = z.infer<typeof RecordStatus>;

export const FollowUpKind = z.enum(['awaiting-approval', 'referred-police']);
export type FollowUpKind = z.infer<typeof FollowUpKind>;

/** Data errors the ward police correct ("làm sạch dữ liệu", seed 000 §3.2). */
export const DataErrorKind = z.enum(['name', 'sex', 'date-of-birth', 'place-of-birth-registration', 'duplicate-record', 'other']);
export type DataErrorKind = z.infer<typeof DataErrorKind>;

// ── readiness ─────────────────────────────────────────────────────────────────────────────────────

const IsoDate = z.iso.date();
const IdNumber = z.string().regex(/^\d{12}$/, 'expected the 12-digit ID number');
const Token = z.string().min(20).max(100);
const Pin = z.string().regex(/^\d{6,12}$/, 'expected 6 to 12 digits');
const AccountId = z.number().int().positive();
const RecordId = z.number().int().positive();

/** What the citizen answers about themselves; the kiosk cannot check carriers or phones. */
export const CitizenAnswers = z.object({
  ownNameSim: z.enum(['yes', 'no']).nullable(),
  phone: z.enum(['nfc', 'qr-only', 'no-smartphone']).nullable(),
  vneidInstalled: z.enum(['yes', 'no']).nullable(),
  /** Only asked for citizens under 14 (the guardian path). */
  guardianPresent: z.boolean().nullable(),
});
export type CitizenAnswers = z.infer<typeof CitizenAnswers>;

/** Card data staff typed on the keypad (damaged card, no reader): never echoed back. */
export const ManualCard = z.object({
  idNumber: IdNumber,
  dateOfBirth: IsoDate,
  /** null: the card has no expiry (issued at 58+ under the 2023 law). */
  cardExpiry: IsoDate.nullable(),
  cardKind: z.enum(['chip', 'no-chip']),
});
export type ManualCard = z.infer<typeof ManualCard>;

/** Which citizen: the one whose card the kiosk's current session read, or typed data. */
export const CitizenRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session') }),
  z.object({ kind: z.literal('manual'), card: ManualCard }),
]);
export type CitizenRef = z.infer<typeof CitizenRef>;

export const ReadinessCheckName = z.enum([
  'age', 'card-chip', 'card-valid', 'chip-authentic', 'id-consistent', 'own-name-sim', 'phone-capable', 'vneid-installed',
]);
export type ReadinessCheckName = z.infer<typeof ReadinessCheckName>;

export const ReadinessCheck = z.object({
  check: ReadinessCheckName,
  /** pass; fail; warn (go on, mind the note); unknown (not answered / not checkable); guardian (under 14). */
  status: z.enum(['pass', 'fail', 'warn', 'unknown', 'guardian']),
  /** Machine code of the detail, e.g. "card-expiring-soon", "qr-instead-of-nfc", "age-6-13". */
  note: z.string().optional(),
  reason: FailureReason.optional(),
  /** Whether a failure here stops the chosen goal. */
  blocking: z.boolean(),
});
export type ReadinessCheck = z.infer<typeof ReadinessCheck>;

export const Readiness = z.object({
  verdict: z.enum(['ready', 'ready-with-guardian', 'not-ready', 'incomplete']),
  checks: z.array(ReadinessCheck),
});
export type Readiness = z.infer<typeof Readiness>;

// ── records ───────────────────────────────────────────────────────────────────────────────────────

export const StepState = z.object({
  step: AssistStep,
  outcome: StepOutcome.nullable(),
  reason: FailureReason.nullable(),
  at: z.iso.datetime().nullable(),
});
export type StepState = z.infer<typeof StepState>;

export const AssistedRecord = z.object({
  id: RecordId,
  maskedId: z.string(),
  goal: AssistGoal,
  status: RecordStatus,
  followUp: FollowUpKind.nullable(),
  source: z.enum(['chip', 'qr', 'manual']),
  staffName: z.string(),
  team: z.string(),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  steps: z.array(StepState),
});
export type AssistedRecord = z.infer<typeof AssistedRecord>;

/** The kiosk session's card, as staff may see it: masked, never the number. */
export const SessionCitizen = z.discriminatedUnion('available', [
  z.object({ available: z.literal(false) }),
  z.object({ available: z.literal(true), source: z.enum(['chip', 'qr']), maskedId: z.string() }),
]);
export type SessionCitizen = z.infer<typeof SessionCitizen>;

export const ReadinessResult = z.object({
  maskedId: z.string(),
  readiness: Readiness,
  /** This citizen's open follow-ups (matched by the keyed ID hash), so staff continue them. */
  followUps: z.array(AssistedRecord),
});
export type ReadinessResult = z.infer<typeof ReadinessResult>;

// ── referrals ─────────────────────────────────────────────────────────────────────────────────────

export const ReferralSummary = z.object({
  id: z.number().int().positive(),
  maskedId: z.string().nullable(),
  kinds: z.array(DataErrorKind),
  status: z.enum(['open', 'exported', 'purged']),
  createdAt: z.iso.datetime(),
  staffName: z.string(),
  /** When the personal part will be deleted at the latest (retention). */
  deleteBy: z.iso.datetime().nullable(),
  /** Exported, hand-over not yet confirmed: the batch to confirm (also after a reload or another sign-in). */
  exportBatch: z.string().nullable(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

/** A file handed to the face (browser mode has no download route): base64 of the bytes. */
export const FileDownload = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type FileDownload = z.infer<typeof FileDownload>;

// ── dashboard and reports ─────────────────────────────────────────────────────────────────────────

const Count = z.number().int().nonnegative();
const OutcomeCounts = z.object({ open: Count, completed: Count, pending: Count, failed: Count, incomplete: Count, abandoned: Count });

export const Period = z.object({ from: IsoDate, to: IsoDate });
export type Period = z.infer<typeof Period>;

export const TargetProgress = z.object({
  indicator: z.string(),
  label: z.string(),
  percent: z.number(),
  deadline: IsoDate,
  /** population × percent / 100, rounded up. */
  targetCount: Count,
  /** null: the kiosk does not measure this indicator. */
  achieved: Count.nullable(),
  overdue: z.boolean(),
});
export type TargetProgress = z.infer<typeof TargetProgress>;

export const Dashboard = z.object({
  period: Period,
  /**
   * `citizensHelped`: times a citizen was helped (served kiosk sessions + assisted cases), the same figure and
   * name as the lobby display's; `citizens`: distinct people among the assisted cases.
   */
  totals: z.object({ citizensHelped: Count, records: Count, citizens: Count, referrals: Count, followUpsOpen: Count }).extend(OutcomeCounts.shape),
  byGoal: z.array(z.object({ goal: AssistGoal }).extend(OutcomeCounts.shape)),
  failureReasons: z.array(z.object({ reason: FailureReason, count: Count })),
  byStaff: z.array(z.object({ staffId: AccountId, name: z.string(), team: z.string(), records: Count, citizens: Count, completed: Count })),
  byTeam: z.array(z.object({ team: z.string(), records: Count, citizens: Count, completed: Count })),
  referralsByKind: z.array(z.object({ kind: DataErrorKind, count: Count })),
  citizenSessions: z.object({
    sessions: Count, identified: Count, submitted: Count, finishOnPhone: Count, needHelp: Count,
    /** Satisfaction ratings given at the end of sessions (Rất hài lòng / Hài lòng / Không hài lòng). */
    verySatisfied: Count, satisfied: Count, dissatisfied: Count,
    dissatisfactionReasons: z.array(z.object({ reason: DissatisfactionReason, count: Count })),
    byProcedure: z.array(z.object({ code: z.string(), guided: Count, submitted: Count })),
  }),
  targets: z.array(TargetProgress),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const ReportReminder = z.object({
  /** The month to report (previous month), as a period, and the last day it is due. */
  period: Period,
  dueBy: IsoDate,
  /** Show the reminder (from the 5th until the report was exported). */
  show: z.boolean(),
  overdue: z.boolean(),
  exported: z.boolean(),
});
export type ReportReminder = z.infer<typeof ReportReminder>;

export const ReportFormat = z.enum(['xlsx', 'csv', 'json']);
export type ReportFormat = z.infer<typeof ReportFormat>;

// ── accounts ──────────────────────────────────────────────────────────────────────────────────────

export const StaffAccountTile = z.object({ id: AccountId, name: z.string(), role: StaffRole, team: z.string() });
export type StaffAccountTile = z.infer<typeof StaffAccountTile>;

export const StaffAccount = StaffAccountTile.extend({
  active: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  failedAttempts: Count,
  mustChangePin: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

export const SignInResult = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('signed-in'),
    token: z.string(),
    account: StaffAccountTile,
    /** The core signs the session out after this many seconds without a call. */
    inactivitySeconds: z.number().int().positive(),
    mustChangePin: z.boolean(),
  }),
  z.object({ outcome: z.literal('wrong-pin'), attemptsBeforeLock: Count }),
  z.object({ outcome: z.literal('locked'), retryAfterSeconds: z.number().int().positive() }),
]);
export type SignInResult = z.infer<typeof SignInResult>;

// ── audit log viewer ──────────────────────────────────────────────────────────────────────────────

/** A detail value as the audit log stores it: codes, counts and ids, never personal data. */
const AuditDetailValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

/** One audit-log entry as an admin sees it (the chain's hashes stay in the core). */
export const AuditEntryView = z.object({
  seq: z.number().int().positive(),
  /** ISO instant as stored. Not format-checked here: a tampered row must still be shown, not fail the page. */
  at: z.string(),
  /** "staff:<account id>", "cli" or "system" (whatever the row says, if it was tampered with). */
  actor: z.string(),
  /** The staff account's current name when the actor is a staff account that still exists. */
  actorName: z.string().nullable(),
  /** Dotted action code, e.g. "staff.signedIn", "record.created". */
  action: z.string(),
  /** What it was done to, e.g. "account:3", "record:12", "batch:…"; null when nothing in particular. */
  subject: z.string().nullable(),
  details: z.record(z.string(), AuditDetailValue),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

/**
 * The whole chain's verdict, as `kiosk audit verify` gives it. `reason` is a ChainProblem code:
 * hash-mismatch, prev-mismatch, missing, anchor-mismatch, anchor-missing, anchor-forged, after-anchor.
 */
export const AuditVerdict = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), entries: Count }),
  z.object({ ok: z.literal(false), atSeq: z.number().int().nonnegative(), reason: z.string() }),
]);
export type AuditVerdict = z.infer<typeof AuditVerdict>;

export const AuditPage = z.object({
  /** Newest first. */
  entries: z.array(AuditEntryView),
  verdict: AuditVerdict,
  /** Pass as `beforeSeq` for the next (older) page; null: no older entries. */
  nextBeforeSeq: z.number().int().positive().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

const auth = { token: Token };
const call = defineCall;

export const staffCalls = {
  /** Active accounts as sign-in tiles (names, roles, teams: staff data, no citizen data). */
  'staff.signInList': call({ access: 'staff', input: z.object({}), output: z.array(StaffAccountTile) }),
  'staff.signIn': call({ access: 'staff', input: z.object({ accountId: AccountId, pin: Pin }), output: SignInResult }),
  'staff.signOut': call({ access: 'staff', input: z.object(auth), output: z.object({}) }),
  /** Staff did something on screen: keeps the session alive. */
  'staff.touch': call({ access: 'staff', input: z.object(auth), output: z.object({ inactivitySeconds: z.number() }) }),
  'staff.changePin': call({ access: 'staff', input: z.object({ ...auth, currentPin: Pin, newPin: Pin }), output: z.object({}) }),

  'staff.citizen.current': call({ access: 'staff', input: z.object(auth), output: SessionCitizen }),
  'staff.assist.check': call({
    access: 'staff',
    input: z.object({ ...auth, citizen: CitizenRef, answers: CitizenAnswers, goal: AssistGoal.nullable() }),
    output: ReadinessResult,
  }),
  'staff.records.start': call({
    access: 'staff',
    input: z.object({ ...auth, citizen: CitizenRef, answers: CitizenAnswers, goal: AssistGoal, consent: z.literal(true) }),
    output: AssistedRecord,
  }),
  'staff.records.markStep': call({
    access: 'staff',
    input: z.object({ ...auth, recordId: RecordId, step: AssistStep, outcome: StepOutcome, reason: FailureReason.nullable() }),
    output: AssistedRecord,
  }),
  'staff.records.finish': call({ access: 'staff', input: z.object({ ...auth, recordId: RecordId }), output: AssistedRecord }),
  'staff.records.get': call({ access: 'staff', input: z.object({ ...auth, recordId: RecordId }), output: AssistedRecord }),
  'staff.followUps.list': call({ access: 'staff', input: z.object(auth), output: z.array(AssistedRecord) }),
  'staff.followUps.resolve': call({
    access: 'staff',
    input: z.object({
      ...auth, recordId: RecordId, resolution: z.enum(['completed', 'failed', 'abandoned']), reason: FailureReason.nullable(),
    }),
    output: AssistedRecord,
  }),

  'staff.referrals.create': call({
    access: 'staff',
    input: z.object({
      ...auth,
      citizen: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('session') }),
        z.object({ kind: z.literal('manual'), idNumber: IdNumber, fullName: z.string().trim().min(2).max(120) }),
      ]),
      kinds: z.array(DataErrorKind).min(1).max(6),
      /** What is wrong, in staff's words (encrypted with the rest). */
      note: z.string().max(500),
      consent: z.literal(true),
      recordId: RecordId.nullable(),
    }),
    output: ReferralSummary,
  }),
  'staff.referrals.list': call({
    access: 'staff',
    input: z.object(auth),
    output: z.object({ retentionDays: z.number().int().positive(), referrals: z.array(ReferralSummary) }),
  }),
  /**
   * Decrypts the open referrals into a list for the police: an XLSX encrypted with `password`, a one-time
   * password shown to staff once (to pass to the officer apart from the file) and kept nowhere. A CSV cannot
   * carry a password, so there is none. The referrals stay until the export is confirmed.
   */
  'staff.referrals.export': call({
    access: 'staff',
    input: z.object({ ...auth, format: z.literal('xlsx') }),
    output: z.object({ batchId: z.string(), count: Count, file: FileDownload, password: z.string().min(16) }),
  }),
  /** The police received the list: the personal part of that batch is deleted now. */
  'staff.referrals.confirmExport': call({ access: 'staff', input: z.object({ ...auth, batchId: z.string().min(8).max(64) }), output: z.object({ deleted: Count }) }),

  'staff.dashboard': call({
    access: 'staff',
    input: z.object({ ...auth, range: z.enum(['today', 'week', 'month']) }),
    output: Dashboard,
  }),
  'staff.reports.reminder': call({ access: 'staff', input: z.object(auth), output: ReportReminder }),
  'staff.reports.generate': call({
    access: 'staff',
    input: z.object({ ...auth, period: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('previous-week') }),
      z.object({ kind: z.literal('previous-month') }),
      z.object({ kind: z.literal('custom'), from: IsoDate, to: IsoDate }),
    ]), format: ReportFormat }),
    output: z.object({ period: Period, file: FileDownload }),
  }),

  'staff.accounts.list': call({ access: 'admin', input: z.object(auth), output: z.array(StaffAccount) }),
  'staff.accounts.add': call({
    access: 'admin',
    input: z.object({ ...auth, name: z.string().trim().min(2).max(80), role: StaffRole, team: z.string().trim().max(80), pin: Pin }),
    output: StaffAccount,
  }),
  'staff.accounts.setActive': call({ access: 'admin', input: z.object({ ...auth, accountId: AccountId, active: z.boolean() }), output: StaffAccount }),
  'staff.accounts.resetPin': call({ access: 'admin', input: z.object({ ...auth, accountId: AccountId, pin: Pin }), output: StaffAccount }),

  /** Admin: one page of the audit log, newest first, with the verdict over the whole chain and anchor. */
  'staff.audit.list': call({
    access: 'admin',
    input: z.object({
      ...auth,
      /** Only entries older than this sequence number (the previous page's `nextBeforeSeq`). */
      beforeSeq: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(200).default(50),
      /** Only actions starting with this text, e.g. "staff." or "record." (plain prefix, no wildcards). */
      action: z.string().max(60).optional(),
    }),
    output: AuditPage,
  }),
};
