import { describe, expect, it } from 'vitest';
import { calls, events, type EventName } from '../../api/contract';
import { createDispatcher } from '../api/dispatcher';
import { EventHub } from '../api/event-hub';
import { grantsFor } from '../server/peer-policy';

/*
 * What a machine on the ward LAN can reach when the display is served there (config faces.display.mode
 * = "lan"): the peer policy grants 'display' and nothing more whatever face and token it claims, and
 * with that grant every other call is refused and only display-level events are delivered.
 * (tests/integration/display/lan.test.ts checks the same over a real non-loopback address.)
 */

const policy = { launchToken: 'the-launch-token-of-this-run', displayOnLan: true };
const LAN_PEERS = ['192.168.1.50', '10.0.0.7', '172.16.3.4', '::ffff:192.168.1.9', 'fe80::1', '2001:db8::5'];

describe('LAN peers', () => {
  it.each(LAN_PEERS)('%s gets display access only, whatever face and token it sends', (remoteAddress) => {
    for (const face of ['display', 'citizen', 'staff', null]) {
      for (const token of [null, policy.launchToken]) {
        const host = '192.168.1.10:8420';
        expect(grantsFor({ remoteAddress, host, origin: `http://${host}`, face, token }, policy)).toEqual(['display']);
        // A LAN peer that names the kiosk as localhost (DNS rebinding the other way) gains nothing either.
        expect(grantsFor({ remoteAddress, host: '127.0.0.1:8420', origin: undefined, face, token }, policy)).toEqual(['display']);
      }
    }
    expect(grantsFor({ remoteAddress, host: '192.168.1.10:8420', origin: undefined, face: 'display', token: null }, { ...policy, displayOnLan: false })).toBeNull();
  });

  it('with that grant, every call above display level is refused before any handler runs', async () => {
    const ran: string[] = [];
    const handlers = Object.fromEntries(Object.keys(calls).map((name) => [name, () => { ran.push(name); return {}; }]));
    const dispatch = createDispatcher(handlers);
    const above = Object.entries(calls).filter(([, s]) => s.access !== 'display');
    expect(above.length).toBeGreaterThan(5);
    for (const [name] of above) {
      expect(await dispatch(name, {}, { grants: ['display'], origin: 'ws:192.168.1.50' }), name).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    }
    expect(ran).toEqual([]);
  });

  it('with that grant, only display-level events are delivered', () => {
    const hub = new EventHub();
    const seen: string[] = [];
    hub.subscribe(['display'], (name) => seen.push(name));
    const nonDisplay = (Object.keys(events) as EventName[]).filter((n) => events[n].access !== 'display');
    expect(nonDisplay).toContain('session.wiped');
    hub.emit('session.wiped', { reason: 'idle' });
    hub.emit('session.idleWarning', { secondsLeft: 10 });
    expect(seen).toEqual([]);
  });
});
