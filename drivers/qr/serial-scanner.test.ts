import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLinkPair } from '../transport';
import { SerialScanner } from './serial-scanner';
import type { ScannedPayload, ScannerStatus } from './scanner';

const bytes = (s: string) => new TextEncoder().encode(s);

async function setup(options: ConstructorParameters<typeof SerialScanner>[1]) {
  const [host, device] = createMemoryLinkPair({ names: ['memory:scanner-host', 'memory:scanner'] });
  await device.open();
  const scanner = new SerialScanner(host, { now: () => 1234, ...options });
  const scans: ScannedPayload[] = [];
  const statuses: ScannerStatus[] = [];
  scanner.onScan((s) => scans.push(s));
  scanner.onStatus((s) => statuses.push(s));
  await scanner.open();
  return { host, device, scanner, scans, statuses };
}

describe('SerialScanner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers one scan per CR-terminated payload, decoded as UTF-8', async () => {
    const { device, scans, statuses } = await setup({ suffix: 'cr' });
    await device.write(bytes('Nguyễn Văn A\rhttps://dichvucong.gov.vn\r'));
    expect(statuses).toEqual([{ state: 'connected', device: 'memory:scanner-host' }]);
    expect(scans.map((s) => [s.text, s.utf8, s.source, s.receivedAt])).toEqual([
      ['Nguyễn Văn A', 'valid', 'serial', 1234],
      ['https://dichvucong.gov.vn', 'valid', 'serial', 1234],
    ]);
  });

  it('marks invalid UTF-8 and keeps the raw bytes', async () => {
    const { device, scans } = await setup({ suffix: 'lf' });
    await device.write(new Uint8Array([0x4e, 0xe1, 0xbb, 0x0a]));
    expect(scans[0]?.utf8).toBe('invalid');
    expect([...(scans[0]?.bytes ?? [])]).toEqual([0x4e, 0xe1, 0xbb]);
  });

  it('ends a suffix-less payload after the inter-byte timeout, across split writes', async () => {
    const { device, scans } = await setup({ suffix: 'none', interByteTimeoutMs: 40 });
    await device.write(bytes('001093012345|'));
    await vi.advanceTimersByTimeAsync(30);
    await device.write(bytes('|Lê Văn Tám'));
    await vi.advanceTimersByTimeAsync(39);
    expect(scans).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(scans.map((s) => s.text)).toEqual(['001093012345||Lê Văn Tám']);
  });

  it('ignores a lone line end (CRLF scanner configured as CR)', async () => {
    const { device, scans } = await setup({ suffix: 'cr' });
    await device.write(bytes('A\r\nB\r\n'));
    expect(scans.map((s) => s.text)).toEqual(['A', '\nB']);
    await device.write(bytes('\r'));
    expect(scans).toHaveLength(2);
  });

  it('reports an unplug as disconnected with qr.unplugged, and a close as closed', async () => {
    const { host, scanner, statuses } = await setup({ suffix: 'cr' });
    host.unplug(new Error('EIO'));
    expect(statuses.at(-1)).toEqual({
      state: 'disconnected',
      device: 'memory:scanner-host',
      error: { code: 'qr.unplugged', detail: 'link lost: EIO' },
    });
    await scanner.open();
    await scanner.close();
    expect(statuses.map((s) => s.state)).toEqual(['connected', 'disconnected', 'connected', 'closed']);
  });

  it('drops a partial payload on unplug instead of gluing it to the next scan', async () => {
    const { host, device, scanner, scans } = await setup({ suffix: 'cr' });
    await device.write(bytes('half a pay'));
    host.unplug();
    await scanner.open();
    await device.write(bytes('whole\r'));
    expect(scans.map((s) => s.text)).toEqual(['whole']);
  });

  it('wraps an open failure in qr.open-failed', async () => {
    const [host] = createMemoryLinkPair();
    vi.spyOn(host, 'open').mockRejectedValue(new Error('ENOENT'));
    await expect(new SerialScanner(host).open()).rejects.toMatchObject({ error: { code: 'qr.open-failed' } });
  });
});
