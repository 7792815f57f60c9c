import { afterEach, describe, expect, it } from 'vitest';
import { CITIZEN, makeWorld, sessionCitizen, signedIn, signInAgain, type StaffWorld } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

const answers = { ownNameSim: 'yes', phone: 'nfc', vneidInstalled: 'no', guardianPresent: null } as const;
const manual = { kind: 'manual', card: { idNumber: CITIZEN.idNumber, dateOfBirth: CITIZEN.dateOfBirth, cardExpiry: '2033-01-05', cardKind: 'chip' } } as const;

describe('assisted records over a real SQLite file', () => {
  it('checks readiness, records a level-1 registration step by step and lists it as a follow-up', async () => {
    w = makeWorld();
    let { token } = await signedIn(w, 'Trần Văn Bình', 'volunteer', 'Đoàn Thanh niên');
    w.setSessionCitizen(sessionCitizen());

    const current = await w.call('staff.citizen.current', { token });
    expect(current.value).toEqual({ available: true, source: 'chip', maskedId: '001*******45' });

    const check = await w.call('staff.assist.check', { token, citizen: { kind: 'session' }, answers, goal: 'vneid-level1' });
    expect(check.ok).toBe(true);
    expect(check.value.maskedId).toBe('001*******45');
    expect(check.value.readiness.verdict).toBe('ready');
    expect(check.value.followUps).toEqual([]);
    expect(JSON.stringify(check.value)).not.toContain(CITIZEN.idNumber);

    const started = await w.call('staff.records.start', { token, citizen: { kind: 'session' }, answers, goal: 'vneid-level1', consent: true });
    expect(started.value).toMatchObject({ maskedId: '001*******45', goal: 'vneid-level1', status: 'open', source: 'chip', staffName: 'Trần Văn Bình', team: 'Đoàn Thanh niên' });
    expect(started.value.steps.map((s: { step: string }) => s.step)).toEqual(['install-app', 'enter-id-phone', 'scan-card', 'face-capture', 'submit-registration', 'approval-sms']);
    const id = started.value.id as number;

    for (const step of ['install-app', 'enter-id-phone', 'scan-card', 'face-capture', 'submit-registration']) {
      expect((await w.call('staff.records.markStep', { token, recordId: id, step, outcome: 'done', reason: null })).ok).toBe(true);
    }
    const noReason = await w.call('staff.records.markStep', { token, recordId: id, step: 'approval-sms', outcome: 'failed', reason: null });
    expect(noReason.error?.code).toBe('staff.reason-required');
    const notInGoal = await w.call('staff.records.markStep', { token, recordId: id, step: 'open-portal', outcome: 'done', reason: null });
    expect(notInGoal.error?.code).toBe('staff.step-unknown');
    await w.call('staff.records.markStep', { token, recordId: id, step: 'approval-sms', outcome: 'failed', reason: 'no-approval-sms-yet' });

    const finished = await w.call('staff.records.finish', { token, recordId: id });
    expect(finished.value).toMatchObject({ status: 'pending', followUp: 'awaiting-approval' });
    expect((await w.call('staff.records.markStep', { token, recordId: id, step: 'install-app', outcome: 'done', reason: null })).error?.code).toBe('staff.record-closed');

    const followUps = await w.call('staff.followUps.list', { token });
    expect(followUps.value.map((r: { id: number }) => r.id)).toEqual([id]);

    // Days later the citizen comes back with the card typed in by hand: the case is found by the keyed hash.
    w.clock.now = new Date('2026-11-23T02:00:00Z');
    w.setSessionCitizen(null);
    expect((await w.call('staff.followUps.list', { token })).error?.code).toBe('staff.signed-out'); // inactivity sign-out
    ({ token } = await signInAgain(w, 'Trần Văn Bình'));
    const again = await w.call('staff.assist.check', { token, citizen: manual, answers, goal: 'vneid-activation' });
    expect(again.value.followUps.map((r: { id: number }) => r.id)).toEqual([id]);

    const resolved = await w.call('staff.followUps.resolve', { token, recordId: id, resolution: 'completed', reason: null });
    expect(resolved.value.status).toBe('completed');
    expect(resolved.value.steps.at(-1)).toMatchObject({ step: 'approval-sms', outcome: 'done', reason: null });
    expect((await w.call('staff.followUps.list', { token })).value).toEqual([]);

    // The row holds the masked ID and a 64-hex keyed hash, nothing else about the citizen.
    const row = w.db.prepare('SELECT * FROM assisted_records WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row.masked_id).toBe('001*******45');
    expect(row.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(row).sort()).toEqual(
      ['closed_at', 'follow_up', 'goal', 'id', 'id_hash', 'masked_id', 'readiness', 'resolved_by', 'source', 'staff_id', 'started_at', 'status', 'team', 'updated_at'].sort(),
    );
  });

  it('turns a level-2 referral into a police follow-up and a failed resolution into a counted reason', async () => {
    w = makeWorld();
    const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    const start = await w.call('staff.records.start', { token, citizen: manual, answers, goal: 'vneid-level2-referral', consent: true });
    const id = start.value.id as number;
    for (const step of ['explain-level2', 'documents-to-bring', 'referred-to-police']) {
      await w.call('staff.records.markStep', { token, recordId: id, step, outcome: 'done', reason: null });
    }
    expect((await w.call('staff.records.finish', { token, recordId: id })).value).toMatchObject({ status: 'pending', followUp: 'referred-police' });
    const failed = await w.call('staff.followUps.resolve', { token, recordId: id, resolution: 'failed', reason: 'data-mismatch' });
    expect(failed.value.status).toBe('failed');
    expect(failed.value.steps.at(-1)).toMatchObject({ step: 'referred-to-police', outcome: 'failed', reason: 'data-mismatch' });
    expect((await w.call('staff.followUps.resolve', { token, recordId: id, resolution: 'completed', reason: null })).error?.code).toBe('staff.not-pending');
  });

  it('closes records left open for a working day as finishing would, and says so in the audit log', async () => {
    w = makeWorld();
    const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    const waiting = (await w.call('staff.records.start', { token, citizen: manual, answers, goal: 'vneid-level1', consent: true })).value.id as number;
    const steps = (await w.call('staff.records.get', { token, recordId: waiting })).value.steps as { step: string }[];
    await w.call('staff.records.markStep', { token, recordId: waiting, step: steps[0]!.step, outcome: 'failed', reason: 'no-approval-sms-yet' });
    const untouched = (await w.call('staff.records.start', { token, citizen: manual, answers, goal: 'portal-link', consent: true })).value.id as number;
    expect(w.s.records.closeForgotten()).toBe(0); // still the same working day
    w.clock.now = new Date(w.clock.now.getTime() + 9 * 3_600_000);
    expect(w.s.records.closeForgotten()).toBe(2);
    expect(w.s.records.get(waiting)).toMatchObject({ status: 'pending', followUp: 'awaiting-approval' });
    expect(w.s.records.get(untouched)).toMatchObject({ status: 'incomplete' });
    expect(w.s.audit.entries(2).map((e) => [e.actor, e.action, JSON.parse(e.details).forgotten])).toEqual([
      ['system', 'record.closed', true], ['system', 'record.closed', true],
    ]);
    expect(w.s.records.closeForgotten()).toBe(0);
  });

  it('refuses to start without consent, without a session citizen, and for unknown records', async () => {
    w = makeWorld();
    const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    expect((await w.call('staff.records.start', { token, citizen: manual, answers, goal: 'portal-link', consent: false })).error?.code).toBe('api.invalid-input');
    expect((await w.call('staff.records.start', { token, citizen: { kind: 'session' }, answers, goal: 'portal-link', consent: true })).error?.code).toBe('staff.no-session-citizen');
    expect((await w.call('staff.records.get', { token, recordId: 999 })).error?.code).toBe('staff.record-unknown');
    expect((await w.call('staff.citizen.current', { token })).value).toEqual({ available: false });
  });
});
