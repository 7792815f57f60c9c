import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACK_FRAME,
  checksumOf,
  encodeFrame,
  encodeInformationFrame,
  ERROR_FRAME,
  informationFrameSize,
  NACK_FRAME,
  TFI_HOST_TO_PN532,
  TFI_PN532_TO_HOST,
} from './frame';
import { Pn532FrameParser, type FrameParserEvent } from './frame-parser';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();
const frames = (events: FrameParserEvent[]) => events.filter((e) => e.type === 'frame').map((e) => e.type === 'frame' && e.frame);
const errors = (events: FrameParserEvent[]) => events.flatMap((e) => (e.type === 'error' ? [e.error.code] : []));

describe('PN532 frame encoding (UM0701-02 §6.2.1)', () => {
  it('encodes GetFirmwareVersion as in the manual', () => {
    expect(toHex(encodeInformationFrame(TFI_HOST_TO_PN532, hex('02')))).toBe('0000FF02FED4022A00');
  });

  it('encodes SAMConfiguration normal mode', () => {
    expect(toHex(encodeInformationFrame(TFI_HOST_TO_PN532, hex('14 01 14 01')))).toBe('0000FF05FBD414011401' + '0200');
  });

  it('encodes the GetFirmwareVersion answer of a PN532 v1.6', () => {
    expect(toHex(encodeInformationFrame(TFI_PN532_TO_HOST, hex('03 32 01 06 07')))).toBe('0000FF06FAD50332010607E800');
  });

  it('switches to an extended frame past LEN 255 (§6.2.1.2)', () => {
    const data = new Uint8Array(300).fill(0x11);
    const f = encodeInformationFrame(TFI_PN532_TO_HOST, data);
    expect(toHex(f.subarray(0, 9))).toBe('0000FFFFFF012DD2D5'); // LEN 301 = 0x012D, LCS 0xD2
    expect(f.length).toBe(informationFrameSize(300));
    expect(checksumOf(f.subarray(8, f.length - 1))).toBe(0);
  });

  it('can force an extended frame for short data', () => {
    expect(toHex(encodeInformationFrame(TFI_HOST_TO_PN532, hex('02'), { extended: true }))).toBe('0000FFFFFF0002FED4022A00');
  });

  it('has the fixed ACK, NACK and error frames', () => {
    expect(toHex(encodeFrame({ kind: 'ack' }))).toBe('0000FF00FF00');
    expect(toHex(encodeFrame({ kind: 'nack' }))).toBe('0000FFFF0000');
    expect(toHex(encodeFrame({ kind: 'error' }))).toBe('0000FF01FF7F8100');
  });
});

