import { MAX_IN_DATA_EXCHANGE_BYTES, parseSetParametersFlags, Pn532Command, SERIAL_BAUD_RATES } from '../../pn532/commands';
import { STATUS_MI } from '../../pn532/status';
import { CardRemoved, type VirtualCard } from '../virtual-card';
import type { Pn532FaultPlan, VirtualPn532Stats } from './faults';
import type { Operation } from './operation';

/** What a command produced: response parameters (after the response code), or a syntax error frame. */
export type CommandOutcome = { readonly kind: 'response'; readonly data: Uint8Array } | { readonly kind: 'syntax-error' };

export interface Pn532CoreOptions {
  /** GetFirmwareVersion answer. Default a PN532 v1.6: IC 0x32, version 1, revision 6, support 0x07. */
  readonly firmware: { ic: number; version: number; revision: number; support: number };
  /** How long an exchange with a card that has left the field runs before status 0x01, in ms. */
  readonly absentCardTimeoutMs: number;
  /** How long InListPassiveTarget takes to report an empty field when its retries are finite, in ms. */
  readonly emptyFieldPollMs: number;
  /** Most card response bytes per InDataExchange answer before MI chaining (UM §7.3.8 allows 262). */
  readonly maxDataIn: number;
}

const TARGET_NUMBER = 1;
const respond = (...bytes: number[]): CommandOutcome => ({ kind: 'response', data: Uint8Array.from(bytes) });
const respondBytes = (data: Uint8Array): CommandOutcome => ({ kind: 'response', data });
const SYNTAX_ERROR: CommandOutcome = { kind: 'syntax-error' };

/**
 * The command interpreter of the virtual PN532: RF field state, the card slot, and the commands the driver
 * uses (UM §7). Framing, ACKs and the link are VirtualPn532's job.
 */
export class Pn532Core {
  /** The card in the field, if any. */
  card: VirtualCard | undefined;
  /** The card InListPassiveTarget activated; stays set after the card leaves (the PN532 cannot know). */
  private activeCard: VirtualCard | undefined;
  private automaticRats = false;
  private passiveActivationRetries = 0xff;
  private chainIn: Uint8Array[] = [];
  private chainOut: Uint8Array[] = [];
  private readonly cardWaiters = new Set<() => void>();
  /** Baud rate accepted by SetSerialBaudRate, applied when the host ACKs the answer. */
  pendingBaudRate: number | undefined;

  constructor(
    private readonly options: Pn532CoreOptions,
    private readonly faults: Pn532FaultPlan,
    private readonly stats: VirtualPn532Stats,
  ) {}

  insertCard(card: VirtualCard): void {
    card.reset(); // entering the field powers the chip up
    this.card = card;
    for (const wake of [...this.cardWaiters]) wake();
  }

  removeCard(): void {
    this.card = undefined;
  }

  /** Runs one command; resolves with its outcome (never resolves if `op` is cancelled while waiting). */
  async execute(code: number, params: Uint8Array, op: Operation): Promise<CommandOutcome> {
    switch (code) {
      case Pn532Command.GetFirmwareVersion: {
        const f = this.options.firmware;
        return respond(f.ic, f.version, f.revision, f.support);
      }
      case Pn532Command.SAMConfiguration:
        return params[0] === 0x01 ? respond() : SYNTAX_ERROR; // only normal mode is simulated
      case Pn532Command.SetParameters:
        if (params.length < 1) return SYNTAX_ERROR;
        this.automaticRats = parseSetParametersFlags(params[0]!).automaticRats;
        return respond();
      case Pn532Command.RFConfiguration:
        if (params[0] === 0x05 && params.length >= 4) this.passiveActivationRetries = params[3]!;
        return params.length >= 1 ? respond() : SYNTAX_ERROR;
      case Pn532Command.SetSerialBaudRate: {
        const rate = SERIAL_BAUD_RATES.get(params[0] ?? -1);
        if (rate === undefined) return SYNTAX_ERROR;
        this.pendingBaudRate = rate;
        return respond();
      }
      case Pn532Command.InListPassiveTarget:
        return this.listPassiveTarget(params, op);
      case Pn532Command.InDataExchange:
        return this.dataExchange(params, op);
      case Pn532Command.InRelease:
        this.deactivate();
        return respond(0x00);
      case Pn532Command.Diagnose:
        return this.diagnose(params, op);
      default:
        return SYNTAX_ERROR;
    }
  }

  /** The host aborted a command (ACK): a chained exchange in progress is abandoned with it. */
  abortExchange(): void {
    this.chainIn = [];
    this.chainOut = [];
  }

  private deactivate(): void {
    this.activeCard = undefined;
    this.chainIn = [];
    this.chainOut = [];
  }

