import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardReadResult } from '../../../drivers/card/card-read';
import { readCard } from '../../../drivers/card/read-card';
import { deriveChipAccess, mrzDateToIso } from '../../../drivers/cccd/index';
import { mrzInformation, type MrzKeyInput } from '../../../drivers/emrtd/chip-access';
import { loadTrustStore, trustStoreFromFiles, type TrustStore } from '../../../drivers/emrtd/pa/index';
import { FAST_BAUD_RATES } from '../../../drivers/pn532/baud-switch';
import { openPcscSource, openPn532Source, type CardSource } from './card-read-source';
import { loadConfig } from '../config/load-config';
import { defaultConfigFile, packageRootFrom } from '../paths';
import { TEST_AUTHORITY_MARK } from '../../../drivers/sim/card-profile/index';
import { trustStoreForReader } from '../identity/trust-policy';
import type { CliCommand } from './command';

const packageRoot = () => packageRootFrom(dirname(fileURLToPath(import.meta.url)));

// ── kiosk card read ──────────────────────────────────────────────────────────────────────────────

/** Why `kiosk card read` failed: each code has ONE fixed English line and an exit code (table below). */
export type CardCliErrorCode =
  | 'reader.absent'
  | 'reader.garbled'
  | 'reader.disconnected'
  | 'card.absent'
  | 'access.denied'
  | 'card.removed'
  | 'card.cancelled'
  | 'pa.failed'
  | 'trust.unreadable'
  | 'read.failed'
  | 'pcsc.unavailable';

interface FailureContext {
  readonly port: string;
  readonly waitSeconds: number;
  /** The driver's code and English detail (never personal data), for read.failed and pa.failed. */
  readonly cause?: string;
}

/** Exit 1: the operation failed; exit 3: the card was read but its data did not verify. */
export const CARD_READ_FAILURES: Readonly<Record<CardCliErrorCode, { exit: number; line: (c: FailureContext) => string }>> = {
  'reader.absent': { exit: 1, line: (c) => `no reader on ${c.port}` },
  'reader.garbled': { exit: 1, line: (c) => `the reader on ${c.port} answers with damaged frames (${c.cause ?? 'checksum'}): check the cable and the baud rate` },
  'reader.disconnected': { exit: 1, line: (c) => `the reader on ${c.port} was disconnected during the read` },
  'card.absent': { exit: 1, line: (c) => `no card on the reader within ${c.waitSeconds} s` },
  'access.denied': { exit: 1, line: () => 'the chip refused the access key: wrong CAN, ID or MRZ data' },
  'card.removed': { exit: 1, line: () => 'the card was removed during the read' },
  'card.cancelled': { exit: 1, line: () => 'the read was cancelled' },
  'pa.failed': { exit: 3, line: (c) => `passive authentication failed: ${c.cause ?? 'unknown reason'}` },
  'trust.unreadable': { exit: 1, line: (c) => `cannot read the trust store: ${c.cause ?? ''}` },
  'read.failed': { exit: 1, line: (c) => `the card could not be read: ${c.cause ?? 'unknown error'}` },
  'pcsc.unavailable': { exit: 1, line: (c) => `PC/SC is not available: ${c.cause ?? 'unknown reason'}` },
};

const todayIso = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // the date in Vietnam (UTC+7)

/** What opens the chip, from exactly one of --can, --id, --mrz. */
type Credentials = { can?: string; mrzCandidates: MrzKeyInput[] };

