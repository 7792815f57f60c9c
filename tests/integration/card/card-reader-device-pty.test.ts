import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../electron/api/devices';
import { Pn532CardReader } from '../../../electron/host/devices/pn532-card-reader';
import type { CardProfile } from '../../../drivers/sim/card-profile/index';
import { VirtualPn532 } from '../../../drivers/sim/pn532/virtual-pn532';
import { virtualCardFromProfile } from '../../../drivers/sim/simulated-card';
import { SerialLink } from '../../../drivers/transport/serial-link';
import { createPtyPairAt, type PtyPair } from '../support/pty-pair';
import { shippedCard, testTrustStore } from './support';

/**
 * The core's card reader device (Pn532CardReader, as configured with `type: "serial"`) on a real pty:
 * unplug (socat killed) → disconnected/reconnecting → a new pty pair at the SAME path (re-plugged) →
 * ready again and reading, without restarting the device.
 */

const dir = mkdtempSync(join(tmpdir(), 'kiosk-card-hotplug-'));
const hostPath = join(dir, 'ttyPN532');
const simPath = join(dir, 'ttySim');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plugIn(card: CardProfile): Promise<{ pair: PtyPair; sim: VirtualPn532 }> {
  const pair = await createPtyPairAt(simPath, hostPath);
  const sim = new VirtualPn532(new SerialLink({ path: pair.a, baudRate: 115200 }), { baudRate: 115200 });
  await sim.start();
  sim.insertCard(virtualCardFromProfile(card));
  return { pair, sim };
}

function until(device: Pn532CardReader, seen: DeviceStatus[], test: (s: DeviceStatus) => boolean, timeoutMs = 10_000): Promise<DeviceStatus> {
  return new Promise((resolve, reject) => {
    if (test(device.status())) return resolve(device.status());
    const timer = setTimeout(() => {
      off();
      reject(new Error(`status never matched; seen: ${seen.map((s) => `${s.state}${s.problem ? `(${s.problem})` : ''}`).join(' → ')}`));
    }, timeoutMs);
    const off = device.onStatus((s) => {
      if (!test(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

describe('Pn532CardReader over a pty: unplug and re-plug at the same path', () => {
  it('reads, goes disconnected/reconnecting when unplugged, comes back at the same path and reads again', async () => {
    const an = await shippedCard('nguyen-van-an');
    let plugged = await plugIn(an);
    const device = new Pn532CardReader({
      description: `PN532 on ${hostPath}`,
      simulated: false,
      openLink: () => new SerialLink({ path: hostPath, baudRate: 115200 }),
      pollIntervalMs: 100,
      reconnectMs: 100,
      maxReconnectMs: 400,
    });
    const seen: DeviceStatus[] = [];
    device.onStatus((s) => seen.push(s));
    const presence: boolean[] = [];
    device.onCardPresence((p) => presence.push(p));
    try {
      await device.start();
      await until(device, seen, (s) => s.state === 'ready');
      await expect.poll(() => device.cardPresent(), { timeout: 5000 }).toBe(true);
      const first = await device.read({ can: an.idNumber.slice(-6), trustStore: testTrustStore() });
      expect(first.ok && first.value.passiveAuthentication.status).toBe('verified');

      // Unplug: socat dies, the pty and its link path vanish.
      await plugged.sim.stop();
      await plugged.pair.close();
      await until(device, seen, (s) => s.state === 'disconnected' || s.state === 'reconnecting');
      await until(device, seen, (s) => s.state === 'reconnecting');
      expect(device.cardPresent()).toBe(false);
      const whileGone = await device.read({ can: an.idNumber.slice(-6) });
      expect(whileGone.ok ? 'ok' : whileGone.error.code).toBe('reader.unavailable');

      // Re-plug at the same path: the device finds it by itself.
      plugged = await plugIn(an);
      await until(device, seen, (s) => s.state === 'ready');
      await expect.poll(() => device.cardPresent(), { timeout: 5000 }).toBe(true);
      const second = await device.read({ can: an.idNumber.slice(-6), trustStore: testTrustStore() });
      expect(second.ok && second.value.dg13?.fullName).toBe('Nguyễn Văn An');
      expect(second.ok && second.value.passiveAuthentication.status).toBe('verified');
      expect(presence).toEqual([true, false, true]);
      expect(seen.some((s) => s.state === 'disconnected')).toBe(true);
    } finally {
      await device.stop();
      await plugged.sim.stop().catch(() => undefined);
      await plugged.pair.close();
    }
  });
});
