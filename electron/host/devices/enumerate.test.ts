import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serialNodesIn } from './enumerate';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('serialNodesIn (the listing when udev is missing)', () => {
  it('lists USB-serial and CDC-ACM nodes and their stable by-id names, nothing else', () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-dev-'));
    for (const n of ['ttyUSB1', 'ttyUSB0', 'ttyACM0', 'ttyS0', 'tty1', 'null', 'ttyUSBx']) writeFileSync(join(dir, n), '');
    mkdirSync(join(dir, 'serial', 'by-id'), { recursive: true });
    writeFileSync(join(dir, 'serial', 'by-id', 'usb-Elechouse_PN532-if00-port0'), '');
    expect(serialNodesIn(dir).map((p) => p.path.slice(dir!.length))).toEqual([
      '/serial/by-id/usb-Elechouse_PN532-if00-port0', '/ttyACM0', '/ttyUSB0', '/ttyUSB1',
    ]);
  });
  it('answers an empty list for a missing folder', () => {
    expect(serialNodesIn('/nonexistent-kiosk-dev')).toEqual([]);
  });
});
