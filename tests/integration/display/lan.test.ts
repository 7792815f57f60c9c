import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, isEventName } from '../../../electron/api/contract';
import { REPO } from './display-world';

/*
 * The LAN endpoint, tested over a real non-loopback address without touching the machine's network:
 * `unshare -rn` gives the probe a private user+network namespace whose loopback device also carries
 * 10.9.0.1/32. Peers at 10.9.0.1 are outside 127.0.0.0/8, so the server treats them as the ward LAN.
 * Skipped (with the reason) where unprivileged namespaces are not allowed.
 */
const namespaceOk = spawnSync('unshare', ['-rn', 'true']).status === 0;

describe.skipIf(!namespaceOk)('the LAN endpoint (private network namespace)', () => {
  it('serves only the display page and the display feed to the LAN, and nothing when the display is not on the LAN', () => {
    const script = `ip link set lo up && ip addr add 10.9.0.1/32 dev lo && exec "${process.execPath}" "${join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs')}" tests/integration/display/lan-probe.ts`;
    const run = spawnSync('unshare', ['-rn', 'sh', '-c', script], { cwd: REPO, encoding: 'utf8', timeout: 90_000, env: { ...process.env, PATH: process.env.PATH } });
    const line = run.stdout.split('\n').find((l) => l.startsWith('LAN-PROBE '));
    if (!line) throw new Error(`probe failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const { lan, off } = JSON.parse(line.slice('LAN-PROBE '.length));

    expect(lan.httpStatus).toEqual({
      'GET /display': 200, 'GET /citizen': 403, 'GET /staff': 403, 'GET /': 403, 'GET /index.html': 403, 'POST /display': 405, 'GET /api': 403,
    });
    for (const query of ['face=display', 'face=citizen', 'face=staff&k=TOKEN']) {
      const w = lan.ws[query];
      expect(w.feedOk, query).toBe(true);
      expect(w.nonDisplayCalls, query).toBeGreaterThan(10);
      expect(w.allowedNonDisplay, query).toEqual([]);
      // Display events only (the contract's display access: the feed, the catalogue's status since its first
      // load comes after the core is up): no session, device or staff event crosses to the LAN.
      expect(w.eventNames.every((n: string) => isEventName(n) && events[n].access === 'display'), `${query}: ${w.eventNames}`).toBe(true);
    }
    expect(Object.values(off.httpStatus).every((s) => s === 403 || s === 405)).toBe(true);
    for (const w of Object.values(off.ws) as { refused?: string }[]) expect(w.refused).toMatch(/403/);
  });
});
