import { encodeInformationFrame, TFI_PN532_TO_HOST, type Pn532Frame } from './frame';
import { Pn532FrameParser } from './frame-parser';
import type { MemoryLink } from '../transport/memory-link';

/**
 * A scripted PN532 for unit tests of the host side: records the frames the host sends and lets the test
 * answer by hand (the virtual PN532 in drivers/sim is the full simulator).
 */
export function scriptedDevice(link: MemoryLink) {
  const parser = new Pn532FrameParser();
  const frames: Pn532Frame[] = [];
  const chunks: Uint8Array[] = [];
  link.onData((chunk) => {
    chunks.push(chunk);
    for (const e of parser.push(chunk)) if (e.type === 'frame') frames.push(e.frame);
  });
  return {
    frames,
    chunks,
    /** Commands (information frames) received so far, as [code, ...params]. */
    commands: () => frames.flatMap((f) => (f.kind === 'information' ? [Array.from(f.data)] : [])),
    kinds: () => frames.map((f) => f.kind),
    send: (bytes: ArrayLike<number>) => link.write(Uint8Array.from(bytes)),
    answer: (code: number, params: ArrayLike<number> = []) =>
      link.write(encodeInformationFrame(TFI_PN532_TO_HOST, Uint8Array.from([code + 1, ...Array.from(params)]))),
  };
}
