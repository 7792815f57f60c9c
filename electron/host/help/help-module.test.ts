import { describe, expect, it } from 'vitest';
import type { StaffServices } from '../staff/staff-services';
import { createDispatcher, type CallContext } from '../api/dispatcher';
import { EventHub } from '../api/event-hub';
import type { CoreContext, CoreModule } from '../core-module';
import { createHelpModule, type StaffForHelp } from './help-module';

const TOKEN = 'a-staff-token-of-enough-length';
const citizen: CallContext = { grants: ['display', 'citizen'], origin: 'test:citizen' };
const staffCall: CallContext = { grants: ['display', 'citizen', 'staff', 'admin'], origin: 'test:staff' };

function setup(staffModule?: CoreModule & StaffForHelp) {
  const events = new EventHub();
  const seen: unknown[] = [];
  events.subscribe(['staff'], (name, payload) => name === 'help.changed' && seen.push(payload));
  const ctx = {
    loaded: { file: 'kiosk.json', config: { ward: { name: 'Phường Minh Họa' } } },
    events,
    module: (name: string) => (name === 'staff' ? staffModule : undefined),
  } as unknown as CoreContext;
  const module = createHelpModule(ctx, { now: () => Date.parse('2026-03-02T08:00:00Z') });
  return { dispatch: createDispatcher(module.handlers), seen };
}

describe('help module', () => {
  it('a citizen raises a request; staff see it, are told of it, and acknowledge it', async () => {
    const { dispatch, seen } = setup();
    const raised = await dispatch('help.request', { screen: 'guide' }, citizen);
    expect(raised).toEqual({
      ok: true,
      value: { alreadyOpen: false, request: { id: 1, kiosk: 'Phường Minh Họa', screen: 'guide', requestedAt: '2026-03-02T08:00:00.000Z' } },
    });
    expect(seen).toHaveLength(1);
    const open = await dispatch('help.requests', { token: TOKEN }, staffCall);
    expect(open.ok && (open.value as { requests: unknown[] }).requests).toHaveLength(1);
    const after = await dispatch('help.acknowledge', { token: TOKEN, id: 1 }, staffCall);
    expect(after).toEqual({ ok: true, value: { requests: [] } });
    expect(seen.at(-1)).toEqual({ requests: [] });
  });

  it('the citizen face cannot list or acknowledge, and screen names are machine names only', async () => {
    const { dispatch } = setup();
    expect(await dispatch('help.requests', { token: TOKEN }, citizen)).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    const bad = await dispatch('help.request', { screen: 'Nguyễn Văn An' }, citizen);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('api.invalid-input');
  });

  it('checks the token with the staff module: any signed-in role, volunteers included', async () => {
    // The parts of StaffServices that authorise() reads: a signed-in volunteer holds TOKEN.
    const services = {
      sessions: { use: (t: string) => (t === TOKEN ? { ok: true, principal: { accountId: 7 } } : { ok: false, reason: 'unknown' }) },
      accounts: { byId: () => ({ id: 7, name: 'TNV', role: 'volunteer', team: 'Đoàn', active: true, mustChangePin: false }) },
      audit: { append: () => undefined },
    } as unknown as StaffServices;
    const staff: CoreModule & StaffForHelp = { name: 'staff', handlers: {}, services };
    const { dispatch } = setup(staff);
    expect(await dispatch('help.requests', { token: 'x'.repeat(30) }, staffCall)).toEqual({ ok: false, error: { code: 'staff.signed-out' } });
    expect(await dispatch('help.acknowledge', { token: 'x'.repeat(30), id: 1 }, staffCall)).toEqual({ ok: false, error: { code: 'staff.signed-out' } });
    expect(await dispatch('help.requests', { token: TOKEN }, staffCall)).toEqual({ ok: true, value: { requests: [] } });
  });
});
