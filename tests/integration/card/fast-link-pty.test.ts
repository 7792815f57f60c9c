import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../electron/api/devices';
import { Pn532CardReader } from '../../../electron/host/devices/pn532-card-reader';
import type { CardProfile } from '../../../drivers/sim/card-profile/index';
import { SerialLink } from '../../../drivers/transport/serial-link';
import { cardRead, DEMO_TRUST_DIR, shippedCard, startSimOnPty, testTrustStore, type SimOnPty } from './support';

/**
 * The fast serial link over a real socat pty: the virtual PN532 switches its modelled line speed when the
 * host ACKs SetSerialBaudRate (its throttle then charges 10 bits per byte at the new speed), answers the
 * line test, and models a line that cannot keep up (`unreliableAboveBaudRate`: long frames lose a byte).
 */


let env: SimOnPty;
let an: CardProfile;
beforeAll(async () => {
  an = await shippedCard('nguyen-van-an');
  env = await startSimOnPty();
});
afterAll(async () => {
  await env?.close();
});
afterEach(async () => {
  env.sim.clearFaults();
  await env.sim.powerCycle(); // each test starts with a PN532 at 115200, as after plugging it in
});

describe('kiosk card read --fast-baud', () => {
  it('switches to 921600 after the first contact and reads the card there, the simulator timing the faster line', async () => {
    env.tap(an);
    env.sim.resetStats();
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--trust', DEMO_TRUST_DIR, '--fast-baud', '921600', '--json');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, link: { baudRate: 921600, fellBack: null }, passiveAuthentication: { status: 'verified' } });
    expect(env.sim.baudRate).toBe(921600);
  });

  it('finds a PN532 left at 921600 by an earlier read and reads again', async () => {
    env.tap(an);
    expect((await cardRead('--port', env.pty.a, '--id', an.idNumber, '--fast-baud', '921600', '--json')).code).toBe(0);
    expect(env.sim.baudRate).toBe(921600);
    const again = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--fast-baud', '921600', '--json');
    expect(again.code).toBe(0);
    expect(again.json().link).toEqual({ baudRate: 921600, fellBack: null });
  });

  it('falls back to 115200 by itself when the line fails the check at 921600, says so, and still reads', async () => {
    env.sim.injectFaults({ unreliableAboveBaudRate: 460800 });
    env.tap(an);
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--trust', DEMO_TRUST_DIR, '--fast-baud', '921600', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['kiosk card read: stayed at 115200 baud: the line test failed at 921600 baud']);
    expect(r.json()).toMatchObject({ ok: true, link: { baudRate: 115200, fellBack: 'the line test failed at 921600 baud' } });
    expect(env.sim.baudRate).toBe(115200);
  });

  it('refuses a speed the PN532 does not have', async () => {
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--fast-baud', '500000');
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('--fast-baud: expected one of 230400, 460800, 921600, 1288000');
  });
});

describe('card reader device with devices.cardReader.fastBaudRate', () => {
  it('runs at the fast speed, and after a failed check reports the fallback in its status and the log', async () => {
    const logged: string[] = [];
    const make = () =>
      new Pn532CardReader({
        description: `PN532 serial ${env.pty.a} @ 115200`,
        simulated: false,
        openLink: () => new SerialLink({ path: env.pty.a, baudRate: 115200 }),
        link: { baudRate: 115200, fastBaudRate: 921600 },
        log: (m) => logged.push(m),
        pollIntervalMs: 100,
      });
    const waitReady = (d: Pn532CardReader) =>
      expect.poll(() => d.status().state, { timeout: 5000 }).toBe('ready').then(() => d.status() as DeviceStatus);

    const fast = make();
    await fast.start();
    try {
      const status = await waitReady(fast);
      expect(status.description).toContain('link at 921600 baud');
      expect(status.notice).toBeUndefined();
      env.tap(an);
      const read = await fast.read({ can: an.idNumber.slice(-6), trustStore: testTrustStore() });
      expect(read.ok && read.value.passiveAuthentication.status).toBe('verified');
    } finally {
      await fast.stop();
    }

    await env.sim.powerCycle();
    env.sim.injectFaults({ unreliableAboveBaudRate: 460800 });
    const slow = make();
    await slow.start();
    try {
      const status = await waitReady(slow);
      expect(status.notice).toBe('reader.fast-baud-fallback');
      expect(status.description).toContain('link at 115200 baud (921600 failed its check)');
      expect(logged).toEqual(['[devices] card reader: stayed at 115200 baud: the line test failed at 921600 baud']);
      const read = await slow.read({ can: an.idNumber.slice(-6), trustStore: testTrustStore() });
      expect(read.ok && read.value.dg13?.fullName).toBe('Nguyễn Văn An');
    } finally {
      await slow.stop();
    }
  });
});
