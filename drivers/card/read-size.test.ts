import { describe, expect, it } from 'vitest';
import { trustStoreFromFiles } from '../emrtd/pa/index';
import { announcesExtendedLength, historicalBytesOfAtr, historicalBytesOfAts } from '../iso7816/historical-bytes';
import { Pn532FrameParser } from '../pn532/frame-parser';
import { MAX_PN532_FRAME_LENGTH } from '../pn532/frame';
import { Pn532Reader } from '../pn532/reader';
import { shippedProfile } from '../sim/card-profile/shipped-profiles.fixtures';
import { defaultTestPki } from '../sim/card-profile/test-pki';
import { VirtualPn532 } from '../sim/pn532/virtual-pn532';
import { virtualCardFromProfile, type SimulatedCardOptions } from '../sim/simulated-card';
import { createMemoryLinkPair } from '../transport/memory-link';
import { readCard } from './read-card';

const trustStore = () => trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: defaultTestPki().csca.der }]);

/**
 * The whole stack (Pn532Reader → virtual PN532 → virtual chip) over a memory link, recording the length
 * of every frame on the wire both ways, so a test sees what chunk size the read settled on and that no
 * frame exceeds what the PN532 carries (UM §6.2.1.2: 264 data bytes + TFI).
 */
async function readThroughPn532(chip: SimulatedCardOptions, files: ('DG1' | 'DG13' | 'DG2' | 'SOD')[] = ['DG1', 'DG13', 'DG2', 'SOD']) {
  const profile = await shippedProfile('nguyen-van-an');
  const [host, device] = createMemoryLinkPair();
  const frameLengths: number[] = [];
  for (const end of [host, device]) {
    const parser = new Pn532FrameParser();
    end.onData((chunk) => {
      for (const e of parser.push(chunk)) if (e.type === 'frame' && e.frame.kind === 'information') frameLengths.push(e.frame.data.length + 1);
    });
  }
  const sim = new VirtualPn532(device, { baudRate: 0 });
  await sim.start();
  const reader = new Pn532Reader(host);
  try {
    await reader.open();
    // No modelled card time: only what was sent matters here, not how long the chip worked.
    const card = virtualCardFromProfile(profile, { timing: { perApduMs: 0, perByteMs: 0, secureMessagingMs: 0, ecdhStepMs: 0, authenticateMs: 0 }, ...chip });
    sim.insertCard(card);
    const target = await reader.waitForCard({ pollIntervalMs: 5 });
    const r = await readCard(target, { can: profile.idNumber.slice(-6), files, trustStore: trustStore() });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
    return { result: r.value, frameLengths, profile };
  } finally {
    await reader.close();
    await sim.stop();
  }
}

describe('chunk size learned per card', () => {
  it('a chip announcing extended length is read in 2,048-byte chunks, chained in frames the PN532 carries', async () => {
    const { result, frameLengths, profile } = await readThroughPn532({});
    expect(result.stats.chunkSize).toBe(2048);
    expect(result.face?.image.length).toBe(profile.portraitJpeg.length);
    expect(result.passiveAuthentication.status).toBe('verified');
    expect(Math.max(...frameLengths)).toBeLessThanOrEqual(MAX_PN532_FRAME_LENGTH);
    expect(frameLengths.some((n) => n > 255)).toBe(true); // extended frames used where they help
  });

  it('a chip without extended length that accepts Le 256 is read in 256-byte chunks', async () => {
    const { result, frameLengths } = await readThroughPn532({ extendedLength: false });
    expect(result.stats.chunkSize).toBe(256);
    expect(result.passiveAuthentication.status).toBe('verified');
    expect(Math.max(...frameLengths)).toBeLessThanOrEqual(MAX_PN532_FRAME_LENGTH);
  });

  it('a chip that refuses Le 256 (6700) falls back to 223 on the first refusal and keeps it for the next files', async () => {
    const { result } = await readThroughPn532({ extendedLength: false, faults: { smallBuffer: { maxLe: 223, answer: '6700' } } });
    expect(result.stats.chunkSize).toBe(223);
    expect(result.passiveAuthentication.status).toBe('verified');
    // One refused READ BINARY in the whole read: the learned size carried over to DG13, DG2 and the SOD.
    const small = await readThroughPn532({ extendedLength: false, faults: { smallBuffer: { maxLe: 223, answer: '6700' } } }, ['DG1']);
    const forced = await readThroughPn532({ extendedLength: false }, ['DG1']);
    expect(small.result.stats.apdus).toBe(forced.result.stats.apdus + 1);
  });

  it('a chip that answers 6Cxx to extended reads takes its exact length', async () => {
    const { result } = await readThroughPn532({ faults: { smallBuffer: { maxLe: 0xc0, answer: '6Cxx' } } }, ['DG1', 'DG13', 'SOD']);
    expect(result.stats.chunkSize).toBe(0xc0);
    expect(result.passiveAuthentication.status).toBe('verified');
  });

  it('resumes at 223 after a secure-messaging error during a large read', async () => {
    const { result } = await readThroughPn532({ faults: { smFailureAfterProtectedApdus: 4 } });
    expect(result.stats.reauthentications).toBe(1);
    expect(result.stats.chunkSize).toBe(223);
    expect(result.passiveAuthentication.status).toBe('verified');
  });
});

describe('historical bytes', () => {
  it('finds the extended-length bit in the card capabilities of an ATS and of a PC/SC contactless ATR', () => {
    const ats = Uint8Array.of(0x78, 0x77, 0xd4, 0x02, 0x80, 0x73, 0x00, 0x00, 0xc0);
    expect(Array.from(historicalBytesOfAts(ats))).toEqual([0x80, 0x73, 0x00, 0x00, 0xc0]);
    expect(announcesExtendedLength(historicalBytesOfAts(ats))).toBe(true);
    // PC/SC part 3: 3B 8n 80 01 <historical bytes> TCK.
    const atr = Uint8Array.of(0x3b, 0x85, 0x80, 0x01, 0x80, 0x73, 0x00, 0x00, 0x40, 0x00);
    expect(announcesExtendedLength(historicalBytesOfAtr(atr))).toBe(true);
    expect(announcesExtendedLength(Uint8Array.of(0x80, 0x73, 0x00, 0x00, 0x80))).toBe(false);
    expect(announcesExtendedLength(Uint8Array.of(0x80, 0x75))).toBe(false); // truncated object
    expect(announcesExtendedLength(undefined)).toBe(false);
    expect(historicalBytesOfAtr(Uint8Array.of(0x3b))).toHaveLength(0);
  });
});
