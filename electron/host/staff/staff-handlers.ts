import type { CitizenAnswers, CitizenRef, StaffRole } from '../../api/staff';
import { ApiFailure } from '../api/api-failure';
import type { Handlers } from '../api/dispatcher';
import { auditEntryView, auditVerdictView } from './audit/audit-view';
import { maskId } from './crypto/id-privacy';
import { assessReadiness, type CitizenFacts } from './readiness/readiness-rules';
import { vnDate } from './reports/periods';
import type { SessionCitizenSource } from './session-citizen';
import { authorise } from './staff-auth';
import type { StaffServices } from './staff-services';

type StaffHandlers = Pick<Handlers, Extract<keyof Handlers, `staff.${string}`>>;

const OFFICE: readonly StaffRole[] = ['staff', 'admin'];
const ADMIN: readonly StaffRole[] = ['admin'];

interface ResolvedCitizen {
  readonly facts: CitizenFacts;
  readonly source: 'chip' | 'qr' | 'manual';
  readonly fullName: string | null;
}

/** The 'staff.*' call handlers over the staff services. `changed` runs after any record is written. */
export function staffHandlers(s: StaffServices, citizen: SessionCitizenSource, changed: () => void): StaffHandlers {
  const resolve = (ref: CitizenRef): ResolvedCitizen => {
    if (ref.kind === 'manual') {
      const c = ref.card;
      return { source: 'manual', fullName: null, facts: { idNumber: c.idNumber, dateOfBirth: c.dateOfBirth, cardExpiry: c.cardExpiry, cardKind: c.cardKind, passiveAuth: 'not-read' } };
    }
    const current = citizen.current();
    if (!current) throw new ApiFailure('staff.no-session-citizen');
    citizen.touch?.();
    return { source: current.source, fullName: current.fullName, facts: current.facts };
  };
  const readiness = (c: ResolvedCitizen, answers: CitizenAnswers, goal: Parameters<typeof assessReadiness>[3]) =>
    assessReadiness(c.facts, answers, vnDate(s.now()), goal);

  return {
    'staff.signInList': () => s.accounts.signInTiles(),
    'staff.signIn': ({ accountId, pin }) => s.accounts.signIn(accountId, pin),
    'staff.signOut': ({ token }) => {
      const p = s.sessions.close(token);
      if (p) s.audit.append(`staff:${p.accountId}`, 'staff.signedOut', `account:${p.accountId}`);
      return {};
    },
    'staff.touch': ({ token }) => {
      authorise(s, token, { duringPinChange: true });
      return { inactivitySeconds: s.sessions.inactivitySeconds };
    },
    'staff.changePin': async ({ token, currentPin, newPin }) => {
      await s.accounts.changePin(authorise(s, token, { duringPinChange: true }), currentPin, newPin);
      return {};
    },

    'staff.citizen.current': ({ token }) => {
      authorise(s, token);
      const c = citizen.current();
      return c ? { available: true, source: c.source, maskedId: maskId(c.facts.idNumber) } : { available: false };
    },
    'staff.assist.check': async ({ token, citizen: ref, answers, goal }) => {
      authorise(s, token);
      const c = resolve(ref);
      const { maskedId, idHash } = await s.records.identify(c.facts.idNumber);
      return { maskedId, readiness: readiness(c, answers, goal), followUps: s.records.followUpsFor(idHash) };
    },
    'staff.records.start': async ({ token, citizen: ref, answers, goal }) => {
      const p = authorise(s, token);
      const c = resolve(ref);
      const record = await s.records.start(p, { idNumber: c.facts.idNumber, source: c.source }, goal, readiness(c, answers, goal));
      changed();
      return record;
    },
    'staff.records.markStep': ({ token, recordId, step, outcome, reason }) => {
      const record = s.records.markStep(authorise(s, token), recordId, step, outcome, reason);
      changed();
      return record;
    },
    'staff.records.finish': ({ token, recordId }) => {
      const record = s.records.finish(authorise(s, token), recordId);
      changed();
      return record;
    },
    'staff.records.get': ({ token, recordId }) => {
      authorise(s, token);
      return s.records.get(recordId);
    },
    'staff.followUps.list': ({ token }) => {
      authorise(s, token);
      return s.records.followUps();
    },
    'staff.followUps.resolve': ({ token, recordId, resolution, reason }) => {
      const record = s.records.resolve(authorise(s, token), recordId, resolution, reason);
      changed();
      return record;
    },

    'staff.referrals.create': async ({ token, citizen: ref, kinds, note, recordId }) => {
      const p = authorise(s, token);
      let person: { idNumber: string; fullName: string };
      if (ref.kind === 'manual') person = { idNumber: ref.idNumber, fullName: ref.fullName };
      else {
        const c = citizen.current();
        if (!c) throw new ApiFailure('staff.no-session-citizen');
        citizen.touch?.();
        if (!c.fullName) throw new ApiFailure('staff.name-unknown');
        person = { idNumber: c.facts.idNumber, fullName: c.fullName };
      }
      const summary = await s.referrals.create(p, { ...person, kinds, note, recordId });
      changed();
      return summary;
    },
    'staff.referrals.list': ({ token }) => {
      authorise(s, token);
      return { retentionDays: s.referrals.retentionDays, referrals: s.referrals.list() };
    },
    'staff.referrals.export': ({ token }) => s.referrals.exportPending(authorise(s, token, { roles: OFFICE })),
    'staff.referrals.confirmExport': ({ token, batchId }) => ({ deleted: s.referrals.confirmExport(authorise(s, token, { roles: OFFICE }), batchId) }),

    'staff.dashboard': ({ token, range }) => {
      authorise(s, token);
      return s.reports.dashboard(range);
    },
    'staff.reports.reminder': ({ token }) => {
      authorise(s, token);
      return s.reports.reminder();
    },
    'staff.reports.generate': async ({ token, period, format }) => {
      const p = authorise(s, token, { roles: OFFICE });
      const r = await s.reports.generate(period, format, `staff:${p.accountId}`);
      return { period: r.period, file: { fileName: r.file.fileName, mimeType: r.file.mimeType, base64: r.file.bytes.toString('base64') } };
    },

    'staff.accounts.list': ({ token }) => {
      authorise(s, token, { roles: ADMIN });
      return s.accounts.list();
    },
    'staff.accounts.add': ({ token, name, role, team, pin }) => {
      const p = authorise(s, token, { roles: ADMIN });
      return s.accounts.add({ name, role, team, pin, mustChangePin: true }, `staff:${p.accountId}`);
    },
    'staff.accounts.setActive': ({ token, accountId, active }) => {
      const p = authorise(s, token, { roles: ADMIN });
      return s.accounts.setActive(accountId, active, `staff:${p.accountId}`);
    },
    'staff.accounts.resetPin': ({ token, accountId, pin }) => {
      const p = authorise(s, token, { roles: ADMIN });
      return s.accounts.resetPin(accountId, pin, `staff:${p.accountId}`);
    },

    'staff.audit.list': ({ token, beforeSeq, limit, action }) => {
      // Reading the log is deliberately not itself audited: every page, filter change and "load more"
      // would append an entry, so the log would mostly record its own viewing and bury the entries it
      // exists for. What an admin changes is audited where it is changed.
      authorise(s, token, { roles: ADMIN });
      const page = s.audit.page({ limit, ...(beforeSeq !== undefined ? { beforeSeq } : {}), ...(action ? { actionPrefix: action } : {}) });
      const names = new Map<number, string | null>();
      const nameOf = (id: number) => {
        if (!names.has(id)) names.set(id, s.accounts.byId(id)?.name ?? null);
        return names.get(id)!;
      };
      // The verdict covers the whole chain and its anchor, whatever the page: the same check as `kiosk audit verify`.
      return { entries: page.entries.map((e) => auditEntryView(e, nameOf)), verdict: auditVerdictView(s.audit.verify()), nextBeforeSeq: page.nextBeforeSeq };
    },
  };
}
