import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  classifyScan,
  classifyScannedPayload,
  HID_POS_LAYOUTS,
  HidPosScanner,
  type HidPosLayoutName,
  ReconnectingScanner,
  SerialScanner,
  type ScanResult,
  type ScanSuffix,
  type Scanner,
} from '../../../drivers/qr';
import { DAMAGE_KINDS, runPtyScannerSim, type DamageKind } from '../../../drivers/sim/scanner';
import { SerialLink } from '../../../drivers/transport';
import type { CliCommand, CliIo } from './command';

const SUFFIXES: readonly ScanSuffix[] = ['cr', 'lf', 'crlf', 'none'];

/** Human-readable lines for one classified scan (the technician's own terminal: fields are shown). */
export function describeScan(result: ScanResult): string[] {
  const integrity = result.integrity.status === 'ok' ? 'ok' : `damaged (${result.integrity.reasons.join(', ')})`;
  const lines = [`kind: ${result.kind}`, `integrity: ${integrity}`];
  const f = result.fields as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(f)) {
    lines.push(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return lines;
}

const qrParse: CliCommand = {
  path: ['qr', 'parse'],
  summary: 'Classify one scanned text (card QR, URL, dossier code, text) and check it for keyboard-wedge damage.',
  usage: '"<text>" [--json]',
  allowPositionals: true,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.err('usage: kiosk qr parse "<text>" [--json]');
      return 2;
    }
    const result = classifyScan(positionals[0] ?? '');
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of describeScan(result)) io.out(line);
    return 0;
  },
};

function parseHidIds(text: string): { vendorId?: number; productId?: number } | null {
  if (text === 'auto') return {};
  const m = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(text);
  return m ? { vendorId: parseInt(m[1] ?? '', 16), productId: parseInt(m[2] ?? '', 16) } : null;
}

function scannerFromArgs(values: Record<string, unknown>, io: CliIo): Scanner | null {
  const port = typeof values.port === 'string' ? values.port : undefined;
  const hid = typeof values.hid === 'string' ? values.hid : undefined;
  if ((port === undefined) === (hid === undefined)) {
    io.err('give exactly one of --port <path> or --hid <vid:pid|auto>');
    return null;
  }
  if (port !== undefined) {
    const baudRate = values.baud === undefined ? 9600 : Number(values.baud);
    const suffix = (values.suffix ?? 'cr') as ScanSuffix;
    if (!Number.isInteger(baudRate) || baudRate <= 0) {
      io.err(`--baud: expected a positive integer, got ${String(values.baud)}`);
      return null;
    }
    if (!SUFFIXES.includes(suffix)) {
      io.err(`--suffix: expected one of ${SUFFIXES.join(', ')}`);
      return null;
    }
    const timeout = values['inter-byte-ms'] === undefined ? undefined : Number(values['inter-byte-ms']);
    return new SerialScanner(new SerialLink({ path: port, baudRate }), {
      suffix,
      ...(timeout !== undefined && Number.isFinite(timeout) ? { interByteTimeoutMs: timeout } : {}),
    });
  }
  const ids = parseHidIds(hid ?? '');
  if (!ids) {
    io.err('--hid: expected <vid:pid> in hex (e.g. 0c2e:0b61) or "auto" (first device on usage page 0x8C)');
    return null;
  }
  const layoutName = (values['hid-layout'] ?? 'honeywell') as HidPosLayoutName;
  const layout = Object.hasOwn(HID_POS_LAYOUTS, layoutName) ? HID_POS_LAYOUTS[layoutName] : undefined;
  if (!layout) {
    io.err(`--hid-layout: expected one of ${Object.keys(HID_POS_LAYOUTS).join(', ')}`);
    return null;
  }
  return new HidPosScanner({ ...ids, layout });
}