function credentialsFrom(values: Record<string, unknown>): Credentials | string {
  const given = (['can', 'id', 'mrz'] as const).filter((k) => typeof values[k] === 'string');
  if (given.length !== 1) return 'give exactly one of --can <6 digits>, --id <12 digits> or --mrz <doc>,<yymmdd>,<yymmdd>';
  if (typeof values.can === 'string') return /^\d{6}$/.test(values.can) ? { can: values.can, mrzCandidates: [] } : '--can: expected 6 digits';
  if (typeof values.id === 'string') {
    // The ID alone gives the CAN (its last 6 digits) and no BAC candidate: the expiry is unknown (cccd.md).
    const access = deriveChipAccess(values.id);
    return access.ok ? { can: access.value.can, mrzCandidates: [] } : `--id: ${access.error.detail}`;
  }
  const [documentNumber = '', dateOfBirth = '', dateOfExpiry = ''] = String(values.mrz).split(',');
  const key = { documentNumber, dateOfBirth, dateOfExpiry };
  const info = mrzInformation(key);
  return info.ok && String(values.mrz).split(',').length === 3 ? { mrzCandidates: [key] } : `--mrz: expected <document number>,<birth yymmdd>,<expiry yymmdd>`;
}

/**
 * --trust dir as given, else the trust store of the kiosk configuration when it exists (without the
 * simulator's TEST authorities unless that configuration's reader is the simulator: trust-policy.ts),
 * else none. `dropped` names the TEST certificates left out.
 */
async function trustStoreFor(values: Record<string, unknown>): Promise<{ store: TrustStore; dir: string | null; dropped: string[] } | { error: string }> {
  const explicit = typeof values.trust === 'string' ? values.trust : null;
  let dir = explicit;
  let readerKind: Parameters<typeof trustStoreForReader>[1] = 'simulated';
  if (dir === null) {
    const loaded = loadConfig(defaultConfigFile(packageRoot()));
    if (loaded.ok && existsSync(loaded.value.config.trustStore.dir)) {
      dir = loaded.value.config.trustStore.dir;
      const { devices: { cardReader }, trustStore: { allowTestAuthorities } } = loaded.value.config;
      readerKind = cardReader.type === 'simulated' ? 'simulated' : allowTestAuthorities ? 'test-authorities-allowed' : 'real';
    }
  }
  if (dir === null) return { store: trustStoreFromFiles([]), dir: null, dropped: [] };
  const store = await loadTrustStore(dir);
  if (!store.ok) return { error: `${store.error.code}: ${store.error.detail}` };
  const policy = trustStoreForReader(store.value, readerKind);
  return { store: policy.store, dir, dropped: policy.dropped };
}

