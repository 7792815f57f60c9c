import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_READ_FAILURES, parseSimFault, resolveCardProfile, runSimPn532, SIM_FAULT_NAMES } from './card-commands';
import { allCommands } from './registry';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'kiosk-card-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(allCommands, argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('kiosk card read: usage', () => {
  it.each([
    [[], 'give --port <path> (a PN532) or --pcsc [<reader>] (a PC/SC reader)'],
    [['--port', '/dev/x', '--pcsc', '--can', '123456'], 'give --port <path> (a PN532) or --pcsc [<reader>]'],
    [['--port', '/dev/x', 'extra', '--can', '123456'], 'unexpected argument extra'],
    [['--port', '/dev/x', '--can', '123456', '--fast-baud', '115200'], '--fast-baud: expected one of 230400, 460800, 921600, 1288000'],
    [['--port', '/dev/x'], 'give exactly one of --can <6 digits>, --id <12 digits> or --mrz <doc>,<yymmdd>,<yymmdd>'],
    [['--port', '/dev/x', '--can', '123456', '--id', '001093012345'], 'give exactly one of'],
    [['--port', '/dev/x', '--can', '12345'], '--can: expected 6 digits'],
    [['--port', '/dev/x', '--id', '00109301234'], '--id: '],
    [['--port', '/dev/x', '--mrz', '093012345,930105'], '--mrz: expected <document number>,<birth yymmdd>,<expiry yymmdd>'],
    [['--port', '/dev/x', '--mrz', '093012345,931305x,330105'], '--mrz: expected'],
    [['--port', '/dev/x', '--can', '123456', '--baud', 'fast'], '--baud: expected a positive integer'],
    [['--port', '/dev/x', '--can', '123456', '--wait-seconds', '0'], '--wait-seconds: expected a positive number'],
  ])('%j → exit 2', async (args, message) => {
    const r = await run('card', 'read', ...args);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain(message);
    expect(r.err[1]).toMatch(/^usage: kiosk card read \(--port <path> \| --pcsc \[<reader>\]\)/);
  });

  it('names exit 3 for a failed verification in its usage and help', async () => {
    const r = await run('card', 'read', '--help');
    expect(r.out[0]).toContain('(exit 3: passive authentication failed)');
    expect(r.out.join('\n')).toContain('3 verification failed');
  });

  it('a port that does not exist: "no reader on <port>", exit 1', async () => {
    const port = join(dir, 'ttyNONE');
    const r = await run('card', 'read', '--port', port, '--id', '001093012345', '--trust', join(process.cwd(), 'kiosk-config', 'sim', 'trust-store'));
    expect(r).toEqual({ code: 1, out: [], err: [`kiosk card read: no reader on ${port}`] });
  });

  it('an unreadable --trust dir is one line, exit 1', async () => {
    const r = await run('card', 'read', '--port', '/dev/x', '--can', '123456', '--trust', join(dir, 'missing'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/^kiosk card read: cannot read the trust store: trust\.dir-unreadable: /)]);
  });
});

describe('the failure table', () => {
  it('has one fixed English line per code; only a failed verification exits 3', () => {
    const ctx = { port: '/dev/ttyUSB0', waitSeconds: 15, cause: 'x.y: detail' };
    expect(CARD_READ_FAILURES['reader.absent'].line(ctx)).toBe('no reader on /dev/ttyUSB0');
    expect(CARD_READ_FAILURES['card.absent'].line(ctx)).toBe('no card on the reader within 15 s');
    expect(CARD_READ_FAILURES['pa.failed'].line(ctx)).toBe('passive authentication failed: x.y: detail');
    for (const [code, entry] of Object.entries(CARD_READ_FAILURES)) expect(entry.exit, code).toBe(code === 'pa.failed' ? 3 : 1);
  });
});

describe('simulator faults', () => {
  it('parses PN532 and chip faults, camelCase or kebab-case', () => {
    expect(parseSimFault('dropAcks', '2')).toEqual({ target: 'pn532', faults: { dropAcks: 2 } });
    expect(parseSimFault('corrupt-checksum-frames', '1')).toEqual({ target: 'pn532', faults: { corruptChecksumFrames: 1 } });
    expect(parseSimFault('removeCardAfterApdus', '0')).toEqual({ target: 'pn532', faults: { removeCardAfterApdus: undefined } });
    expect(parseSimFault('garbageBytes', '55aa')).toEqual({ target: 'pn532', faults: { garbageBytes: Uint8Array.of(0x55, 0xaa) } });
    expect(parseSimFault('smFailureAfterProtectedApdus', '3')).toEqual({ target: 'chip', faults: { smFailureAfterProtectedApdus: 3 } });
    expect(parseSimFault('sm-failure-after-protected-apdus', '3,9')).toEqual({ target: 'chip', faults: { smFailureAfterProtectedApdus: [3, 9] } });
    expect(parseSimFault('removeAfterApdus', '7')).toEqual({ target: 'chip', faults: { removeAfterApdus: 7 } });
    expect(SIM_FAULT_NAMES).toContain('slowCardExtraMs');
  });

  it('rejects unknown names and bad values with a message', () => {
    expect(parseSimFault('melt', '1')).toMatch(/^unknown fault "melt"; known: /);
    expect(parseSimFault('dropAcks', '-1')).toBe('dropAcks: expected a whole number ≥ 0');
    expect(parseSimFault('dropAcks', '')).toBe('dropAcks: expected a whole number ≥ 0');
    expect(parseSimFault('garbageBytes', 'zz')).toBe('garbageBytes: expected hex bytes, e.g. 55aaff');
  });

  it('any name and value (a stdin control line) gives a fault or a message, never a throw', () => {
    const name = fc.oneof(fc.constantFrom(...SIM_FAULT_NAMES, 'drop-acks', 'garbage-bytes'), fc.string());
    fc.assert(
      fc.property(name, fc.string(), (n, v) => {
        const f = parseSimFault(n, v);
        expect(typeof f === 'string' || f.target === 'pn532' || f.target === 'chip').toBe(true);
      }),
    );
  });

  it('finds profiles by id in kiosk-config/sim/cards, or takes a path', () => {
    expect(resolveCardProfile('nguyen-van-an')).toMatch(/kiosk-config[\\/]sim[\\/]cards[\\/]nguyen-van-an\.json$/);
    expect(resolveCardProfile('./my-card.json')).toBe('./my-card.json');
  });
});

describe('kiosk sim pn532', () => {
  it('usage errors exit 2', async () => {
    expect((await run('sim', 'pn532', '--link', '/dev/x')).code).toBe(2);
    expect((await run('sim', 'pn532', '--card', 'nguyen-van-an', '--link', '/dev/x', '--tamper', 'photo')).err[0]).toBe('--tamper: expected a data group such as dg13');
    expect((await run('sim', 'pn532', '--card', 'nguyen-van-an', '--link', '/dev/x', '--fault', 'melt=1')).code).toBe(2);
  });

  it('an unknown profile or a missing link is one line and exit 1, before "ready"', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const noLines = async function* (): AsyncGenerator<string> {};
    expect(await runSimPn532({ link: join(dir, 'tty'), card: 'no-such-person' }, noLines(), io)).toBe(1);
    expect(err[0]).toMatch(/^kiosk sim pn532: card profile no-such-person: card-profile\.unreadable: /);
    expect(await runSimPn532({ link: join(dir, 'tty'), card: 'nguyen-van-an' }, noLines(), io)).toBe(1);
    expect(err[1]).toMatch(/^kiosk sim pn532: /);
    expect(out).toEqual([]);
  });
});
