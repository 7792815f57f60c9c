import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from '../pack/problems';
import { problem } from '../pack/problems';
import { maxPackFileBytes, parsePackBytes } from '../pack/read-pack';
import type { PackValidation } from '../pack/validate-pack';
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

  /** One poll: download pack and signature, verify, validate, and cache when good. Never throws. */
  async poll(): Promise<RemoteResult> {
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
      await this.writeCache(pack.bytes, sig.bytes);
      this.lastBytes = pack.bytes;
    }
    return { kind: 'loaded', validation };
  }

  private async get(href: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
    const doFetch = this.options.fetch ?? fetch;
    try {
      const res = await doFetch(href, { signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000), redirect: 'error' });
      if (!res.ok) return { ok: false, reason: `download failed (HTTP ${res.status})` };
      if (Number(res.headers.get('content-length') ?? 0) > maxPackFileBytes) return { ok: false, reason: 'download too large' };
      const bytes = new Uint8Array(await res.arrayBuffer());
      return bytes.length > maxPackFileBytes ? { ok: false, reason: 'download too large' } : { ok: true, bytes };
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

const failed = (message: string): RemoteResult => ({ kind: 'failed', problems: [problem(FILE, '', message)] });

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