describe('Pn532FrameParser', () => {
  it('parses ACK, NACK, error and information frames', () => {
    const p = new Pn532FrameParser();
    const events = p.push(Uint8Array.from([...ACK_FRAME, ...NACK_FRAME, ...ERROR_FRAME, ...hex('0000FF06FAD50332010607E800')]));
    expect(frames(events)).toEqual([
      { kind: 'ack' },
      { kind: 'nack' },
      { kind: 'error' },
      { kind: 'information', tfi: 0xd5, data: hex('0332010607'), extended: false },
    ]);
  });

  it('handles one byte at a time', () => {
    const p = new Pn532FrameParser();
    const all = Array.from(hex('0000FF06FAD50332010607E800')).flatMap((b) => p.push(Uint8Array.of(b)));
    expect(frames(all)).toHaveLength(1);
    expect(p.pendingBytes).toBeLessThanOrEqual(1);
  });

  it('skips the HSU wake-up bytes and garbage, and counts them', () => {
    const p = new Pn532FrameParser();
    const events = p.push(Uint8Array.from([0x55, 0x55, 0, 0, 0, 0x13, 0x37, ...hex('0000FF02FED4022A00')]));
    expect(frames(events)).toEqual([{ kind: 'information', tfi: 0xd4, data: hex('02'), extended: false }]);
    expect(p.skippedBytes).toBe(4);
  });

  it('reports a damaged DCS as pn532.checksum and parses the next frame', () => {
    const p = new Pn532FrameParser();
    const events = p.push(Uint8Array.from([...hex('0000FF06FAD50332010607E900'), ...hex('0000FF06FAD50332010607E800')]));
    expect(errors(events)).toEqual(['pn532.checksum']);
    expect(frames(events)).toHaveLength(1);
  });

  it('reports a damaged LCS and resynchronises', () => {
    const p = new Pn532FrameParser();
    const events = p.push(Uint8Array.from([...hex('0000FF06FBD5'), ...ACK_FRAME]));
    expect(errors(events)).toEqual(['pn532.length-checksum']);
    expect(frames(events)).toEqual([{ kind: 'ack' }]);
  });

  it('rejects headers longer than maxLength', () => {
    const p = new Pn532FrameParser({ maxLength: 100 });
    const events = p.push(Uint8Array.from([...hex('0000FFFFFF0200FE'), ...ACK_FRAME]));
    expect(errors(events)).toEqual(['pn532.frame-too-long']);
    expect(frames(events)).toEqual([{ kind: 'ack' }]);
  });

  it('rejects LEN 0 with a valid LCS', () => {
    expect(errors(new Pn532FrameParser().push(hex('0000FF000000')))).toEqual(['pn532.frame-format']);
  });

  it('drops a partial frame on reset', () => {
    const p = new Pn532FrameParser();
    p.push(hex('0000FF06FAD503'));
    p.reset();
    expect(frames(p.push(ACK_FRAME.slice()))).toEqual([{ kind: 'ack' }]);
  });

  it('property: any bytes in any chunks never throw, and the buffer stays bounded', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 400 }), { maxLength: 8 }), (chunks) => {
        const p = new Pn532FrameParser();
        for (const c of chunks) {
          for (const e of p.push(c)) {
            if (e.type === 'error') expect(e.error.code).toMatch(/^pn532\./);
          }
          expect(p.pendingBytes).toBeLessThanOrEqual(265 + 8);
        }
      }),
    );
  });

  const frameArb = fc.oneof(
    fc.constant({ kind: 'ack' as const }),
    fc.constant({ kind: 'nack' as const }),
    fc.record({
      kind: fc.constant('information' as const),
      tfi: fc.constantFrom(0xd4, 0xd5),
      data: fc.uint8Array({ maxLength: 264 }),
      extended: fc.boolean(),
    }),
  );
  // Noise without 00 (start code first half) and FF (a postamble 00 followed by FF would be a start code).
  const noise = fc.uint8Array({ minLength: 0, maxLength: 20 }).map((b) => b.map((x) => (x === 0 || x === 0xff ? 0x55 : x)));

  it('property: frames survive arbitrary chunking and zero-free noise between them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(noise, frameArb), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 50 }), (items, chunkSize) => {
        const stream = Uint8Array.from(items.flatMap(([n, f]) => [...n, ...encodeFrame(f)]));
        const p = new Pn532FrameParser();
        const events: FrameParserEvent[] = [];
        for (let i = 0; i < stream.length; i += chunkSize) events.push(...p.push(stream.subarray(i, i + chunkSize)));
        expect(errors(events)).toEqual([]);
        const expected = items.map(([, f]) =>
          f.kind === 'information' ? { ...f, extended: f.extended || f.data.length + 1 > 255 } : f,
        );
        expect(frames(events)).toEqual(expected);
      }),
    );
  });

  it('property: one damaged data byte gives pn532.checksum, then the next frame parses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 264 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (data, at, flip) => {
        const bad = encodeInformationFrame(0xd5, data);
        const header = data.length + 1 > 255 ? 8 : 5; // index of the first data byte after TFI
        bad[header + 1 + (at % data.length)]! ^= flip;
        const p = new Pn532FrameParser();
        const events = p.push(Uint8Array.from([...bad, ...ACK_FRAME]));
        expect(errors(events)).toEqual(['pn532.checksum']);
        expect(frames(events)).toEqual([{ kind: 'ack' }]);
      }),
    );
  });
});
