import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from '../pack/problems';
import { problem } from '../pack/problems';
import { maxPackFileBytes, parsePackBytes } from '../pack/read-pack';
import type { PackValidation } from '../pack/validate-pack';
import { compareVersions } from './pack-version';
import { checkRemoteUrl } from './remote-url';
import { verifyPackSignature } from './signature';

/** Where the publisher's signed packs come from (docs/content-packs.md, "Remote source"). */
export interface RemoteSourceOptions {
  /** https URL of a single-file pack; its signature is at the same URL + ".sig". */
  readonly url: string;
  /** The publisher's Ed25519 public key, 32 bytes in hex. */
  readonly publicKeyHex: string;
  /** Folder where the last verified pack is kept for offline starts. */
  readonly cacheDir: string;
  /** Injected for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Per-request timeout in milliseconds (default 30 000). */
  readonly timeoutMs?: number;
}

export type RemoteResult =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'loaded'; readonly validation: PackValidation }
  | { readonly kind: 'failed'; readonly problems: ContentProblem[] };

export interface PollOptions {
  /**
   * Accept a verified pack whose manifest version is not newer than the cached one (staff rolling
   * back on purpose: `kiosk content pull --force`). Never set by the kiosk's own schedule.
   */
  readonly force?: boolean;
}

const CACHE_PACK = 'remote-pack.json';
const CACHE_SIG = 'remote-pack.json.sig';
const FILE = 'remote';

/**
 * Fetches, verifies and caches the publisher's pack. Nothing unverified is parsed, cached or used:
 * the signature is checked over the exact bytes before JSON parsing.
 */
export class RemotePackSource {
  private lastBytes: Uint8Array | undefined;

  constructor(private readonly options: RemoteSourceOptions) {}

  /** The host name, for status screens. */
  get host(): string {
    const c = checkRemoteUrl(this.options.url);
    return c.ok ? c.url.host : '(invalid URL)';
  }

  /** The cached pack from an earlier run, re-verified (the cache folder is not trusted either). */
  async loadCache(): Promise<PackValidation | undefined> {
    let bytes: Uint8Array;
    let sig: string;
    try {
      bytes = new Uint8Array(await readFile(join(this.options.cacheDir, CACHE_PACK)));
      sig = await readFile(join(this.options.cacheDir, CACHE_SIG), 'utf8');
    } catch {
      return undefined;
    }
    const check = verifyPackSignature(bytes, sig, this.options.publicKeyHex);
    if (!check.ok) return { ok: false, problems: [problem('remote cache', '', `${check.code}: ${check.detail}`)] };
    this.lastBytes = bytes;
    return parsePackBytes('remote cache', bytes);
  }

  /**
   * One poll: download pack and signature, verify, validate, refuse a rollback, and cache when good.
   * Never throws. The baseline for "newer" is the cached pack (the last one the kiosk or staff
   * accepted), re-read each poll so that a pack staff forced from the CLI holds in a running core too.
   */
  async poll(options: PollOptions = {}): Promise<RemoteResult> {
    const url = checkRemoteUrl(this.options.url);
    if (!url.ok) return failed(`remote URL ${url.reason}`);
    const pack = await this.get(url.url.href);
    if (!pack.ok) return failed(pack.reason);
    const sig = await this.get(`${url.url.href}.sig`);
    if (!sig.ok) return failed(`signature: ${sig.reason}`);
    const check = verifyPackSignature(pack.bytes, new TextDecoder().decode(sig.bytes), this.options.publicKeyHex);
    if (!check.ok) return failed(`${check.code}: ${check.detail}; the pack was not used`);
    if (this.lastBytes && equalBytes(this.lastBytes, pack.bytes)) return { kind: 'unchanged' };
    const validation = parsePackBytes(FILE, pack.bytes);
    if (validation.ok) {
      const cached = await this.readCache();
      const accepted = cached !== undefined && equalBytes(cached.bytes, pack.bytes);
      const newVersion = validation.pack.manifest.version;
      if (cached?.version !== undefined && !accepted && !options.force && compareVersions(newVersion, cached.version) <= 0) {
        // Issue 14, item 6: an older pack with a valid signature (replayed by a network attacker or a
        // stale mirror) must not replace a newer one.
        return failed(`pack.version.not-newer: version ${newVersion} is not newer than the cached ${cached.version}; the pack was not used (to roll back on purpose: kiosk content pull --force)`);
      }
      if (!accepted) await this.writeCache(pack.bytes, sig.bytes);
      this.lastBytes = pack.bytes;
    }
    return { kind: 'loaded', validation };
  }

  /** The cached pack's bytes and version, when its signature still verifies. */
  private async readCache(): Promise<{ bytes: Uint8Array; version: string | undefined } | undefined> {
    try {
      const bytes = new Uint8Array(await readFile(join(this.options.cacheDir, CACHE_PACK)));
      const sig = await readFile(join(this.options.cacheDir, CACHE_SIG), 'utf8');
      if (!verifyPackSignature(bytes, sig, this.options.publicKeyHex).ok) return undefined;
      const parsed = parsePackBytes('remote cache', bytes);
      return { bytes, version: parsed.ok ? parsed.pack.manifest.version : undefined };
    } catch {
      return undefined;
    }
  }

  private async get(href: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
    const doFetch = this.options.fetch ?? fetch;
    try {
      const res = await doFetch(href, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000), redirect: 'error' });
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, reason: `download failed (HTTP ${res.status})` };
      }
      if (Number(res.headers.get('content-length') ?? 0) > maxPackFileBytes) {
        await res.body?.cancel();
        return { ok: false, reason: 'download too large' };
      }
      const bytes = await readAtMost(res, maxPackFileBytes);
      return bytes ? { ok: true, bytes } : { ok: false, reason: 'download too large' };
    } catch (e) {
      return { ok: false, reason: `download failed (${(e as Error).name})` };
    }
  }

  /** Writes the cache atomically (temp file + rename), so a crash never leaves half a pack. */
  private async writeCache(bytes: Uint8Array, sig: Uint8Array): Promise<void> {
    try {
      await mkdir(this.options.cacheDir, { recursive: true });
      for (const [name, data] of [[CACHE_PACK, bytes], [CACHE_SIG, sig]] as const) {
        const tmp = join(this.options.cacheDir, `${name}.tmp`);
        await writeFile(tmp, data);
        await rename(tmp, join(this.options.cacheDir, name));
      }
    } catch {
      // A read-only cache only costs offline starts; the verified pack is still used now.
    }
  }
}

/**
 * The body, read chunk by chunk and abandoned as soon as it passes `limit` bytes (undefined then). A
 * chunked reply has no Content-Length to check first: buffering it whole took the core from 140 to
 * 774 MB on a 200 MiB reply before the size check (issue 14, item 5).
 */
async function readAtMost(res: Response, limit: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

const failed = (message: string): RemoteResult => ({ kind: 'failed', problems: [problem(FILE, '', message)] });

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
