import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { bytesToHex, hexToBytes } from '../bytes';

/**
 * A transceiver that plays a recorded exchange (JMRTD's "scripted fake card" idea): each step states the
 * command it expects (hex) and the response to give. A mismatch throws, so a test fails loudly.
 */
export class ScriptedTransceiver implements ApduTransceiver {
  private step = 0;
  readonly sent: string[] = [];
  constructor(private readonly script: ReadonlyArray<{ expect: string | RegExp; respond: string }>) {}

  async transmit(command: Uint8Array): Promise<Uint8Array> {
    const hex = bytesToHex(command);
    this.sent.push(hex);
    const s = this.script[this.step++];
    if (s === undefined) throw new Error(`unexpected extra command ${hex}`);
    const expected = typeof s.expect === 'string' ? s.expect.replace(/\s+/g, '').toUpperCase() : s.expect;
    if (typeof expected === 'string' ? hex !== expected : !expected.test(hex)) {
      throw new Error(`step ${this.step}: expected ${String(expected)}, got ${hex}`);
    }
    return hexToBytes(s.respond);
  }

  get done(): boolean {
    return this.step === this.script.length;
  }
}
