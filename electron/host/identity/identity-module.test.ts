import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardReadResult } from '../../../drivers/card/card-read';
import { decodeScanBytes } from '../../../drivers/qr/index';
import { ok } from '../../../drivers/result';
import { damagePayload } from '../../../drivers/sim/scanner/index';
import type { IdentityState, ScanNotice } from '../../api/identity';
import { EventHub } from '../api/event-hub';
import type { CoreContext, CoreModule } from '../core-module';
import { MemoryCardReader } from '../devices/memory-card-reader';
import type { DeviceManager } from '../devices/device-manager';
import { ScannerDevice } from '../devices/scanner-device';
import { CitizenSessions } from '../session/citizen-sessions';
import { createIdentityModule } from './identity-module';

const NAME = 'Nguyễn Văn Huỳnh';
const ADDRESS = 'Số 8, Phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội';
const QR = `001093012345|123456789|${NAME}|05011993|Nam|${ADDRESS}|20042021`;
/** The card QR as a keyboard wedge typing Windows-1252 Alt codes delivers it ("Nguyá»…n …"). */
const WEDGE_MANGLED = decodeScanBytes(damagePayload(QR, 'cp1252')).text;
const MANGLED_NAME = decodeScanBytes(damagePayload(NAME, 'cp1252')).text;


const CHIP: CardReadResult = {
  method: 'PACE-CAN',
  dg13: { idNumber: '001093012345', fullName: NAME, dateOfBirth: '1993-01-05', sex: 'male', nationality: 'Việt Nam', placeOfOrigin: 'Hà Nội', placeOfResidence: ADDRESS, dateOfIssue: '2021-04-20', dateOfExpiry: '2033-01-05', ethnicity: 'Kinh', unknownFields: [], problems: [] },
  passiveAuthentication: { status: 'verified', dataGroupHashes: [] },
  stats: { apdus: 10, bytesRead: 1000, milliseconds: 500, failedAccessAttempts: 0, reauthentications: 0, chunkSize: 223 },
};

const flush = () => new Promise((r) => setTimeout(r, 0));

let sessions: CitizenSessions | null = null;
let module: CoreModule | null = null;
afterEach(async () => {
  sessions?.end('finished');
  await module?.stop?.();
  vi.restoreAllMocks();
});

async function setup() {
  const events = new EventHub();
  const seen: { name: string; payload: unknown }[] = [];
  events.subscribe(['citizen'], (name, payload) => seen.push({ name, payload }));
  const identified: string[] = [];
  sessions = new CitizenSessions(
    { idleTimeoutSeconds: 120, warningSeconds: 30 },
    { changed: () => undefined, warning: () => undefined, wiped: () => undefined },
    { started: () => 1, ended: () => undefined, identified: (_id, by) => identified.push(by) },
  );
  const reader = new MemoryCardReader();
  const devices = { cardReader: reader, scanner: new ScannerDevice({ type: 'none' }) } as unknown as DeviceManager;
  const ctx = { events, sessions, devices, module: () => undefined } as unknown as CoreContext;
  module = await createIdentityModule(ctx);
  const handlers = module.handlers as Required<CoreModule['handlers']>;
  const call = <T>(name: keyof typeof handlers, input: unknown): T => (handlers[name] as (i: unknown, c: unknown) => T)(input, {});
  const notices = () => seen.filter((e) => e.name === 'scan.notice').map((e) => e.payload as ScanNotice);
  const lastState = () => seen.filter((e) => e.name === 'identity.changed').map((e) => e.payload as IdentityState).at(-1)!;
  return { reader, call, seen, notices, lastState, identified };
}

describe('identity module: card QRs that cannot be used as they are', () => {
  it('a wedge-mangled card QR goes on to the chip with its ID and a staff hint; the chip names the citizen', async () => {
    const logged = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(console, 'info')];
    const { reader, call, seen, notices, lastState, identified } = await setup();
    call('identity.consent', { given: true });
    call('scan.wedge', { text: WEDGE_MANGLED });

    expect(notices()).toEqual([{
      kind: 'cccd', integrity: 'damaged', reasons: expect.arrayContaining(['mojibake']),
      cardQr: { problem: 'damaged', next: 'place-card', offerRescan: false, scannerModeHint: true },
    }]);
    expect(lastState()).toMatchObject({ read: { state: 'waiting-for-card' }, identity: { idNumber: '001093012345', fullName: null, integrity: 'damaged' } });
    expect(identified).toEqual([]); // the bare ID identifies nobody yet

    reader.answers.push(ok(CHIP));
    reader.setCard(true);
    await flush();
    expect(reader.requests[0]!.can).toBe('012345');
    expect(lastState()).toMatchObject({ read: { state: 'done' }, identity: { source: 'chip', fullName: NAME } });
    expect(lastState().qrProblem).toBeUndefined();
    expect(identified).toEqual(['chip']);

    // The mangled name went nowhere: no event, no log line.
    const everything = JSON.stringify(seen) + JSON.stringify(logged.flatMap((s) => s.mock.calls));
    expect(MANGLED_NAME).not.toBe(NAME);
    expect(everything).not.toContain(MANGLED_NAME);
    expect(everything).not.toContain('Nguyá');
    expect(logged.flatMap((s) => s.mock.calls)).toEqual([]);
  });

  it('a clean card QR whose ID disagrees with its date of birth is not used: the notice asks for the keypad', async () => {
    const { call, notices, lastState, identified } = await setup();
    call('identity.consent', { given: true });
    call('scan.wedge', { text: QR.replace('001093012345', '001095012345') });
    expect(notices()).toEqual([{
      kind: 'cccd', integrity: 'ok', reasons: [],
      cardQr: { problem: 'id-inconsistent', next: 'type-id', offerRescan: false, scannerModeHint: false },
    }]);
    expect(lastState()).toMatchObject({ identity: null, read: { state: 'idle' }, qrProblem: { next: 'type-id' } });
    expect(JSON.stringify(notices())).not.toContain(NAME);
    expect(identified).toEqual([]);
  });

  it('a clean card QR identifies without a notice; links keep their notice without any card guidance', async () => {
    const { call, notices, lastState, identified } = await setup();
    call('scan.wedge', { text: QR });
    expect(lastState()).toMatchObject({ pendingIdentification: true });
    call('identity.consent', { given: true });
    expect(lastState()).toMatchObject({ identity: { source: 'qr', fullName: NAME, integrity: 'ok' } });
    expect(identified).toEqual(['qr']);
    call('scan.wedge', { text: 'https://dichvucong.gov.vn/p/home' });
    expect(notices()).toEqual([{ kind: 'url', integrity: 'ok', reasons: [], summary: 'dichvucong.gov.vn', href: 'https://dichvucong.gov.vn/p/home' }]);
  });
});
