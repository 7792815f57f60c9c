import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KioskStatus, WEDGE_DEFAULTS } from '../api/kiosk';
import { parseConfig, type LoadedConfig } from './config/load-config';
import type { DeviceManager } from './devices/device-manager';
import { kioskHandlers, wedgeSettingsFor } from './kiosk-handlers';

const demoFile = join(__dirname, '../../kiosk-config/kiosk.json');

/** The demo configuration with another QR scanner, parsed as the core would load it. */
function withScanner(qrScanner: unknown): ReturnType<typeof parseConfig> {
  const raw = JSON.parse(readFileSync(demoFile, 'utf8')) as Record<string, unknown>;
  raw.devices = { ...(raw.devices as Record<string, unknown>), qrScanner };
  return parseConfig(raw, demoFile);
}

function loaded(qrScanner: unknown): LoadedConfig {
  const r = withScanner(qrScanner);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.value;
}

describe('wedgeSettingsFor (config → citizen face)', () => {
  it('passes a configured keyboard wedge\'s gap, minimum length, terminators and idle end to the face', () => {
    const config = loaded({ type: 'keyboard-wedge', maxGapMs: 20, minLength: 14, terminators: ['Tab'], endOnIdleMs: 120 });
    expect(wedgeSettingsFor(config.config.devices.qrScanner)).toEqual({ maxInterKeyGapMs: 20, minLength: 14, terminators: ['Tab'], endOnIdleMs: 120 });
  });

  it('fills an unconfigured wedge from the shared defaults, the same the face\'s detector uses', () => {
    const config = loaded({ type: 'keyboard-wedge' });
    expect(wedgeSettingsFor(config.config.devices.qrScanner)).toEqual({
      maxInterKeyGapMs: WEDGE_DEFAULTS.maxInterKeyGapMs,
      minLength: WEDGE_DEFAULTS.minLength,
      terminators: [...WEDGE_DEFAULTS.terminators],
    });
  });

  it('keeps the listener on with the defaults when another scanner type is configured (a stray wedge may be plugged in)', () => {
    for (const qrScanner of [{ type: 'simulated' }, { type: 'none' }, { type: 'serial', path: '/dev/ttyACM0' }, { type: 'hid' }]) {
      expect(wedgeSettingsFor(loaded(qrScanner).config.devices.qrScanner), JSON.stringify(qrScanner)).toEqual({
        maxInterKeyGapMs: 35, minLength: 8, terminators: ['Enter', 'Tab'],
      });
    }
  });

  it('refuses an idle end that a pause between two keystrokes would trigger, and unknown keys as terminators', () => {
    const r = withScanner({ type: 'keyboard-wedge', maxGapMs: 50, endOnIdleMs: 40, terminators: ['Escape'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^devices\.qrScanner\.terminators\.0: /)]));
    const idle = withScanner({ type: 'keyboard-wedge', maxGapMs: 50, endOnIdleMs: 40 });
    expect(idle.ok ? [] : idle.problems).toEqual([expect.stringMatching(/^devices\.qrScanner\.endOnIdleMs: endOnIdleMs must be longer than maxGapMs/)]);
  });

  it('kiosk.status carries the settings, and they survive the display-safe output schema', () => {
    const handlers = kioskHandlers(loaded({ type: 'keyboard-wedge', minLength: 12 }), {} as DeviceManager, 'browser', new Date(0));
    const status = KioskStatus.parse(handlers['kiosk.status']({}, {} as never));
    expect(status.wedge).toEqual({ maxInterKeyGapMs: 35, minLength: 12, terminators: ['Enter', 'Tab'] });
  });
});
