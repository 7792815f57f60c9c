import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config';

const demoFile = join(__dirname, '../../../kiosk-config/kiosk.json');
const demo = (): Record<string, unknown> => JSON.parse(readFileSync(demoFile, 'utf8')) as Record<string, unknown>;

describe('parseConfig', () => {
  it('accepts the shipped demo configuration and makes its paths absolute', () => {
    const r = parseConfig(demo(), demoFile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.config.dataDir.startsWith('/')).toBe(true);
    expect(r.value.config.faces.staff).toEqual({ mode: 'off', monitor: 2 });
  });

  it('lists every problem with its field path', () => {
    const raw = demo();
    raw.devices = { cardReader: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 11520 }, qrScanner: { type: 'simulated' } };
    raw.language = 'fr';
    raw.colour = 'green';
    const r = parseConfig(raw, demoFile);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(expect.arrayContaining([
      'devices.cardReader.baudRate: expected one of 9600…921600, got 11520',
      expect.stringMatching(/^language: /),
      'colour: unknown setting',
    ]));
  });

  it('puts the staff face on a screen of its own, never the kiosk primary nor the display screen', () => {
    const withFaces = (faces: unknown) => parseConfig({ ...demo(), faces }, demoFile);
    const ok = withFaces({ display: { mode: 'second-monitor', monitor: 1 }, staff: { mode: 'second-monitor', monitor: 2 } });
    expect(ok.ok).toBe(true);
    const clash = withFaces({ display: { mode: 'second-monitor', monitor: 1 }, staff: { mode: 'second-monitor', monitor: 1 } });
    expect(clash.ok ? [] : clash.problems).toEqual(['faces.staff.monitor: the staff face and the display face cannot share one screen']);
    const primary = withFaces({ staff: { mode: 'second-monitor', monitor: 0 } });
    expect(primary.ok ? [] : primary.problems).toEqual([expect.stringMatching(/^faces\.staff\.monitor: screen 0 shows the citizen kiosk/)]);
    const displayOnKiosk = withFaces({ display: { mode: 'second-monitor', monitor: 0 } });
    expect(displayOnKiosk.ok ? [] : displayOnKiosk.problems).toEqual([expect.stringMatching(/^faces\.display\.monitor: screen 0 shows the citizen kiosk/)]);
    // A machine without the citizen face (a lobby PC, a staff desk) may use its primary screen.
    expect(withFaces({ kiosk: { enabled: false }, display: { mode: 'second-monitor', monitor: 0 } }).ok).toBe(true);
    expect(withFaces({ kiosk: { enabled: false }, staff: { mode: 'second-monitor', monitor: 0 } }).ok).toBe(true);
    const nothing = withFaces({ kiosk: { enabled: false } });
    expect(nothing.ok ? [] : nothing.problems).toEqual([expect.stringMatching(/^faces\.kiosk\.enabled: .*would show nothing/)]);
    // The display on the LAN leaves every local screen free.
    expect(withFaces({ display: { mode: 'lan', monitor: 1 }, staff: { mode: 'second-monitor', monitor: 1 } }).ok).toBe(true);
  });
});