/** Lines for the technician's own terminal: DG13 fields, MRZ fields, verification, statistics. */
export function describeCardRead(port: string, r: CardReadResult, photo?: { file: string; width: number; height: number; bytes: number }): string[] {
  const lines = [`card on ${port}, opened with ${r.method}`];
  const card = cardFields(r);
  lines.push('card:');
  for (const [k, v] of Object.entries(card)) lines.push(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const mrz = mrzFields(r);
  if (mrz) {
    lines.push('mrz:');
    for (const [k, v] of Object.entries(mrz)) lines.push(`  ${k}: ${String(v)}`);
  }
  const pa = r.passiveAuthentication;
  lines.push(`passiveAuthentication: ${pa.status}${pa.reason ? ` (${pa.reason})` : ''}`);
  if (pa.signer) lines.push(`  signer: ${pa.signer.subject}`);
  if (pa.csca) lines.push(`  csca: ${pa.csca.subject} (${pa.csca.file})`);
  if (photo) lines.push(`photo: ${photo.file} (${photo.width}×${photo.height}, ${photo.bytes} bytes)`);
  const s = r.stats;
  lines.push(`bytesRead: ${s.bytesRead}, apdus: ${s.apdus}, milliseconds: ${s.milliseconds}, failedAccessAttempts: ${s.failedAccessAttempts}, reauthentications: ${s.reauthentications}, chunkSize: ${s.chunkSize}`);
  return lines;
}

const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** DG13 in English camelCase with ISO dates; unknown fields as hex; ethnicity/religion only if read. */
function cardFields(r: CardReadResult): Record<string, unknown> {
  if (!r.dg13) return {};
  const { unknownFields, problems, ...fields } = r.dg13;
  return {
    ...fields,
    ...(unknownFields.length ? { unknownFields: unknownFields.map((u) => ({ field: u.field, hex: toHex(u.raw) })) } : {}),
    ...(problems.length ? { problems } : {}),
  };
}

function mrzFields(r: CardReadResult): Record<string, unknown> | undefined {
  const m = r.dg1?.mrz;
  if (!m) return undefined;
  return {
    documentCode: m.documentCode, issuingState: m.issuingState, documentNumber: m.documentNumber,
    // The MRZ's own YYMMDD as printed, and the same as ISO (null: no expiry, or no such day).
    dateOfBirth: m.dateOfBirth, dateOfBirthIso: mrzDateToIso(m.dateOfBirth, 'birth', todayIso()),
    sex: m.sex, dateOfExpiry: m.dateOfExpiry, dateOfExpiryIso: m.dateOfExpiry === null ? null : mrzDateToIso(m.dateOfExpiry, 'expiry', todayIso()), nationality: m.nationality,
    surname: m.surname, givenNames: m.givenNames, ...(m.vnPersonalId ? { personalId: m.vnPersonalId } : {}),
    checkDigitsValid: r.dg1?.checkDigitsValid,
  };
}

/** Maps a driver failure to the CLI's codes; a failed exchange with the card gone is "card removed". */
async function classify(code: string, source: CardSource): Promise<CardCliErrorCode> {
  if (code === 'access.denied') return 'access.denied';
  if (code === 'card.cancelled') return 'card.cancelled';
  if (code === 'reader.disconnected' || code === 'reader.closed') return 'reader.disconnected';
  if (await source.cardGone(code)) return 'card.removed';
  return 'read.failed';
}

const cardRead: CliCommand = {
  path: ['card', 'read'],
  summary:
    'Read a chip ID card on a PN532 reader (serial/USB) or a PC/SC reader (--pcsc, optionally a reader name or part of it), verify it (passive authentication) and print it. ' +
    'Exit 0 read (verified or not-checkable), 1 failed (no reader, no card, access denied, card removed…), 2 bad usage, 3 verification failed.',
  usage:
    '(--port <path> | --pcsc [<reader>]) (--can <6 digits> | --id <12 digits> | --mrz <doc>,<yymmdd>,<yymmdd>) [--baud n] [--fast-baud <rate>] [--wait-seconds n] [--photo file.jpg] [--trust dir] [--sensitive] [--json]' +
    '  (exit 3: passive authentication failed)',
  options: {
    port: { type: 'string' }, can: { type: 'string' }, id: { type: 'string' }, mrz: { type: 'string' },
    baud: { type: 'string' }, 'fast-baud': { type: 'string' }, 'wait-seconds': { type: 'string' }, photo: { type: 'string' }, trust: { type: 'string' },
    sensitive: { type: 'boolean' }, json: { type: 'boolean' }, pcsc: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    const usage = (line: string) => (io.err(line), io.err(`usage: kiosk card read ${cardRead.usage}`), 2);
    const pcsc = values.pcsc === true;
    if (pcsc === (typeof values.port === 'string')) return usage('give --port <path> (a PN532) or --pcsc [<reader>] (a PC/SC reader)');
    if (!pcsc && positionals.length > 0) return usage(`unexpected argument ${positionals[0]}`);
    const credentials = credentialsFrom(values);
    if (typeof credentials === 'string') return usage(credentials);
    const baudRate = values.baud === undefined ? 115200 : Number(values.baud);
    if (!Number.isInteger(baudRate) || baudRate <= 0) return usage('--baud: expected a positive integer');
    const fastBaud = values['fast-baud'] === undefined ? undefined : Number(values['fast-baud']);
    if (fastBaud !== undefined && !FAST_BAUD_RATES.includes(fastBaud)) return usage(`--fast-baud: expected one of ${FAST_BAUD_RATES.join(', ')}`);
    const waitSeconds = values['wait-seconds'] === undefined ? 15 : Number(values['wait-seconds']);
    if (!Number.isFinite(waitSeconds) || waitSeconds <= 0) return usage('--wait-seconds: expected a positive number');
    let port = typeof values.port === 'string' ? values.port : 'PC/SC';
    const fail = (code: CardCliErrorCode, cause?: string) => {
      const entry = CARD_READ_FAILURES[code];
      const line = entry.line({ port, waitSeconds, ...(cause !== undefined ? { cause } : {}) });
      io.err(`kiosk card read: ${line}`);
      if (values.json) io.out(JSON.stringify({ ok: false, error: { code, message: line } }));
      return entry.exit;
    };

    const trust = await trustStoreFor(values);
    if ('error' in trust) return fail('trust.unreadable', trust.error);
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    const wait = { seconds: waitSeconds, cancel: cancel.signal };
    const opened = pcsc ? await openPcscSource(positionals[0], wait) : await openPn532Source(values.port as string, { baudRate, fastBaud }, wait);
    if ('failure' in opened) {
      process.off('SIGINT', onSignal);
      port = opened.label;
      return fail(opened.failure, opened.cause);
    }
    const source = opened;
    port = source.label;
    const link = source.link;
    try {
      if (link?.fellBack !== undefined) io.err(`kiosk card read: stayed at ${link.baudRate} baud: ${link.fellBack}`);
      const result = await readCard(source.transceiver, {
        ...credentials,
        files: values.photo ? ['DG1', 'DG13', 'DG2', 'SOD'] : ['DG1', 'DG13', 'SOD'],
        includeSensitive: values.sensitive === true,
        trustStore: trust.store,
        signal: cancel.signal,
      });
      if (!result.ok) {
        const code = await classify(result.error.code, source);
        return fail(code, `${result.error.code}: ${result.error.detail}`);
      }
      const r = result.value;
      let photo: { file: string; width: number; height: number; bytes: number } | undefined;
      if (typeof values.photo === 'string' && r.face) {
        await writeFile(values.photo, r.face.image);
        photo = { file: values.photo, width: r.face.width, height: r.face.height, bytes: r.face.image.length };
      }
      const pa = r.passiveAuthentication;
      if (values.json) {
        io.out(JSON.stringify({
          ok: pa.status !== 'failed', port, accessMethod: r.method, card: cardFields(r), mrz: mrzFields(r) ?? null,
          passiveAuthentication: { status: pa.status, reason: pa.reason ?? null, signer: pa.signer ?? null, csca: pa.csca ?? null, dataGroupHashes: pa.dataGroupHashes },
          trustStore: trust.dir, trustStoreIgnored: trust.dropped, photo: photo ?? null, stats: r.stats,
          link: link ? { baudRate: link.baudRate, fellBack: link.fellBack ?? null } : null,
        }));
      } else {
        for (const line of describeCardRead(port, r, photo)) io.out(line);
        if (link) io.out(`link: ${link.baudRate} baud${link.fellBack !== undefined ? ` (fell back: ${link.fellBack})` : ''}`);
        if (trust.dir === null) io.out('trustStore: none (give --trust <dir> to verify)');
        else io.out(`trustStore: ${trust.dir}${trust.dropped.length ? ` (TEST authorities ignored with a real reader: ${trust.dropped.join(', ')})` : ''}`);
        if (pa.csca?.subject.includes(TEST_AUTHORITY_MARK)) io.out('  note: verified by the simulator\'s TEST authority, which vouches for simulated cards only');
      }
      if (values.photo && !r.face) io.err('kiosk card read: the card holds no portrait (DG2)');
      if (pa.status === 'failed') {
        const line = CARD_READ_FAILURES['pa.failed'].line({ port, waitSeconds, cause: pa.reason ?? 'unknown reason' });
        io.err(`kiosk card read: ${line}`);
        return CARD_READ_FAILURES['pa.failed'].exit;
      }
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      await source.close();
    }
  },
};

// ── kiosk sim pn532 ──────────────────────────────────────────────────────────────────────────────

export const cardReadCommands: CliCommand[] = [cardRead];