const qrListen: CliCommand = {
  path: ['qr', 'listen'],
  summary: 'Open a scanner in serial or HID POS mode and print every scan, classified, until Ctrl+C (re-opens it when unplugged).',
  usage: '(--port <path> [--baud n] [--suffix cr|lf|crlf|none] [--inter-byte-ms n] | --hid <vid:pid|auto> [--hid-layout honeywell|newland]) [--json] [--count n]',
  options: {
    port: { type: 'string' },
    baud: { type: 'string' },
    suffix: { type: 'string' },
    'inter-byte-ms': { type: 'string' },
    hid: { type: 'string' },
    'hid-layout': { type: 'string' },
    json: { type: 'boolean' },
    count: { type: 'string' },
  },
  async run({ values }, io) {
    const inner = scannerFromArgs(values, io);
    if (!inner) return 2;
    const limit = values.count === undefined ? Infinity : Number(values.count);
    const scanner = new ReconnectingScanner(inner);
    let seen = 0;
    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      scanner.onStatus((s) => {
        const why = 'error' in s && s.error ? ` ${s.error.code}: ${s.error.detail}` : '';
        const retry = s.state === 'reconnecting' ? ` (attempt ${s.attempt}, in ${s.retryInMs} ms)` : '';
        io.err(`[${s.device}] ${s.state}${retry}${why}`);
      });
      scanner.onScan((scan) => {
        const result = classifyScannedPayload(scan);
        if (values.json) io.out(JSON.stringify({ source: scan.source, symbology: scan.symbology, bytes: scan.bytes.length, ...result }));
        else {
          io.out(`--- scan ${seen + 1} (${scan.source}${scan.symbology ? ` ${scan.symbology}` : ''}, ${scan.bytes.length} bytes)`);
          for (const line of describeScan(result)) io.out(line);
        }
        if (++seen >= limit) {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          done();
        }
      });
      void scanner.open();
    });
    await scanner.close();
    return 0;
  },
};

const simScanner: CliCommand = {
  path: ['sim', 'scanner'],
  summary: 'Act as a serial QR scanner on a pty or serial port: send payloads from a file or stdin, one per line.',
  usage: `--link <path> [--file payloads.txt] [--suffix cr|lf|crlf|none] [--damage ${DAMAGE_KINDS.join('|')}] [--baud n] [--pause-ms n]`,
  options: {
    link: { type: 'string' },
    file: { type: 'string' },
    suffix: { type: 'string' },
    damage: { type: 'string' },
    baud: { type: 'string' },
    'pause-ms': { type: 'string' },
  },
  async run({ values }, io) {
    if (typeof values.link !== 'string') {
      io.err('--link <path> is required (a pty from socat, or a serial port)');
      return 2;
    }
    const suffix = (values.suffix ?? 'cr') as ScanSuffix;
    if (!SUFFIXES.includes(suffix)) {
      io.err(`--suffix: expected one of ${SUFFIXES.join(', ')}`);
      return 2;
    }
    const damage = values.damage as DamageKind | undefined;
    if (damage !== undefined && !DAMAGE_KINDS.includes(damage)) {
      io.err(`--damage: expected one of ${DAMAGE_KINDS.join(', ')}`);
      return 2;
    }
    const input = typeof values.file === 'string' ? createReadStream(values.file, 'utf8') : process.stdin;
    const lines = createInterface({ input, crlfDelay: Infinity });
    try {
      const sent = await runPtyScannerSim({
        link: values.link,
        lines,
        suffix,
        ...(damage ? { damage } : {}),
        ...(values.baud !== undefined ? { baudRate: Number(values.baud) } : {}),
        ...(values['pause-ms'] !== undefined ? { pauseMs: Number(values['pause-ms']) } : {}),
        onSent: (n) => io.err(`sent payload ${n}`),
      });
      io.out(`${sent} payload(s) sent to ${values.link}`);
      return 0;
    } catch (e) {
      io.err(`kiosk sim scanner: ${(e as Error).message}`);
      return 1;
    }
  },
};

export const qrCommands: CliCommand[] = [qrParse, qrListen, simScanner];
