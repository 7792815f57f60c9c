import { ACK_FRAME, encodeInformationFrame, ERROR_FRAME, TFI_HOST_TO_PN532, TFI_PN532_TO_HOST, type Pn532Frame } from '../../pn532/frame';
import { Pn532FrameParser } from '../../pn532/frame-parser';
import { MAX_IN_DATA_EXCHANGE_BYTES } from '../../pn532/commands';
import type { ByteLink } from '../../transport/byte-link';
import { ThrottledLink } from '../link-throttle';
import type { VirtualCard } from '../virtual-card';
import { noFaults, zeroStats, type Pn532FaultPlan, type Pn532Faults, type VirtualPn532Stats } from './faults';
import { Operation } from './operation';
import { Pn532Core, type CommandOutcome } from './pn532-core';

export interface VirtualPn532Options {
  /**
   * Serial line speed to model, in bits/s: every byte costs 10 bits each way (see ThrottledLink).
   * Default 115200 (the PN532 HSU default); 0 turns throttling off.
   */
  baudRate?: number;
  /** GetFirmwareVersion answer. Default IC 0x32, version 1, revision 6, support 0x07 (a PN532 v1.6). */
  firmware?: { ic?: number; version?: number; revision?: number; support?: number };
  /** How long an exchange with a card that left the field runs before status 0x01, in ms. Default 100. */
  absentCardTimeoutMs?: number;
  /** How long InListPassiveTarget takes to report an empty field (finite retries), in ms. Default 20. */
  emptyFieldPollMs?: number;
  /** Most card response bytes per InDataExchange answer before MI chaining. Default 262 (UM §7.3.8). */
  maxDataIn?: number;
}

/**
 * A virtual PN532 on the device end of a ByteLink (a memory link, or a SerialLink on a pty). It speaks the
 * HSU frame protocol of UM0701-02 §6.2 (wake-up bytes, ACK, NACK retransmission, abort by ACK, normal and
 * extended frames) and the commands in Pn532Core, hosts one VirtualCard, models line speed and card time,
 * injects faults on demand and counts what crossed the link.
 */
export class VirtualPn532 {
  private readonly wire: ByteLink;
  private readonly throttle: ThrottledLink | undefined;
  private readonly parser = new Pn532FrameParser();
  private readonly core: Pn532Core;
  private readonly plan: Pn532FaultPlan = noFaults();
  private stats_: VirtualPn532Stats = zeroStats();
  private current: Operation | undefined;
  private lastResponse: Uint8Array | undefined;
  private unsubscribe: Array<() => void> = [];
  /** The PN532's own HSU speed: 115200 at power-up, changed by SetSerialBaudRate once the host ACKs. */
  private hsuBaudRate: number;
  /** The last error thrown by a VirtualCard other than CardRemoved (a simulator bug, answered with an error frame). */
  lastCardError: unknown;

  constructor(readonly link: ByteLink, options: VirtualPn532Options = {}) {
    const baudRate = options.baudRate ?? 115200;
    this.throttle = baudRate > 0 ? new ThrottledLink(link, { baudRate }) : undefined;
    this.wire = this.throttle ?? link;
    this.hsuBaudRate = baudRate > 0 ? baudRate : 115200;
    const f = options.firmware ?? {};
    this.core = new Pn532Core(
      {
        firmware: { ic: f.ic ?? 0x32, version: f.version ?? 0x01, revision: f.revision ?? 0x06, support: f.support ?? 0x07 },
        absentCardTimeoutMs: options.absentCardTimeoutMs ?? 100,
        emptyFieldPollMs: options.emptyFieldPollMs ?? 20,
        maxDataIn: options.maxDataIn ?? MAX_IN_DATA_EXCHANGE_BYTES,
      },
      this.plan,
      this.stats_,
    );
  }

  /** Opens the link if needed and starts answering. */
  async start(): Promise<void> {
    if (!this.link.isOpen) await this.link.open();
    if (this.unsubscribe.length > 0) return;
    this.unsubscribe = [
      this.link.onData((chunk) => {
        this.stats_.bytesReceived += chunk.length; // counted as it arrives, before the throttle's delay
      }),
      this.wire.onData((chunk) => this.receive(chunk)),
    ];
  }

  /** Stops answering, cancels the command in progress and closes the link. */
  async stop(): Promise<void> {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.current?.cancel();
    this.current = undefined;
    if (this.wire.isOpen) await this.wire.close();
  }

  /** The PN532's line speed in bits/s; SetSerialBaudRate changes it once the host ACKs. */
  get baudRate(): number {
    return this.hsuBaudRate;
  }

  /**
   * Power cycle or reset (RSTPDN): the HSU is back at 115200 (UM §6.2.3), the card stays in the field.
   * The link's own speed follows, as the PN532's UART does.
   */
  async powerCycle(): Promise<void> {
    this.current?.cancel();
    this.current = undefined;
    this.core.abortExchange();
    this.core.pendingBaudRate = undefined;
    await this.applyBaudRate(115200);
  }

  private async applyBaudRate(rate: number): Promise<void> {
    this.hsuBaudRate = rate;
    if (this.throttle) this.throttle.baudRate = rate;
    const settable = this.link as Partial<{ setBaudRate(r: number): Promise<void> }>;
    await settable.setBaudRate?.(rate).catch(() => undefined);
  }

