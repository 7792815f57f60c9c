import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls } from '../../../electron/api/contract';
import type { KioskCore } from '../../../electron/host/core-module';
import type { LocalServer } from '../../../electron/host/server/local-server';
import { ADMIN_PIN, connect, makeDisplayWorld } from './display-world';

let world: Awaited<ReturnType<typeof makeDisplayWorld>>;
let core: KioskCore;
let server: LocalServer;

beforeAll(async () => {
  world = await makeDisplayWorld();
  ({ core, server } = await world.start());
});
afterAll(async () => {
  await server?.close();
  await core?.stop();
  world?.cleanup();
});

const feedEvent = (m: { t: string; name?: string }) => m.t === 'event' && m.name === 'display.feedChanged';

async function adminToken(): Promise<string> {
  const staff = connect('127.0.0.1', server.port, `face=staff&k=${server.launchToken}`);
  await staff.opened;
  const r = await staff.call('staff.signIn', { accountId: world.adminId, pin: ADMIN_PIN });
  staff.ws.close();
  if (!r.ok || r.value.outcome !== 'signed-in') throw new Error(`admin sign-in failed: ${JSON.stringify(r)}`);
  return r.value.token as string;
}

describe('the display feed over the WebSocket', () => {
  it('serves the 25 services, the five benefit groups and the guidance QR address to a display connection', async () => {
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    const r = await d.call('display.feed', {});
    expect(r.ok).toBe(true);
    const slides = r.value.slides as { kind: string; services?: { n: number }[]; groups?: unknown[]; guideUrl?: string }[];
    expect(slides.filter((s) => s.kind === 'services').flatMap((s) => s.services!.map((x) => x.n))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(slides.find((s) => s.kind === 'benefits')?.groups).toHaveLength(5);
    expect(slides.find((s) => s.kind === 'vneid')?.guideUrl).toBe('https://tailieuhuongdan.dean06.vn');
    d.ws.close();
  });

  it('refuses every call above display access on a display connection', async () => {
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    const above = Object.entries(calls).filter(([, spec]) => spec.access !== 'display').map(([name]) => name);
    expect(above).toContain('display.setEmergency');
    for (const name of above) expect((await d.call(name, {})).error?.code, name).toBe('api.forbidden');
    d.ws.close();
  });

  it('refuses the emergency calls without a signed-in admin, even on the staff face', async () => {
    const staff = connect('127.0.0.1', server.port, `face=staff&k=${server.launchToken}`);
    await staff.opened;
    const r = await staff.call('display.setEmergency', { token: 'x'.repeat(32), text: 'Thử' });
    expect(r).toEqual({ ok: false, error: { code: 'staff.signed-out' } });
    staff.ws.close();
  });

  it('puts an emergency message on a connected display within 2 s and takes it down again', async () => {
    const token = await adminToken();
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    const admin = connect('127.0.0.1', server.port, `face=staff&k=${server.launchToken}`);
    await admin.opened;
    const t0 = Date.now();
    const set = await admin.call('display.setEmergency', { token, text: '  Mất điện: tạm dừng tiếp nhận hồ sơ  ' });
    expect(set).toMatchObject({ ok: true, value: { text: 'Mất điện: tạm dừng tiếp nhận hồ sơ' } });
    const pushed = await d.next((m) => feedEvent(m) && (m as any).payload.emergency !== null, 2000);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect((pushed as any).payload.emergency.text).toBe('Mất điện: tạm dừng tiếp nhận hồ sơ');
    expect(await admin.call('display.withdrawEmergency', { token })).toEqual({ ok: true, value: { withdrawn: true } });
    await d.next((m) => feedEvent(m) && (m as any).payload.emergency === null && m !== pushed, 2000);
    // Both actions are in the staff audit log, by the admin, without the message text.
    const audit = core.module<any>('staff')!.services.audit;
    expect(audit.lastOf('display.emergencySet')).toMatchObject({ actor: expect.stringMatching(/^staff:\d+$/) });
    expect(audit.lastOf('display.emergencyWithdrawn')).toMatchObject({ actor: expect.stringMatching(/^staff:\d+$/) });
    expect(JSON.stringify(audit.entries())).not.toContain('Mất điện');
    d.ws.close();
    admin.ws.close();
  });

  it('pushes a content change to the display within seconds, without any call', async () => {
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    const content = world.readDisplayContent();
    world.writeDisplayContent({ ...content, ticker: { vi: 'Nội dung mới từ tệp' } });
    const pushed = await d.next((m) => feedEvent(m) && (m as any).payload.ticker?.vi === 'Nội dung mới từ tệp', 3000);
    expect(pushed).toBeTruthy();
    // A broken edit keeps the last good content on screen.
    const before = d.events('display.feedChanged').length;
    world.writeDisplayContent({ ...content, playlist: 'nope' });
    await new Promise((r) => setTimeout(r, 800));
    expect(d.events('display.feedChanged')).toHaveLength(before);
    expect((await d.call('display.feed', {})).value.ticker.vi).toBe('Nội dung mới từ tệp');
    world.writeDisplayContent(content);
    d.ws.close();
  });

  it('counts a citizen who was helped on the statistics slide within seconds, not a passer-by', async () => {
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    const stats = (feed: any) => feed.slides.find((s: any) => s.kind === 'statistics');
    const before = stats((await d.call('display.feed', {})).value).citizensHelpedThisWeek as number;
    const citizen = connect('127.0.0.1', server.port, `face=citizen&k=${server.launchToken}`);
    await citizen.opened;
    // Someone touches the screen and leaves: not a citizen helped.
    await citizen.call('session.start', {});
    await citizen.call('session.end', { reason: 'finished' });
    // Someone is guided through a procedure and submits it.
    await citizen.call('session.start', {});
    await citizen.call('session.outcome', { procedureCode: '1.004194', outcome: 'submitted' });
    await citizen.call('session.end', { reason: 'finished' });
    await d.next((m) => feedEvent(m) && stats((m as any).payload).citizensHelpedThisWeek === before + 1, 4000);
    expect(stats((await d.call('display.feed', {})).value).citizensHelpedThisWeek).toBe(before + 1);
    citizen.ws.close();
    d.ws.close();
  });
});

describe('one source for each figure (issue 13)', () => {
  it('shows the staff dashboard\'s own figures: citizens helped this week, and kiosk.json\'s activation target', async () => {
    const token = await adminToken();
    const staff = connect('127.0.0.1', server.port, `face=staff&k=${server.launchToken}`);
    await staff.opened;
    const dashboard = (await staff.call('staff.dashboard', { token, range: 'week' })).value;
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    const slide = (await d.call('display.feed', {})).value.slides.find((s: { kind: string }) => s.kind === 'statistics');
    expect(dashboard.totals.citizensHelped).toBeGreaterThan(0);
    expect(slide.citizensHelpedThisWeek).toBe(dashboard.totals.citizensHelped);
    const target = dashboard.targets.find((t: { indicator: string }) => t.indicator === 'vneid-activated');
    expect(target).toBeDefined();
    expect(slide.activationTarget).toEqual({ label: target.label, targetCount: target.targetCount, achieved: target.achieved, deadline: target.deadline });
    staff.ws.close();
    d.ws.close();
  });
});

describe('after a restart', () => {
  it('keeps the emergency message up (it is stored), until withdrawn', async () => {
    const token = await adminToken();
    const admin = connect('127.0.0.1', server.port, `face=staff&k=${server.launchToken}`);
    await admin.opened;
    await admin.call('display.setEmergency', { token, text: 'Nghỉ lễ 30/4' });
    admin.ws.close();
    await server.close();
    await core.stop();
    ({ core, server } = await world.start());
    const d = connect('127.0.0.1', server.port, 'face=display');
    await d.opened;
    expect((await d.call('display.feed', {})).value.emergency.text).toBe('Nghỉ lễ 30/4');
    d.ws.close();
  });
});
