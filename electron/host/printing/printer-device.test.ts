import { describe, expect, it } from 'vitest';
import type { SlipContent } from '../../api/printing';
import type { OsSlipPrinter } from './os-slip-printer';
import { PrinterDevice } from './printer-device';

const slip: SlipContent = { procedureCode: '1.004194', procedureName: 'Đăng ký tạm trú', papers: [], channels: [] };
const frame = { wardName: 'Phường Minh Họa', supportLines: [] };

describe('PrinterDevice with an OS printer', () => {
  it('hands the shell the slip as one PNG page at the paper width', async () => {
    const jobs: { png: Uint8Array; page: Parameters<OsSlipPrinter['print']>[1] }[] = [];
    const device = new PrinterDevice({ type: 'os', deviceName: 'XP-80C', paperWidthMm: 80 }, { frame, osPrinter: { print: async (png, page) => { jobs.push({ png, page }); } } });
    expect(device.available).toBe(true);
    expect(await device.printSlip(slip)).toMatchObject({ printed: true });
    expect(Buffer.from(jobs[0]!.png.subarray(1, 4)).toString()).toBe('PNG');
    expect(jobs[0]!.page).toMatchObject({ deviceName: 'XP-80C', widthMm: 72 });
    expect(jobs[0]!.page.heightMm).toBeGreaterThan(20);
    expect(device.status()).toMatchObject({ kind: 'printer', state: 'ready' });
  });

  it('a job the OS refuses is an "error" fault, shown in device status', async () => {
    const device = new PrinterDevice({ type: 'os', deviceName: 'gone', paperWidthMm: 58 }, { frame, osPrinter: { print: async () => { throw new Error('Invalid deviceName'); } } });
    expect(await device.printSlip(slip)).toEqual({ printed: false, fault: 'error' });
    expect(device.status()).toMatchObject({ state: 'fault', problem: 'printer.error' });
  });

  it('without the Electron shell (browser mode) it is off and says why', async () => {
    const device = new PrinterDevice({ type: 'os', deviceName: 'XP-80C', paperWidthMm: 80 }, { frame });
    expect(device.available).toBe(false);
    expect(device.status()).toMatchObject({ state: 'off', problem: 'printer.os-needs-electron' });
    expect(await device.printSlip(slip)).toEqual({ printed: false, fault: 'no-printer' });
  });
});
