import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runVirtualPrinter, type RunningVirtualPrinter } from '../../../drivers/sim/printer';
import type { SlipContent } from '../../../electron/api/printing';
import type { PrinterConfig } from '../../../electron/host/config/kiosk-config-schema';
import { PrinterDevice } from '../../../electron/host/printing/printer-device';
import { slipBitmap } from '../../../electron/host/printing/slip-job';
import { dotAt } from '../../../drivers/escpos';
import { createPtyPair, type PtyPair } from '../support/pty-pair';

// The slip through a real socat pty and a real local TCP port to the product's virtual printer, read
// back from the PNG it saves: dot for dot against the rendered slip, and the QR with zbarimg.
const ZBAR = existsSync('/usr/bin/zbarimg');
const now = new Date(2026, 11, 6, 10, 5);
const frame = { wardName: 'Phường Minh Họa', supportLines: ['Tổng đài Dịch vụ công: 1800 1096'] };
const slip: SlipContent = {
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  caseTitle: 'Cha mẹ đã đăng ký kết hôn',
  papers: [{ name: 'Giấy chứng sinh', count: '1 bản chính', whereToGet: 'Bệnh viện nơi trẻ sinh ra' }],
  channels: [{ label: 'Trực tuyến', fee: 'Miễn lệ phí', time: 'Trong ngày' }],
  where: 'Quầy số 2',
  qrUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
};

async function waitForSlips(dir: string, n: number): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.png')).sort();
    if (files.length >= n) return files.map((f) => join(dir, f));
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no slip saved in ${dir}`);
}

async function expectSlipMatches(file: string, paper: 58 | 80): Promise<void> {
  const expected = slipBitmap(slip, { ...frame, printedAt: now }, paper);
  const image = await loadImage(await readFile(file));
  expect(image.height).toBe(expected.heightDots);
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  const px = ctx.getImageData(0, 0, image.width, image.height).data;
  let differ = 0;
  for (let y = 0; y < expected.heightDots; y++) for (let x = 0; x < expected.widthDots; x++) {
    if ((px[(y * image.width + x) * 4]! < 128) !== dotAt(expected, x, y)) differ++;
  }
  expect(differ).toBe(0);
  if (ZBAR) expect(execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim()).toBe(slip.qrUrl);
}

let out: string;
let pty: PtyPair | undefined;
let sim: RunningVirtualPrinter | undefined;
let device: PrinterDevice | undefined;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'kiosk-slips-'));
});
afterEach(async () => {
  await device?.stop();
  await sim?.close();
  await pty?.close();
  device = sim = pty = undefined;
  await rm(out, { recursive: true, force: true });
});

const printerOn = (config: PrinterConfig) => new PrinterDevice(config, { frame, pollMs: 3_600_000, now: () => now });

describe('slip printer over a socat pty (serial)', () => {
  it('prints the slip as raster; the PNG shows the same dots and the QR reads back', async () => {
    pty = await createPtyPair();
    sim = await runVirtualPrinter({ link: { serial: pty.b }, outDir: out, paperDots: 384 });
    device = printerOn({ type: 'escpos', link: 'serial', path: pty.a, baudRate: 115200, paperWidthMm: 58, mode: 'raster' });
    await device.start();
    expect(device.status().state).toBe('ready');
    const outcome = await device.printSlip(slip);
    expect(outcome.printed).toBe(true);
    const [file] = await waitForSlips(out, 1);
    await expectSlipMatches(file!, 58);
  });

  it.each([
    ['paper-out', 'paper-out', 'fault'],
    ['cover-open', 'cover-open', 'fault'],
    ['offline', 'offline', 'fault'],
    ['silent', 'no-answer', 'disconnected'],
  ] as const)('printer %s: refuses with %s, shows it in device status, prints nothing; recovers when ready', async (state, fault, deviceState) => {
    pty = await createPtyPair();
    sim = await runVirtualPrinter({ link: { serial: pty.b }, outDir: out, state });
    device = printerOn({ type: 'escpos', link: 'serial', path: pty.a, baudRate: 115200, paperWidthMm: 80, mode: 'raster' });
    await device.start();
    expect(await device.printSlip(slip)).toEqual({ printed: false, fault });
    expect(device.status()).toMatchObject({ kind: 'printer', state: deviceState, problem: `printer.${fault}` });
    expect((await readdir(out)).length).toBe(0);
    sim.setState('ready');
    await device.refresh();
    expect(device.status().state).toBe('ready');
    expect(device.status().problem).toBeUndefined();
    expect((await device.printSlip(slip)).printed).toBe(true);
    await expectSlipMatches((await waitForSlips(out, 1))[0]!, 80);
  });
});

describe('slip printer over TCP (port 9100 style)', () => {
  it('prints through a local TCP port to the virtual printer', async () => {
    sim = await runVirtualPrinter({ link: { tcpPort: 0 }, outDir: out });
    device = printerOn({ type: 'escpos', link: 'tcp', host: '127.0.0.1', port: sim.port!, paperWidthMm: 80, mode: 'raster' });
    await device.start();
    expect((await device.printSlip(slip)).printed).toBe(true);
    await expectSlipMatches((await waitForSlips(out, 1))[0]!, 80);
  });

  it('a port nobody listens on is "no-answer", never a hang', async () => {
    sim = await runVirtualPrinter({ link: { tcpPort: 0 }, outDir: out });
    const port = sim.port!;
    await sim.close();
    sim = undefined;
    device = printerOn({ type: 'escpos', link: 'tcp', host: '127.0.0.1', port, paperWidthMm: 80, mode: 'raster' });
    await device.start();
    expect(await device.printSlip(slip)).toEqual({ printed: false, fault: 'no-answer' });
    expect(device.status().state).toBe('disconnected');
  });

  it('paper out on the network printer is reported the same way', async () => {
    sim = await runVirtualPrinter({ link: { tcpPort: 0 }, outDir: out, state: 'paper-out' });
    device = printerOn({ type: 'escpos', link: 'tcp', host: '127.0.0.1', port: sim.port!, paperWidthMm: 80, mode: 'raster' });
    await device.start();
    expect(await device.printSlip(slip)).toEqual({ printed: false, fault: 'paper-out' });
  });
});
