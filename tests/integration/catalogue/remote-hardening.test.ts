import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../electron/api/content';
import { loadPack, maxPackFileBytes } from '../../../electron/host/catalogue/pack/read-pack';
import { bundlePack } from '../../../electron/host/catalogue/pack/write-pack';
import { ProcedureCatalogue } from '../../../electron/host/catalogue/procedure-catalogue';
import { RemotePackSource } from '../../../electron/host/catalogue/remote/remote-source';
import { newPublisherKeys, signPack } from '../../../electron/host/catalogue/remote/signature';
import { shippedPackDir } from '../../../electron/host/catalogue/testing/pack-fixture';
import { pullInto } from '../../../electron/host/cli/remote-commands';

// Issue 14, items 5 and 6: the attacks on the remote source that got through, against a real HTTP
// server on loopback.
const files = new Map<string, Uint8Array>();
let server: Server;
let base: string;
let work: string;
let shipped: ContentPack;
/** Bytes the flood route managed to hand to the socket before the client hung up. */
let floodSent = 0;
const keys = newPublisherKeys();
const open: ProcedureCatalogue[] = [];
const FLOOD_BYTES = 200 * 1024 * 1024;

function publish(version: string): void {
  const pack: ContentPack = { ...shipped, manifest: { ...shipped.manifest, packId: 'tinh-x', version, publisher: 'UBND tỉnh X', date: '2025-12-01', sample: false } };
  const bytes = new TextEncoder().encode(bundlePack(pack));
  files.set('/pack.json', bytes);
  files.set('/pack.json.sig', new TextEncoder().encode(signPack(bytes, keys.secretKeyHex)));
}

function catalogue(cacheDir: string, path = '/pack.json'): ProcedureCatalogue {
  const c = new ProcedureCatalogue({ contentDir: shippedPackDir, watch: false, remote: { url: `${base}${path}`, publicKeyHex: keys.publicKeyHex, intervalMinutes: 60, cacheDir } });
  open.push(c);
  return c;
}

beforeAll(async () => {
  const r = await loadPack(shippedPackDir);
  if (!r.ok) throw new Error('shipped pack invalid');
  shipped = r.pack;
  work = await mkdtemp(join(tmpdir(), 'kiosk-remote-hard-'));
  server = createServer((req, res) => {
    if (req.url === '/flood.json') {
      // Chunked (no Content-Length), written only as fast as the client reads it.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let closed = false;
      res.on('close', () => (closed = true));
      const pump = () => {
        while (!closed && floodSent < FLOOD_BYTES) {
          floodSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!closed) res.end();
      };
      pump();
      return;
    }
    const body = files.get(req.url ?? '');
    res.writeHead(body ? 200 : 404).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const c of open.splice(0)) c.stop();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  await rm(work, { recursive: true, force: true });
});

describe('remote pack download size', () => {
  it('stops a chunked 200 MiB reply at the size limit instead of buffering it', async () => {
    floodSent = 0;
    const before = process.memoryUsage();
    const source = new RemotePackSource({ url: `${base}/flood.json`, publicKeyHex: keys.publicKeyHex, cacheDir: join(work, 'flood') });
    const result = await source.poll();
    const after = process.memoryUsage();
    expect(result).toMatchObject({ kind: 'failed', problems: [{ message: 'download too large' }] });
    // The reader hung up shortly after the limit: what the server could still push is the limit plus
    // socket and stream buffers, far from the whole 200 MiB that buffering first would have read.
    expect(floodSent).toBeLessThan(maxPackFileBytes + 24 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(2 * maxPackFileBytes);
  });
});

describe('remote pack rollback', () => {
  it('refuses an older signed pack, keeps the newer one, and lets staff force it from the CLI', async () => {
    const cacheDir = join(work, 'rollback');
    publish('2');
    const c = catalogue(cacheDir);
    await c.start();
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ packId: 'tinh-x', version: '2', source: 'remote' });
    const cachedV2 = await readFile(join(cacheDir, 'remote-pack.json'));

    publish('1'); // validly signed, but older: a replay or a stale mirror
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ version: '2' });
    expect(c.status().remote?.lastError).toMatch(/^pack\.version\.not-newer: version 1 is not newer than the cached 2/);
    expect((await readFile(join(cacheDir, 'remote-pack.json'))).equals(cachedV2)).toBe(true);

    publish('2');
    // The same version with different (validly signed) bytes is not newer either.
    files.set('/pack.json', new TextEncoder().encode(new TextDecoder().decode(files.get('/pack.json')!).replace('UBND tỉnh X', 'UBND tỉnh Z')));
    files.set('/pack.json.sig', new TextEncoder().encode(signPack(files.get('/pack.json')!, keys.secretKeyHex)));
    await c.pollRemote();
    expect(c.status().remote?.lastError).toMatch(/not newer/);

    publish('1');
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(`ERR ${l}`) };
    expect(await pullInto(new RemotePackSource({ url: `${base}/pack.json`, publicKeyHex: keys.publicKeyHex, cacheDir }), false, io)).toBe(1);
    expect(out.join('\n')).toMatch(/ERR .*pack\.version\.not-newer/);
    expect(await pullInto(new RemotePackSource({ url: `${base}/pack.json`, publicKeyHex: keys.publicKeyHex, cacheDir }), true, io)).toBe(0);
    expect(out.at(-1)).toMatch(/^cached tinh-x version 1 .*forced/);
    // The running kiosk takes what staff forced at its next poll; a newer pack is accepted as before.
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ version: '1', source: 'remote' });
    expect(c.status().remote?.lastError).toBeNull();
    publish('3');
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ version: '3' });
  });
});