  private async listPassiveTarget(params: Uint8Array, op: Operation): Promise<CommandOutcome> {
    if (params.length < 2 || params[0]! < 1 || params[0]! > 2) return SYNTAX_ERROR;
    this.deactivate();
    if (params[1] !== 0x00) {
      await op.sleep(this.options.emptyFieldPollMs); // only 106 kbps type A cards exist here
      return respond(0x00);
    }
    if (!this.card) {
      if (this.passiveActivationRetries !== 0xff) {
        await op.sleep(this.options.emptyFieldPollMs);
      } else {
        // MxRtyPassiveActivation 0xFF: the PN532 keeps trying until a card comes or the host aborts.
        await new Promise<void>((resolve) => {
          const wake = () => {
            this.cardWaiters.delete(wake);
            if (!op.cancelled) resolve();
          };
          this.cardWaiters.add(wake);
          op.onCancel(() => this.cardWaiters.delete(wake));
        });
      }
    }
    const card = this.card;
    if (!card) return respond(0x00);
    card.reset(); // a fresh activation (REQA, anticollision, RATS) starts a fresh ISO-DEP session
    this.activeCard = card;
    const out = [0x01, TARGET_NUMBER, (card.atqa >> 8) & 0xff, card.atqa & 0xff, card.sak, card.uid.length, ...card.uid];
    // With fAutomaticRATS the PN532 sends RATS to ISO 14443-4 cards (SAK bit 0x20) and returns TL + ATS.
    if (this.automaticRats && (card.sak & 0x20) !== 0) out.push(card.ats.length + 1, ...card.ats);
    return respond(...out);
  }

  private async dataExchange(params: Uint8Array, op: Operation): Promise<CommandOutcome> {
    if (params.length < 1) return SYNTAX_ERROR;
    const tg = params[0]! & 0x3f;
    const more = (params[0]! & 0x40) !== 0;
    const dataOut = params.subarray(1);
    if (tg !== TARGET_NUMBER || !this.activeCard) return respond(0x27); // no such target in this context
    const card = this.activeCard;
    if (card !== this.card) {
      await op.sleep(this.options.absentCardTimeoutMs);
      return respond(0x01); // the card left: it never answers
    }
    // The host fetches the rest of a chained answer with an empty InDataExchange.
    if (!more && dataOut.length === 0 && this.chainOut.length > 0) return this.nextChunk();
    this.chainOut = [];
    if (more) {
      this.chainIn.push(dataOut.slice());
      return respond(0x00);
    }
    const apdu = concat([...this.chainIn, dataOut]);
    this.chainIn = [];
    let answer: { response: Uint8Array; cardTimeMs: number };
    const computeStart = performance.now();
    try {
      answer = card.transmit(apdu);
    } catch (e) {
      if (!(e instanceof CardRemoved)) throw e;
      this.removeCard();
      await op.sleep(this.options.absentCardTimeoutMs);
      return respond(0x01);
    }
    const cardTime = answer.cardTimeMs + this.faults.slowCardExtraMs;
    this.stats.apdus++;
    this.stats.cardTimeMs += cardTime;
    // The simulator's own crypto already took part of the modelled card time: wait only the rest, so
    // the card is as slow as modelled, not slower (the card benchmark's floor counts cardTime once).
    await op.sleep(Math.max(0, cardTime - (performance.now() - computeStart)));
    if (this.card !== card) return respond(0x01); // lifted while the chip was working
    if (this.faults.removeCardAfterApdus !== undefined && --this.faults.removeCardAfterApdus <= 0) {
      this.faults.removeCardAfterApdus = undefined;
      this.removeCard();
    }
    const step = Math.max(1, Math.min(this.options.maxDataIn, MAX_IN_DATA_EXCHANGE_BYTES));
    for (let i = 0; i < answer.response.length; i += step) this.chainOut.push(answer.response.slice(i, i + step));
    if (this.chainOut.length === 0) this.chainOut.push(new Uint8Array(0));
    return this.nextChunk();
  }

  private nextChunk(): CommandOutcome {
    const chunk = this.chainOut.shift()!;
    const status = this.chainOut.length > 0 ? STATUS_MI : 0x00;
    return respondBytes(concat([Uint8Array.of(status), chunk]));
  }

  private async diagnose(params: Uint8Array, op: Operation): Promise<CommandOutcome> {
    if (params[0] === 0x00) return respondBytes(params.slice()); // communication line test: echo (UM §7.2.1)
    if (params[0] !== 0x06) return SYNTAX_ERROR; // besides it only the card presence test is simulated
    if (this.activeCard && this.activeCard === this.card) return respond(0x00);
    await op.sleep(this.options.absentCardTimeoutMs);
    return respond(0x01);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
