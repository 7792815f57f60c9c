import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CardProfile } from '../../../drivers/sim/card-profile/index';
import { createPtyPair } from '../support/pty-pair';
import { cardRead, DEMO_TRUST_DIR, shippedCard, startSimOnPty, type SimOnPty } from './support';

/** `kiosk card read` on the host end of a real pty pair, the virtual PN532 (in-process) on the other. */


let env: SimOnPty;
let an: CardProfile;
const dir = mkdtempSync(join(tmpdir(), 'kiosk-card-cli-'));

beforeAll(async () => {
  an = await shippedCard('nguyen-van-an');
  env = await startSimOnPty();
});
afterAll(async () => {
  await env?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => env.sim.clearFaults());

describe('kiosk card read', () => {
  it('reads with --id (PACE-CAN), verifies against --trust, and prints the decoded card', async () => {
    env.tap(an);
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--trust', DEMO_TRUST_DIR);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(r.out[0]).toBe(`card on ${env.pty.a}, opened with PACE-CAN`);
    expect(text).toContain('  fullName: Nguyễn Văn An');
    expect(text).toContain('  dateOfBirth: 1993-01-05');
    expect(text).toContain('  dateOfExpiry: 2033-01-05');
    expect(text).toContain('  surname: NGUYEN');
    expect(text).toContain('passiveAuthentication: verified');
    expect(text).toMatch(/bytesRead: \d+, apdus: \d+, milliseconds: \d+/);
    expect(text).not.toContain('ethnicity');
  });

  it('--json prints one object; --sensitive adds ethnicity and religion; --photo writes the JPEG', async () => {
    env.tap(an);
    const photo = join(dir, 'portrait.jpg');
    const r = await cardRead('--port', env.pty.a, '--can', an.idNumber.slice(-6), '--json', '--sensitive', '--photo', photo, '--trust', DEMO_TRUST_DIR);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const j = r.json();
    expect(j).toMatchObject({
      ok: true,
      accessMethod: 'PACE-CAN',
      card: { idNumber: an.idNumber, fullName: 'Nguyễn Văn An', ethnicity: 'Kinh', dateOfIssue: '2021-04-10' },
      mrz: { documentNumber: an.idNumber.slice(-9), dateOfBirth: '930105', checkDigitsValid: true },
      passiveAuthentication: { status: 'verified', reason: null },
      photo: { file: photo, bytes: an.portraitJpeg.length },
    });
    expect(j.stats.apdus).toBeGreaterThan(8);
    expect(j.stats.chunkSize).toBe(2048); // the simulated chip announces extended length in its ATS
    expect(j.stats.bytesRead).toBeGreaterThan(an.portraitJpeg.length);
    expect(Buffer.from(readFileSync(photo)).equals(Buffer.from(an.portraitJpeg))).toBe(true);
  });

  it('--mrz opens the chip with BAC', async () => {
    env.tap(an);
    const r = await cardRead('--port', env.pty.a, '--mrz', `${an.idNumber.slice(-9)},930105,330105`, '--json', '--trust', DEMO_TRUST_DIR);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ accessMethod: 'BAC', passiveAuthentication: { status: 'verified' } });
  });

  it('a tampered card: passive authentication `failed`, exit 3 with one line', async () => {
    env.tap(an, { tamperDataGroup: 13 });
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--trust', DEMO_TRUST_DIR);
    expect(r.code).toBe(3);
    expect(r.out.join('\n')).toContain('passiveAuthentication: failed (pa.dg-hash-mismatch:');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^kiosk card read: passive authentication failed: pa\.dg-hash-mismatch: /);
  });

  it('an unknown signer is `not-checkable` (exit 0) with the reason', async () => {
    env.tap(an, { unknownCsca: true });
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--json', '--trust', DEMO_TRUST_DIR);
    expect(r.code).toBe(0);
    expect(r.json().passiveAuthentication).toMatchObject({ status: 'not-checkable', reason: expect.stringMatching(/^pa\.no-trusted-csca: /) });
  });

  it('a wrong CAN: access denied, one line, exit 1', async () => {
    env.tap(an);
    const r = await cardRead('--port', env.pty.a, '--can', '000000');
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['kiosk card read: the chip refused the access key: wrong CAN, ID or MRZ data']);
  });

  it('the card lifted mid-read: "card removed"', async () => {
    env.tap(an);
    env.sim.injectFaults({ removeCardAfterApdus: 10 });
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['kiosk card read: the card was removed during the read']);
    expect(r.json()).toEqual({ ok: false, error: { code: 'card.removed', message: 'the card was removed during the read' } });
  });

  it('no card within --wait-seconds', async () => {
    env.sim.removeCard();
    const t0 = performance.now();
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber, '--wait-seconds', '0.5');
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['kiosk card read: no card on the reader within 0.5 s']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('no reader: a missing port, and a port with nothing answering', async () => {
    const missing = join(dir, 'no-such-tty');
    const r1 = await cardRead('--port', missing, '--id', an.idNumber);
    expect(r1.code).toBe(1);
    expect(r1.err).toEqual([`kiosk card read: no reader on ${missing}`]);
    const silent = await createPtyPair();
    try {
      const t0 = performance.now();
      const r2 = await cardRead('--port', silent.a, '--id', an.idNumber);
      expect(r2.code).toBe(1);
      expect(r2.err).toEqual([`kiosk card read: no reader on ${silent.a}`]);
      expect(performance.now() - t0).toBeLessThan(2000);
    } finally {
      await silent.close();
    }
  });

  it('a reader answering with damaged frames is named as such, not as "no reader"', async () => {
    env.tap(an);
    env.sim.injectFaults({ corruptChecksumFrames: 10 });
    const r = await cardRead('--port', env.pty.a, '--id', an.idNumber);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`^kiosk card read: the reader on ${env.pty.a} answers with damaged frames \\(pn532\\.[a-z-]*checksum\\): check the cable and the baud rate$`))]);
    env.sim.injectFaults({ corruptChecksumFrames: 0 });
  });
});
