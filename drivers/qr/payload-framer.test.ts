import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PayloadFramer, type ScanSuffix } from './payload-framer';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (frames: Uint8Array[]) => frames.map((f) => new TextDecoder().decode(f));

describe('PayloadFramer', () => {
  it.each([
    ['cr', 'abc\rdef\r', ['abc', 'def']],
    ['lf', 'abc\ndef\n', ['abc', 'def']],
    ['crlf', 'abc\r\ndef\r\n', ['abc', 'def']],
    ['crlf', 'a\rb\r\n', ['a\rb']],
    ['none', 'abc\r\n', []],
  ] as const)('%s: %j → %j', (suffix, input, frames) => {
    expect(text(new PayloadFramer(suffix).push(bytes(input)))).toEqual(frames);
  });

  it('finds a CRLF suffix split across chunks', () => {
    const f = new PayloadFramer('crlf');
    expect(f.push(bytes('Nguyễn\r'))).toEqual([]);
    expect(text(f.push(bytes('\nNext')))).toEqual(['Nguyễn']);
    expect(f.pendingBytes).toBe(4);
  });

  it('keeps a UTF-8 character split across chunks intact', () => {
    const all = bytes('Hồ Chí Minh\r');
    const f = new PayloadFramer('cr');
    expect(f.push(all.slice(0, 2))).toEqual([]);
    expect(text(f.push(all.slice(2)))).toEqual(['Hồ Chí Minh']);
  });

  it('flushes pending bytes as one payload', () => {
    const f = new PayloadFramer('none');
    f.push(bytes('abc'));
    f.push(bytes('def'));
    expect(text([f.flush()!])).toEqual(['abcdef']);
    expect(f.flush()).toBeNull();
  });

  it('cuts an endless payload at the maximum', () => {
    const f = new PayloadFramer('cr', 4);
    expect(text(f.push(bytes('abcdefghij')))).toEqual(['abcd', 'efgh']);
    expect(f.pendingBytes).toBe(2);
  });

  it('loses no byte: frames plus suffixes plus pending rebuild the stream, however it is chunked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ScanSuffix>('cr', 'lf', 'crlf'),
        fc.array(fc.uint8Array({ maxLength: 20 }), { maxLength: 10 }),
        (suffix, chunks) => {
          const f = new PayloadFramer(suffix);
          const sep = suffix === 'cr' ? [13] : suffix === 'lf' ? [10] : [13, 10];
          const out: number[] = [];
          for (const c of chunks) for (const frame of f.push(c)) out.push(...frame, ...sep);
          out.push(...(f.flush() ?? []));
          return Buffer.from(out).equals(Buffer.concat(chunks.map((c) => Buffer.from(c))));
        },
      ),
    );
  });
});
