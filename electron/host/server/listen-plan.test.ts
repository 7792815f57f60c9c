import { describe, expect, it } from 'vitest';
import { listenPlan, networkWarnings } from './listen-plan';

type Mode = 'lan' | 'off' | 'second-monitor';
const config = (bindAddress: string, mode: Mode, display?: { bindAddress: string; port?: number }) => ({
  network: { bindAddress, port: 8420, ...(display ? { display } : {}) },
  faces: { kiosk: { enabled: true }, display: { mode, monitor: 1 }, staff: { mode: 'off' as const, monitor: 2 } },
});

describe('listenPlan', () => {
  it('keeps the faces where a loopback bind puts them, with no display listener unless configured', () => {
    expect(listenPlan(config('127.0.0.1', 'off'))).toEqual({ faces: { bindAddress: '127.0.0.1', port: 8420 }, display: null });
    expect(listenPlan(config('127.0.0.1', 'lan', { bindAddress: '192.168.1.10', port: 8080 }))).toEqual({
      faces: { bindAddress: '127.0.0.1', port: 8420 },
      display: { bindAddress: '192.168.1.10', port: 8080 },
    });
  });

  it('turns the old advice (faces bound to the LAN address) into faces on loopback and the display on the LAN address', () => {
    expect(listenPlan(config('192.168.1.10', 'lan'))).toEqual({
      faces: { bindAddress: '127.0.0.1', port: 8420 },
      display: { bindAddress: '192.168.1.10', port: 8420 },
    });
    expect(listenPlan(config('192.168.1.10', 'off'), 9000)).toEqual({ faces: { bindAddress: '127.0.0.1', port: 9000 }, display: null });
  });

  it('gives the display listener network.port (or serve --port) when network.display has no port', () => {
    expect(listenPlan(config('127.0.0.1', 'lan', { bindAddress: '10.0.0.5' }), 9000).display).toEqual({ bindAddress: '10.0.0.5', port: 9000 });
  });

  it('leaves a wildcard bind as it was (one shared listener), which config check warns about', () => {
    expect(listenPlan(config('0.0.0.0', 'lan'))).toEqual({ faces: { bindAddress: '0.0.0.0', port: 8420 }, display: null });
  });
});

describe('networkWarnings', () => {
  it('says nothing about the defaults or a display on its own LAN listener', () => {
    expect(networkWarnings(config('127.0.0.1', 'off'))).toEqual([]);
    expect(networkWarnings(config('127.0.0.1', 'lan', { bindAddress: '192.168.1.10' }))).toEqual([]);
  });

  it.each(['0.0.0.0', '::'])('warns about the wildcard %s, for the faces and for the display', (wild) => {
    expect(networkWarnings(config(wild, 'off'))).toEqual([expect.stringMatching(new RegExp(`^network\\.bindAddress: ${wild.replace(/\./g, '\\.')} listens on every network interface`))]);
    expect(networkWarnings(config('127.0.0.1', 'lan', { bindAddress: wild }))).toEqual([expect.stringMatching(/^network\.display\.bindAddress: .* listens on every network interface/)]);
  });

  it('warns when a "lan" display cannot be reached, or a display listener is set for another mode', () => {
    expect(networkWarnings(config('127.0.0.1', 'lan'))).toEqual([expect.stringMatching(/^faces\.display\.mode: "lan" with no network\.display\.bindAddress/)]);
    expect(networkWarnings(config('127.0.0.1', 'off', { bindAddress: '192.168.1.10' }))).toEqual(['network.display: ignored, faces.display.mode is "off", not "lan"']);
  });
});
