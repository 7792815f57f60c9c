import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../electron/api/content';
import { ProcedureCatalogue } from '../../../electron/host/catalogue/procedure-catalogue';
import { loadPack, maxPackFileBytes } from '../../../electron/host/catalogue/pack/read-pack';
import { bundlePack } from '../../../electron/host/catalogue/pack/write-pack';
import { RemotePackSource } from '../../../electron/host/catalogue/remote/remote-source';
import { newPublisherKeys, signPack } from '../../../electron/host/catalogue/remote/signature';
import { samplePackDir } from '../../../electron/host/catalogue/testing/pack-fixture';
import { pullInto } from '../../../electron/host/cli/remote-commands';

// A publisher on loopback: http is accepted only for 127.0.0.0/8 (production URLs must be https).
const files = new Map<string, Uint8Array>();
let server: Server;
let base: string;
let work: string;
let shipped: ContentPack;
const keys = newPublisherKeys();
const open: ProcedureCatalogue[] = [];
/** Bytes the flood route managed to hand to the socket before the client hung up. */
let floodSent = 0;
const FLOOD_BYTES = 200 * 1024 * 1024;

/** Chunked (no Content-Length), 200 MiB, written only as fast as the client reads it. */
function flood(res: import('node:http').ServerResponse): void {
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
}

function publish(pack: ContentPack, options: { tamper?: boolean } = {}): void {
  const bytes = new TextEncoder().encode(bundlePack(pack));
  const sig = signPack(bytes, keys.secretKeyHex);
  if (options.tamper) bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0x20;
  files.set('/pack.json', bytes);
  files.set('/pack.json.sig', new TextEncoder().encode(sig));
}

const provincePack = (version: string): ContentPack => ({
  ...shipped,
  manifest: { ...shipped.manifest, packId: 'tinh-x', version, publisher: 'UBND tỉnh X', date: '2025-12-01', sample: false },
});

function catalogue(cacheDir: string, url = `${base}/pack.json`): ProcedureCatalogue {
  const c = new ProcedureCatalogue({
    contentDir: samplePackDir, watch: false,
    remote: { url, publicKeyHex: keys.publicKeyHex, intervalMinutes: 60, cacheDir },
  });
  open.push(c);
  return c;
}

beforeAll(async () => {
  const r = await loadPack(samplePackDir);
  if (!r.ok) throw new Error('shipped pack invalid');
  shipped = r.pack;
  work = await mkdtemp(join(tmpdir(), 'kiosk-remote-'));
  server = createServer((req, res) => {
    if (req.url === '/flood.json') return flood(res);
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

describe('remote content source', () => {
  it('uses a verified remote pack, caches it, and shows where it came from', async () => {
    publish(provincePack('1'));
    const cacheDir = join(work, 'cache-a');
    const c = catalogue(cacheDir);
    await c.start();
    await c.pollRemote();
    expect(c.status()).toMatchObject({
      pack: { packId: 'tinh-x', version: '1', source: 'remote', sample: false },
      remote: { host: new URL(base).host, lastError: null },
    });
    expect((await readFile(join(cacheDir, 'remote-pack.json'))).equals(Buffer.from(files.get('/pack.json')!))).toBe(true);
  });

  it('rejects a tampered pack and keeps the last good one', async () => {
    publish(provincePack('1'));
    const c = catalogue(join(work, 'cache-b'));
    await c.start();
    await c.pollRemote();
    publish(provincePack('2'), { tamper: true });
    await c.pollRemote();
    const status = c.status();
    expect(status.pack).toMatchObject({ packId: 'tinh-x', version: '1' });
    expect(status.remote?.lastError).toMatch(/^pack\.signature\.invalid/);
    expect(status.problems.map((p) => p.message).join()).toMatch(/pack\.signature\.invalid.*not used/);
  });

  it('rejects a pack signed by someone else', async () => {
    const other = newPublisherKeys();
    const bytes = new TextEncoder().encode(bundlePack(provincePack('3')));
    files.set('/pack.json', bytes);
    files.set('/pack.json.sig', new TextEncoder().encode(signPack(bytes, other.secretKeyHex)));
    const c = catalogue(join(work, 'cache-c'));
    await c.start();
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ packId: 'vn-ward-sample', source: 'local' });
  });

  it('starts offline from the cache, and refuses a cache edited on disk', async () => {
    publish(provincePack('4'));
    const cacheDir = join(work, 'cache-d');
    const online = catalogue(cacheDir);
    await online.start();
    await online.pollRemote();
    online.stop();

    const offline = catalogue(cacheDir, 'http://127.0.0.1:9/pack.json'); // discard port: nothing listens
    await offline.start();
    expect(offline.status().pack).toMatchObject({ version: '4', source: 'remoteCache' });
    await offline.pollRemote();
    expect(offline.status().pack?.source).toBe('remoteCache');
    expect(offline.status().remote?.lastError).toMatch(/download failed/);

    const cached = await readFile(join(cacheDir, 'remote-pack.json'), 'utf8');
    await writeFile(join(cacheDir, 'remote-pack.json'), cached.replace('UBND tỉnh X', 'UBND tỉnh Y'));
    const edited = catalogue(cacheDir, 'http://127.0.0.1:9/pack.json');
    await edited.start();
    expect(edited.status().pack?.source).toBe('local');
    expect(edited.status().problems.some((p) => p.file === 'remote cache' && /signature/.test(p.message))).toBe(true);
  });

  it('refuses plain http to a non-loopback host without sending anything', async () => {
    const c = catalogue(join(work, 'cache-e'), 'http://content.example.invalid/pack.json');
    await c.start();
    await c.pollRemote();
    expect(c.status().remote?.lastError).toMatch(/https/);
  });
});

// Issue 14, items 5 and 6: the attacks on the remote source that got through.
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
    publish(provincePack('2'));
    const c = catalogue(cacheDir);
    await c.start();
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ packId: 'tinh-x', version: '2', source: 'remote' });
    const cachedV2 = await readFile(join(cacheDir, 'remote-pack.json'));

    publish(provincePack('1')); // validly signed, but older: a replay or a stale mirror
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ version: '2' });
    expect(c.status().remote?.lastError).toMatch(/^pack\.version\.not-newer: version 1 is not newer than the cached 2/);
    expect((await readFile(join(cacheDir, 'remote-pack.json'))).equals(cachedV2)).toBe(true);

    publish(provincePack('2'));
    // The same version with different (validly signed) bytes is not newer either.
    files.set('/pack.json', new TextEncoder().encode(new TextDecoder().decode(files.get('/pack.json')!).replace('UBND tỉnh X', 'UBND tỉnh Z')));
    files.set('/pack.json.sig', new TextEncoder().encode(signPack(files.get('/pack.json')!, keys.secretKeyHex)));
    await c.pollRemote();
    expect(c.status().remote?.lastError).toMatch(/not newer/);

    publish(provincePack('1'));
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
    publish(provincePack('3'));
    await c.pollRemote();
    expect(c.status().pack).toMatchObject({ version: '3' });
  });
});
