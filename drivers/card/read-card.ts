import { establishAccess, readFile, type EmrtdFileName, type SmSession } from '../emrtd/chip-access';
import { parseDg1, parseDg13, parseDg2, type Dg1, type Dg13, type Dg2Face } from '../emrtd/lds/index';
import { trustStoreFromFiles, verifyPassiveAuthentication } from '../emrtd/pa/index';
import type { ApduTransceiver } from '../iso7816/apdu-transceiver';
import { DriverFailure, err, ok, type DriverError, type Result } from '../result';
import { firstChunkSize } from '../emrtd/files/read-size';
import { DEFAULT_FILES, type CardReadRequest, type CardReadResult, type ReadableFile } from './card-read';

/** Typical sizes on VN cards, in bytes, to weigh the progress bar (cccd.md, "Files"). */
const EXPECTED_SIZE: Record<ReadableFile, number> = { DG1: 95, DG13: 700, DG14: 400, SOD: 2000, DG2: 15_000 };
/** Read order: the identity first (what the citizen waits for), the portrait last but the SOD. */
const ORDER: readonly ReadableFile[] = ['DG1', 'DG13', 'DG14', 'DG2', 'SOD'];
const DG_NUMBER: Partial<Record<ReadableFile, number>> = { DG1: 1, DG2: 2, DG13: 13, DG14: 14 };
const ACCESS_SHARE = 0.3;
const VERIFY_SHARE = 0.05;

/**
 * Reads a CCCD chip through any ApduTransceiver: establish access (PACE-CAN, else BAC over the
 * candidates) → read the requested files under secure messaging (resuming after SM failures) → parse →
 * passive authentication. Every exit drops the session keys (the caller releases the target).
 * The state machine of the issue: wait for card (the device) → access → files → verify → release.
 */
export async function readCard(transceiver: ApduTransceiver, request: CardReadRequest): Promise<Result<CardReadResult, DriverError>> {
  const started = performance.now();
  const counted = countingTransceiver(transceiver);
  const files = ORDER.filter((f) => (request.files ?? DEFAULT_FILES).includes(f));
  const total = files.reduce((n, f) => n + EXPECTED_SIZE[f], 0);
  // The bar only moves forward: file sizes are estimates until each file's header is read.
  let shown = 0;
  const progress = (fraction: number, step: string) => {
    shown = Math.max(shown, Math.min(1, fraction));
    request.onProgress?.({ fraction: shown, step });
  };
  const exchange = request.signal ? { signal: request.signal } : {};
  let session: SmSession | undefined;
  try {
    if (request.signal?.aborted) return err('card.cancelled', 'cancelled before access');
    progress(0, 'access');
    const access = await establishAccess(counted, {
      ...(request.can ? { can: request.can } : {}),
      mrzCandidates: request.mrzCandidates ?? [],
      exchange,
    });
    if (!access.ok) return err(access.error.code, access.error.detail);
    session = access.value.session;
    const reauthenticate = async () => {
      const again = await access.value.reauthenticate();
      if (again.ok) session = again.value;
      return again;
    };
    // Learned per card: the first file finds what the chip accepts, the next ones start there.
    let chunkSize = request.chunkSize ?? firstChunkSize(transceiver.historicalBytes);
    let done = 0;
    let reauthentications = 0;
    let bytesRead = 0;
    const raw = new Map<ReadableFile, Uint8Array>();
    for (const file of files) {
      if (request.signal?.aborted) return err('card.cancelled', `cancelled before ${file}`);
      const base = ACCESS_SHARE + ((1 - ACCESS_SHARE - VERIFY_SHARE) * done) / total;
      const span = ((1 - ACCESS_SHARE - VERIFY_SHARE) * EXPECTED_SIZE[file]) / total;
      progress(base, file);
      const read = await readFile(session, file as EmrtdFileName, {
        reauthenticate,
        exchange,
        chunkSize,
        onProgress: (bytes, size) => progress(base + span * Math.min(1, bytes / (size ?? EXPECTED_SIZE[file])), file),
      });
      if (!read.ok) {
        // An optional file the card does not have is not a failed read (DG14 on older chips).
        if (read.error.code === 'file.not-found' && file !== 'DG1' && file !== 'DG13' && file !== 'SOD') continue;
        return err(read.error.code, `${file}: ${read.error.detail}`);
      }
      session = read.value.session;
      chunkSize = read.value.chunkSize;
      reauthentications += read.value.reauthentications;
      bytesRead += read.value.bytes.length;
      raw.set(file, read.value.bytes);
      done += EXPECTED_SIZE[file];
    }
    progress(1 - VERIFY_SHARE, 'verify');
    const parsed = parseFiles(raw, request.includeSensitive ?? false);
    if (!parsed.ok) return parsed;
    const dataGroups = new Map<number, Uint8Array>();
    for (const [file, bytes] of raw) if (DG_NUMBER[file] !== undefined) dataGroups.set(DG_NUMBER[file]!, bytes);
    const sod = raw.get('SOD');
    const passiveAuthentication = sod
      ? verifyPassiveAuthentication({ sod, dataGroups, trustStore: request.trustStore ?? trustStoreFromFiles([]) })
      : { status: 'not-checkable' as const, reason: 'pa.sod-not-read: the SOD was not requested', dataGroupHashes: [] };
    progress(1, 'done');
    return ok({
      method: access.value.method,
      ...parsed.value,
      passiveAuthentication,
      stats: {
        apdus: counted.apdus,
        bytesRead,
        milliseconds: Math.round(performance.now() - started),
        failedAccessAttempts: access.value.failedAttempts,
        reauthentications,
        chunkSize,
      },
    });
  } catch (e) {
    if (e instanceof DriverFailure) return err(e.error.code, e.error.detail);
    throw e;
  } finally {
    // Keys never outlive the read (architecture.md: every exit passes through cleanup).
    session?.drop();
  }
}

function parseFiles(raw: Map<ReadableFile, Uint8Array>, includeSensitive: boolean): Result<{ dg1?: Dg1; dg13?: Dg13; face?: Dg2Face }, DriverError> {
  const out: { dg1?: Dg1; dg13?: Dg13; face?: Dg2Face } = {};
  const dg1 = raw.get('DG1');
  if (dg1) {
    const r = parseDg1(dg1);
    if (!r.ok) return r;
    out.dg1 = r.value;
  }
  const dg13 = raw.get('DG13');
  if (dg13) {
    const r = parseDg13(dg13, { includeSensitive });
    if (!r.ok) return r;
    out.dg13 = r.value;
  }
  const dg2 = raw.get('DG2');
  if (dg2) {
    const r = parseDg2(dg2);
    if (!r.ok) return r;
    if (r.value.faces[0]) out.face = r.value.faces[0];
  }
  return ok(out);
}

/** Counts APDUs for the statistics the CLI and the benchmark print. */
function countingTransceiver(inner: ApduTransceiver): ApduTransceiver & { apdus: number } {
  const counted = {
    apdus: 0,
    transmit(apdu: Uint8Array, options?: { timeoutMs?: number; signal?: AbortSignal }) {
      counted.apdus++;
      return inner.transmit(apdu, options);
    },
  };
  return counted;
}
