import { parseCommandApdu } from '../../iso7816/command-apdu';
import { CardRemoved, type VirtualCard } from '../virtual-card';

/**
 * A trivial ISO 14443-4 card for tests and link checks (not a CCCD chip):
 *   INS EE (short or extended): answers the command data followed by 90 00;
 *   INS B0 with P1 P2 = n: answers n bytes 00 01 02 … (mod 256) followed by 90 00 (n may exceed 255);
 *   anything else: 6D 00.
 */
export class EchoCard implements VirtualCard {
  readonly uid = Uint8Array.of(0x08, 0x12, 0x34, 0x56);
  readonly atqa = 0x0004;
  readonly sak = 0x20;
  readonly ats = Uint8Array.of(0x78, 0x80, 0x70, 0x02);
  resets = 0;
  apdus: Uint8Array[] = [];
  /** Throw CardRemoved on the next transmit (the card is lifted mid-APDU). */
  removeOnNextApdu = false;

  constructor(private readonly cardTimeMs = 0) {}

  reset(): void {
    this.resets++;
  }

  transmit(apdu: Uint8Array): { response: Uint8Array; cardTimeMs: number } {
    if (this.removeOnNextApdu) {
      this.removeOnNextApdu = false;
      throw new CardRemoved();
    }
    this.apdus.push(apdu.slice());
    const answer = (bytes: ArrayLike<number>) => ({ response: Uint8Array.from(bytes), cardTimeMs: this.cardTimeMs });
    const parsed = parseCommandApdu(apdu);
    if (!parsed.ok) return answer([0x67, 0x00]);
    const { ins, p1, p2, data } = parsed.value;
    if (ins === 0xee) return answer([...data, 0x90, 0x00]);
    if (ins === 0xb0) return answer([...Array.from({ length: (p1 << 8) | p2 }, (_, i) => i & 0xff), 0x90, 0x00]);
    return answer([0x6d, 0x00]);
  }
}
