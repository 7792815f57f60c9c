/*
 * Run inside a private network namespace (lan.test.ts starts it with `unshare -rn`), where 10.9.0.1 is
 * an address of the namespace's own loopback device but NOT in 127.0.0.0/8: a peer connecting to it
 * is, for the server, a machine on the ward LAN. Prints one JSON line with what the LAN peer got.
 */
import { request } from 'node:http';
import { calls } from '../../../electron/api/contract';
import { connect, makeDisplayWorld } from './display-world';

const LAN = process.env.LAN_ADDRESS ?? '10.9.0.1';

function http(port: number, method: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: LAN, port, method, path, headers: { Host: `${LAN}:${port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function probe(displayMode: 'lan' | 'off') {
  const world = await makeDisplayWorld({ faces: { kiosk: { enabled: true }, display: { mode: displayMode, monitor: 1 } } });
  const { core, server } = await world.start('0.0.0.0');
  try {
    const port = server.port;
    const httpStatus: Record<string, number> = {};
    for (const [m, p] of [['GET', '/display'], ['GET', '/citizen'], ['GET', '/staff'], ['GET', '/'], ['GET', '/index.html'], ['POST', '/display'], ['GET', '/api']] as const) {
      httpStatus[`${m} ${p}`] = await http(port, m, p);
    }
    const ws: Record<string, unknown> = {};
    for (const query of ['face=display', 'face=citizen', `face=staff&k=${server.launchToken}`]) {
      const c = connect(LAN, port, query);
      try {
        await c.opened;
      } catch (e) {
        ws[query.replace(server.launchToken, 'TOKEN')] = { refused: (e as Error).message };
        continue;
      }
      const feed = await c.call('display.feed', {});
      const refused: string[] = [];
      const allowed: string[] = [];
      for (const [name, spec] of Object.entries(calls)) {
        if (spec.access === 'display') continue;
        const r = await c.call(name, {});
        (r.error?.code === 'api.forbidden' ? refused : allowed).push(name);
      }
      // A citizen session on the kiosk itself (loopback) must not reach the LAN peer.
      const local = connect('127.0.0.1', port, `face=citizen&k=${server.launchToken}`);
      await local.opened;
      await local.call('session.start', {});
      await local.call('session.end', { reason: 'finished' });
      local.ws.close();
      await new Promise((r) => setTimeout(r, 1500));
      ws[query.replace(server.launchToken, 'TOKEN')] = {
        feedOk: feed.ok === true,
        feedHasEmergencyField: feed.ok && 'emergency' in feed.value,
        nonDisplayCalls: refused.length + allowed.length,
        allowedNonDisplay: allowed,
        eventNames: [...new Set(c.messages.filter((m) => m.t === 'event').map((m) => (m as { name: string }).name))].sort(),
      };
      c.ws.close();
    }
    return { httpStatus, ws };
  } finally {
    await server.close();
    await core.stop();
    world.cleanup();
  }
}

const result = { lan: await probe('lan'), off: await probe('off') };
process.stdout.write(`LAN-PROBE ${JSON.stringify(result)}\n`);
process.exit(0);