  /** Whether the unreliable-link fault damages a frame of `length` bytes at the current speed. */
  private overruns(length: number): boolean {
    const limit = this.plan.unreliableAboveBaudRate;
    return limit !== undefined && this.hsuBaudRate > limit && length > 64;
  }

  /** The card in the field, if any. */
  get card(): VirtualCard | undefined {
    return this.core.card;
  }

  /** Puts a card in the field (it is reset, as on power-up). Replaces any card already there. */
  insertCard(card: VirtualCard): void {
    this.core.insertCard(card);
  }

  /** Takes the card out of the field: exchanges time out (status 0x01) and polls find nothing. */
  removeCard(): void {
    this.core.removeCard();
  }

  /** Adds faults to the plan (fields given replace the current ones). */
  injectFaults(faults: Pn532Faults): void {
    Object.assign(this.plan, faults);
    if (faults.removeCardAfterApdus !== undefined && faults.removeCardAfterApdus <= 0) {
      this.plan.removeCardAfterApdus = undefined;
      this.core.removeCard();
    }
  }

  clearFaults(): void {
    Object.assign(this.plan, noFaults());
  }

  /** What is left of the fault plan. */
  get faults(): Readonly<Pn532FaultPlan> {
    return this.plan;
  }

  /** Live counters (the same object until resetStats). */
  get stats(): Readonly<VirtualPn532Stats> {
    return this.stats_;
  }

  resetStats(): void {
    Object.assign(this.stats_, zeroStats());
  }

  private receive(chunk: Uint8Array): void {
    for (const event of this.parser.push(chunk)) {
      // A damaged command gets no ACK: the host's ACK timeout makes it send again (UM §6.2.2).
      if (event.type === 'error') this.stats_.badFramesReceived++;
      else this.onFrame(event.frame);
    }
  }

  private onFrame(frame: Pn532Frame): void {
    switch (frame.kind) {
      case 'ack':
        // From the host an ACK aborts the command in progress (UM §6.2.1.3), or confirms an answer.
        if (this.current) {
          this.stats_.abortsReceived++;
          this.current.cancel();
          this.current = undefined;
        }
        this.core.abortExchange(); // the host gave up: also when the abort crossed our answer on the line
        if (this.core.pendingBaudRate !== undefined) void this.applyBaudRate(this.core.pendingBaudRate);
        this.core.pendingBaudRate = undefined;
        return;
      case 'nack':
        this.stats_.nacksReceived++;
        if (this.lastResponse) this.send(this.lastResponse, true); // UM §6.2.1.4: send the last response again
        return;
      case 'error':
        return;
      case 'information':
        if (frame.tfi !== TFI_HOST_TO_PN532 || frame.data.length === 0) return;
        if (this.overruns(frame.data.length + 1)) {
          this.stats_.badFramesReceived++; // a byte was lost: the checksum fails, no ACK (UM §6.2.2)
          return;
        }
        this.stats_.commands++;
        void this.runCommand(frame.data[0]!, frame.data.subarray(1));
    }
  }

  private async runCommand(code: number, params: Uint8Array): Promise<void> {
    this.current?.cancel(); // a new command replaces one the host gave up on
    const op = new Operation();
    this.current = op;
    this.lastResponse = undefined;
    if (this.plan.dropAcks > 0) this.plan.dropAcks--;
    else {
      this.stats_.acksSent++;
      this.send(ACK_FRAME.slice(), false);
    }
    let outcome: CommandOutcome;
    try {
      outcome = await this.core.execute(code, params, op);
    } catch (e) {
      this.lastCardError = e;
      outcome = { kind: 'syntax-error' };
    }
    if (op.cancelled) return;
    this.current = undefined;
    if (outcome.kind === 'syntax-error') {
      this.send(ERROR_FRAME.slice(), false);
      return;
    }
    const payload = new Uint8Array(outcome.data.length + 1);
    payload[0] = code + 1;
    payload.set(outcome.data, 1);
    this.lastResponse = encodeInformationFrame(TFI_PN532_TO_HOST, payload);
    this.send(this.lastResponse, true);
  }

  /** Writes a frame, applying the garbage and checksum faults. */
  private send(frame: Uint8Array, isInformation: boolean): void {
    let out = frame;
    if (isInformation) {
      this.stats_.responsesSent++;
      if (this.overruns(frame.length)) {
        const mid = frame.length >> 1;
        out = Uint8Array.from([...frame.subarray(0, mid), ...frame.subarray(mid + 1)]);
      }
      if (this.plan.corruptChecksumFrames > 0) {
        this.plan.corruptChecksumFrames--;
        out = frame.slice();
        out[out.length - 2]! ^= 0x5a; // the DCS byte sits before the postamble
      }
    }
    if (this.plan.garbageFrames > 0) {
      this.plan.garbageFrames--;
      const noisy = new Uint8Array(this.plan.garbageBytes.length + out.length);
      noisy.set(this.plan.garbageBytes, 0);
      noisy.set(out, this.plan.garbageBytes.length);
      out = noisy;
    }
    this.stats_.bytesSent += out.length;
    this.wire.write(out).catch(() => undefined); // a closed link ends the conversation; the host sees it
  }
}
