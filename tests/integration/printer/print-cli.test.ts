import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runVirtualPrinter } from '../../../drivers/sim/printer';
import { printCommands } from '../../../electron/host/cli/print-commands';

const [printTest, simPrinter] = printCommands as [typeof printCommands[0], typeof printCommands[0]];
const REPO = join(import.meta.dirname, '..', '..', '..');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

let dir: string;
afterEach(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

async function configWith(printer: unknown): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-print-cli-'));
  const file = join(dir, 'kiosk.json');
  await writeFile(file, JSON.stringify({
    ward: { name: 'Phường Minh Họa', code: '00001', province: 'Tỉnh Minh Họa', population: 1000 },
    devices: { cardReader: { type: 'none' }, qrScanner: { type: 'none' }, printer },
    dataDir: join(dir, 'data'), content: { dir: join(REPO, 'kiosk-config', 'content') }, trustStore: { dir },
  }));
  return file;
}

describe('kiosk print test', () => {
  it('prints the test slip on a network printer (the virtual one on a local port)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kiosk-slips-'));
    const sim = await runVirtualPrinter({ link: { tcpPort: 0 }, outDir: out });
    try {
      const file = await configWith({ type: 'escpos', link: 'tcp', host: '127.0.0.1', port: sim.port, paperWidthMm: 58 });
      const c = capture();
      expect(await printTest.run({ values: { config: file }, positionals: [] }, c.io)).toBe(0);
      expect(c.out.join('\n')).toMatch(/^printed: \d+ bytes to ESC\/POS 58 mm tcp 127\.0\.0\.1:/);
      await expect.poll(async () => (await readdir(out)).length).toBe(1);
    } finally {
      await sim.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  it('exits 1 with the fault when the printer is out of paper', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kiosk-slips-'));
    const sim = await runVirtualPrinter({ link: { tcpPort: 0 }, outDir: out, state: 'paper-out' });
    try {
      const file = await configWith({ type: 'escpos', link: 'tcp', host: '127.0.0.1', port: sim.port });
      const c = capture();
      expect(await printTest.run({ values: { config: file }, positionals: [] }, c.io)).toBe(1);
      expect(c.err.join('\n')).toContain('not printed: paper-out');
    } finally {
      await sim.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  it('says there is nothing to print on with printer "none", and lists config problems', async () => {
    const file = await configWith({ type: 'none' });
    const c = capture();
    expect(await printTest.run({ values: { config: file }, positionals: [] }, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('devices.printer is none');
    const bad = await configWith({ type: 'escpos', link: 'serial', path: '/dev/ttyUSB0', paperWidthMm: 76 });
    const d = capture();
    expect(await printTest.run({ values: { config: bad }, positionals: [] }, d.io)).toBe(1);
    expect(d.err.join('\n')).toContain('devices.printer');
  });
});

describe('kiosk sim printer', () => {
  it.each([
    [{ out: '/tmp/x' }, 'give exactly one of --link <pty> or --tcp <port>'],
    [{ link: '/tmp/p', tcp: '9100', out: '/tmp/x' }, 'give exactly one of'],
    [{ link: '/tmp/p' }, '--out <dir> is required'],
    [{ link: '/tmp/p', out: '/tmp/x', state: 'jammed' }, '--state: expected one of ready, paper-out, cover-open, offline, silent'],
    [{ tcp: '99999', out: '/tmp/x' }, '--tcp: expected a port number'],
    [{ link: '/tmp/p', out: '/tmp/x', paper: '76' }, '--paper: expected 58 or 80'],
  ])('%j → usage error', async (values, message) => {
    const c = capture();
    expect(await simPrinter.run({ values, positionals: [] }, c.io)).toBe(2);
    expect(c.err.join('\n')).toContain(message);
  });

  it('a link that does not exist is an error, not a hang', async () => {
    const c = capture();
    expect(await simPrinter.run({ values: { link: '/nonexistent/tty', out: join(tmpdir(), 'kiosk-none') }, positionals: [] }, c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('cannot open /nonexistent/tty');
  });
});
