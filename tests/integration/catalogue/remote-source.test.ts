import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../electron/api/content';
import { ProcedureCatalogue } from '../../../electron/host/catalogue/procedure-catalogue';
import { loadPack } from '../../../electron/host/catalogue/pack/read-pack';
import { bundlePack } from '../../../electron/host/catalogue/pack/write-pack';
import { newPublisherKeys, signPack } from '../../../electron/host/catalogue/remote/signature';
import { samplePackDir } from '../../../electron/host/catalogue/testing/pack-fixture';

// A publisher on loopback: http is accepted only for 127.0.0.0/8 (production URLs must be https).
const files = new Map<string, Uint8Array>();
let server: Server;
let base: string;
let work: string;
let shipped: ContentPack;
const keys = newPublisherKeys();
const open: ProcedureCatalogue[] = [];

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
