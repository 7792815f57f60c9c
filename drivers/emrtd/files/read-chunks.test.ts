import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../result';
import type { CommandApdu } from '../apdu';
import { bytesToHex } from '../bytes';
import { encodeTlv } from '../lds/tlv';
import { fileByName } from './emrtd-files';
import { readChunks, type ReadState } from './read-chunks';

const state = (): ReadState => ({ received: [], offset: 0, chunk: 223, sfiRefused: false, commands: 0 });
const options = { selectBy: 'sfi' as const, maxFileBytes: 1 << 20 };

describe('readChunks against scripted card answers', () => {
  it('falls back to SELECT by FID when READ BINARY by SFI is refused (6A86)', async () => {
    const file = encodeTlv(0x6d, new Uint8Array(10).fill(7));
    const sent: CommandApdu[] = [];
    const r = await readChunks(
      async (cmd) => {
        sent.push(cmd);
        if (cmd.ins === 0xb0 && (cmd.p1 & 0x80) !== 0) return ok({ data: new Uint8Array(0), sw: 0x6a86 });
        if (cmd.ins === 0xa4) return ok({ data: new Uint8Array(0), sw: 0x9000 });
        return ok({ data: file, sw: 0x6282 });
      },
      fileByName('DG13'),
      state(),
      options,
    );
    expect(r.ok && bytesToHex(r.value)).toBe(bytesToHex(file));
    expect(sent.map((c) => c.ins)).toEqual([0xb0, 0xa4, 0xb0]);
  });
  it('rejects a file that does not start with a TLV or declares an absurd length', async () => {
    const bad = await readChunks(async () => ok({ data: Uint8Array.of(0x6d, 0x85, 1, 2, 3, 4, 5), sw: 0x9000 }), fileByName('DG13'), state(), options);
    expect(bad.ok ? 'ok' : bad.error.code).toBe('file.malformed');
    const huge = await readChunks(async () => ok({ data: Uint8Array.of(0x75, 0x83, 0x7f, 0xff, 0xff), sw: 0x9000 }), fileByName('DG2'), state(), options);
    expect(huge.ok ? 'ok' : huge.error.code).toBe('file.malformed');
  });
  it('never throws and never loops forever whatever the card answers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ data: fc.uint8Array({ maxLength: 230 }), sw: fc.constantFrom(0x9000, 0x6282, 0x6700, 0x6c10, 0x6c00, 0x6a82, 0x6a86, 0x6982, 0x6b00) }), { minLength: 1, maxLength: 40 }),
        async (answers) => {
          let i = 0;
          const r = await readChunks(
            async () => {
              const a = answers[i++];
              return a === undefined ? { ok: false, error: { code: 'card.removed', detail: 'script ended' } } : ok(a);
            },
            fileByName('DG1'),
            state(),
            options,
          );
          expect(r.ok || typeof r.error.code === 'string').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
