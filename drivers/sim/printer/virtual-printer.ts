import { statusBytesFor } from '../../escpos/printer-status';
import type { MonoBitmap } from '../../escpos/escpos-commands';
import type { ByteLink } from '../../transport/byte-link';
import { EscPosDecoder } from './escpos-decoder';

/** The simulated printer's condition; `silent` answers nothing (a printer switched off mid-cable). */
export type VirtualPrinterState = 'ready' | 'paper-out' | 'cover-open' | 'offline' | 'silent';

/** One cut slip: its raster bands and text lines, in the order printed. */
export interface PrintedPage {
  readonly parts: readonly ({ readonly kind: 'raster'; readonly bitmap: MonoBitmap } | { readonly kind: 'text'; readonly line: string })[];
  readonly bytes: number;
}

/**
 * A virtual ESC/POS receipt printer on a byte link: answers DLE EOT as a real printer in the given
 * state would, decodes raster and text, and hands each cut slip to `onPage`. Like a real printer
 * with its cover open or no paper, it discards the jobs it cannot print.
 */
export class VirtualPrinter {
  private readonly decoder = new EscPosDecoder();
  private parts: PrintedPage['parts'][number][] = [];
  private bytes = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly link: ByteLink,
    public state: VirtualPrinterState = 'ready',
    private readonly onPage: (page: PrintedPage) => void = () => undefined,
  ) {}

  async open(): Promise<void> {
    await this.link.open();
    this.unsubscribe = this.link.onData((chunk) => this.receive(chunk));
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.link.close();
  }

  /** Feeds bytes as if they arrived on the link (the TCP server hands each connection's bytes here). */
  receive(chunk: Uint8Array, reply: (bytes: Uint8Array) => void = (b) => void this.link.write(b).catch(() => undefined)): void {
    this.bytes += chunk.length;
    for (const event of this.decoder.push(chunk)) {
      if (event.kind === 'status-request') {
        if (this.state === 'silent') continue;
        const answers = statusBytesFor(this.state);
        const n = event.n as 1 | 2 | 4;
        if (n in answers) reply(Uint8Array.of(answers[n]));
        continue;
      }
      if (this.state !== 'ready') continue;
      if (event.kind === 'raster' || (event.kind === 'text' && event.line !== '')) this.parts.push(event);
      else if (event.kind === 'cut') {
        const page = { parts: this.parts, bytes: this.bytes };
        this.parts = [];
        this.bytes = 0;
        this.onPage(page);
      }
    }
  }
}
