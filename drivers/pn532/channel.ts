import { DriverFailure, type DriverError } from '../result';
import type { ByteLink } from '../transport/byte-link';
import { ACK_FRAME, encodeInformationFrame, MAX_PN532_FRAME_LENGTH, NACK_FRAME, TFI_HOST_TO_PN532, TFI_PN532_TO_HOST } from './frame';
import { Pn532FrameParser, type FrameParserEvent } from './frame-parser';
import { withWakeUp } from './wake-up';

/** Options of the command layer. */
export interface Pn532ChannelOptions {
  /**
   * How long to wait for the PN532's ACK after sending a command, in ms, on top of the time the command
   * frame and the ACK need on the wire at `baudRate`. Default 100: the PN532 ACKs within a few ms once awake,
   * USB-serial adapters add up to ~16 ms, a busy host more.
   */
  ackTimeoutMs?: number;
  /** Idempotent commands re-sent (after an abort ACK and with the wake-up preamble) when no ACK came. Default 1. */
  ackRetries?: number;
  /**
   * After aborting a command, the next command waits this long (ms) and drops whatever arrives meanwhile,
   * so a late answer to the aborted command cannot pass for the next one's. Default 50.
   */
  settleAfterAbortMs?: number;
  /** NACKs sent to ask for a damaged response again (UM §6.2.1.4) before giving up. Default 2. */
  maxNacks?: number;
  /** HSU speed in bits/s, only used to add wire time to timeouts (bytes × 10 bits ÷ baud). Default 115200. */
  baudRate?: number;
}

/** Options of one command. */
export interface CommandCallOptions {
  /**
   * Time allowed for the response after the ACK, in ms (plus the wire time of a full-size frame).
   * Infinity waits for ever (only `signal` or a closed link ends it).
   */
  timeoutMs: number;
  /** Cancels the command: the PN532 is told to abort (an ACK frame, UM §6.2.1.3) and the call rejects with `cancelCode`. */
  signal?: AbortSignal;
  /** Send the HSU wake-up preamble before the frame. Default false (the first command of `open()` uses it). */
  wakeUp?: boolean;
  /** Error code when the response does not come in time. Default "pn532.timeout". */
  timeoutCode?: string;
  /** Error code when `signal` aborts. Default "reader.cancelled". */
  cancelCode?: string;
  /**
   * Whether running the command twice is harmless. Default true. A missing ACK makes the channel abort and
   * re-send an idempotent command; for others (InDataExchange: an APDU may change the card's state) a
   * missing ACK only means "keep waiting for the answer", and "pn532.no-ack" comes when nothing at all
   * arrived within timeoutMs.
   */
  idempotent?: boolean;
}

/** Sends one command inside a transaction; resolves with the response parameters (after the response code). */
export type SendCommand = (code: number, params: Uint8Array, options: CommandCallOptions) => Promise<Uint8Array>;

interface PendingExchange {
  onEvent(event: FrameParserEvent): void;
  onClosed(error: DriverError): void;
}

/** Wire time of `bytes` on an 8N1 serial line: 10 bits per byte. */
export const serialWireTimeMs = (bytes: number, baudRate: number): number => (bytes * 10 * 1000) / baudRate;

/**
 * The PN532 command layer over a ByteLink (UM §6.2.2 dialog: command → ACK → response). One command is in
 * flight at a time; `transaction` holds the line for several commands (InDataExchange chaining).
 * Failures reject with DriverFailure: "pn532.no-ack", "pn532.timeout" (or the call's timeoutCode),
 * "pn532.checksum" after `maxNacks`, "pn532.syntax-error" (error frame), "reader.cancelled",
 * "reader.closed", "reader.disconnected" (link closed with an error, or a write found the device gone),
 * "reader.write".
 */
export class Pn532Channel {
  private readonly parser = new Pn532FrameParser();
  private pending: PendingExchange | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closedError: DriverError | undefined;
  private readonly unsubscribe: Array<() => void>;
  private readonly ackTimeoutMs: number;
  private readonly ackRetries: number;
  private readonly maxNacks: number;
  /** Line speed used for wire-time budgets; follows SetSerialBaudRate. */
  baudRate: number;
  private readonly settleAfterAbortMs: number;
  private quietUntil = 0;
  /** Frames that arrived with nobody waiting, or answering another command (late answers after an abort). */
  unsolicitedFrames = 0;

  constructor(readonly link: ByteLink, options: Pn532ChannelOptions = {}) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 100;
    this.ackRetries = options.ackRetries ?? 1;
    this.maxNacks = options.maxNacks ?? 2;
    this.baudRate = options.baudRate ?? 115200;
    this.settleAfterAbortMs = options.settleAfterAbortMs ?? 50;
    this.unsubscribe = [
      link.onData((chunk) => {
        for (const event of this.parser.push(chunk)) {
          if (this.pending) this.pending.onEvent(event);
          else if (event.type === 'frame') this.unsolicitedFrames++;
        }
      }),
      link.onClose((error) => {
        this.closedError = error
          ? { code: 'reader.disconnected', detail: `link ${link.name} closed unexpectedly: ${error.message}` }
          : { code: 'reader.closed', detail: `link ${link.name} was closed` };
        this.pending?.onClosed(this.closedError);
      }),
    ];
  }

  /** Runs `fn` with exclusive use of the PN532; other commands wait until it settles. */
  transaction<T>(fn: (send: SendCommand) => Promise<T>): Promise<T> {
    const send: SendCommand = async (code, params, options) => {
      await this.settle();
      return this.exchange(code, params, options);
    };
    const run = this.queue.then(() => fn(send));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Sends one command (queued behind any transaction in progress). */
  command(code: number, params: Uint8Array, options: CommandCallOptions): Promise<Uint8Array> {
    return this.transaction((send) => send(code, params, options));
  }

  /** Stops listening to the link; a command in flight rejects with "reader.closed". Does not close the link. */
  dispose(): void {
    for (const off of this.unsubscribe) off();
    this.closedError ??= { code: 'reader.closed', detail: 'PN532 channel disposed' };
    this.pending?.onClosed(this.closedError);
  }

  /** Waits out the quiet period after an abort, dropping frames and partial bytes received meanwhile. */
  private async settle(): Promise<void> {
    const wait = this.quietUntil - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (this.quietUntil > 0) {
      this.quietUntil = 0;
      this.parser.reset();
    }
  }

  private exchange(code: number, params: Uint8Array, options: CommandCallOptions): Promise<Uint8Array> {
    const fail = (error: DriverError) => Promise.reject(new DriverFailure(error));
    if (this.closedError) return fail(this.closedError);
    const cancelCode = options.cancelCode ?? 'reader.cancelled';
    const hex = `0x${code.toString(16).padStart(2, '0')}`;
    if (options.signal?.aborted) return fail({ code: cancelCode, detail: `command ${hex} cancelled before sending` });
    if (params.length + 2 > MAX_PN532_FRAME_LENGTH) {
      return fail({ code: 'pn532.frame-too-long', detail: `command ${hex} with ${params.length} parameter bytes exceeds one frame` });
    }
    const payload = new Uint8Array(params.length + 1);
    payload[0] = code;
    payload.set(params, 1);
    const frame = encodeInformationFrame(TFI_HOST_TO_PN532, payload);

    return new Promise<Uint8Array>((resolve, reject) => {
      let state: 'ack' | 'response' = 'ack';
      let heardBack = false;
      let resends = 0;
      let nacks = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;

      const arm = (ms: number, onFire: () => void) => {
        if (timer !== undefined) clearTimeout(timer);
        timer = Number.isFinite(ms) ? setTimeout(onFire, ms) : undefined;
      };
      const finish = (error: DriverError | undefined, value?: Uint8Array) => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        this.pending = undefined;
        if (error) reject(new DriverFailure(error));
        else resolve(value!);
      };
      const write = (bytes: Uint8Array) => {
        this.link.write(bytes).catch((e: unknown) => {
          const linkCode = e instanceof DriverFailure ? e.error.code : '';
          const code = linkCode === 'link.disconnected' ? 'reader.disconnected' : linkCode === 'link.closed' ? 'reader.closed' : 'reader.write';
          finish({ code, detail: `writing to ${this.link.name} failed: ${e instanceof Error ? e.message : String(e)}` });
        });
      };
      // An ACK from the host aborts the command the PN532 is running (UM §6.2.1.3).
      const abortDevice = () => {
        this.parser.reset();
        this.quietUntil = performance.now() + this.settleAfterAbortMs;
        if (!this.closedError) this.link.write(ACK_FRAME.slice()).catch(() => undefined);
      };
      const sendFrame = (wakeUp: boolean) => {
        const bytes = wakeUp ? withWakeUp(frame) : frame;
        arm(this.ackTimeoutMs + serialWireTimeMs(bytes.length + ACK_FRAME.length, this.baudRate), onAckTimeout);
        write(bytes);
      };
      const onAckTimeout = () => {
        if (options.idempotent === false) {
          // The ACK may be lost or late, and the command running: wait for the answer rather than run it twice.
          state = 'response';
          arm(responseBudget, onResponseTimeout);
          return;
        }
        abortDevice();
        if (resends < this.ackRetries) {
          resends++;
          sendFrame(true); // a PN532 that did not ACK is most often asleep: wake it
          return;
        }
        finish({ code: 'pn532.no-ack', detail: `the PN532 did not acknowledge command ${hex} (${resends + 1} attempts)` });
      };
      const onResponseTimeout = () => {
        abortDevice();
        if (!heardBack) finish({ code: 'pn532.no-ack', detail: `the PN532 neither acknowledged nor answered command ${hex}` });
        else finish({ code: options.timeoutCode ?? 'pn532.timeout', detail: `no answer to command ${hex} within ${options.timeoutMs} ms` });
      };
      const onAbort = () => {
        abortDevice();
        finish({ code: cancelCode, detail: `command ${hex} cancelled` });
      };
      const responseBudget = options.timeoutMs + serialWireTimeMs(MAX_PN532_FRAME_LENGTH + 11, this.baudRate);

      this.pending = {
        onClosed: (error) => finish(error),
        onEvent: (event) => {
          heardBack = true;
          if (event.type === 'error') {
            // Only a response can be NACKed; while waiting for the ACK the ACK timer recovers instead.
            if (state !== 'response') return;
            if (nacks < this.maxNacks) {
              nacks++;
              write(NACK_FRAME.slice());
              return;
            }
            abortDevice();
            finish({ code: 'pn532.checksum', detail: `damaged answer to command ${hex} after ${nacks} NACKs: ${event.error.detail}` });
            return;
          }
          const f = event.frame;
          if (f.kind === 'ack') {
            if (state === 'ack') {
              state = 'response';
              arm(responseBudget, onResponseTimeout);
            }
          } else if (f.kind === 'error') {
            finish({ code: 'pn532.syntax-error', detail: `the PN532 rejected command ${hex} (error frame)` });
          } else if (f.kind === 'information') {
            // A response without a preceding ACK is accepted: the ACK was lost on the line.
            if (f.tfi === TFI_PN532_TO_HOST && f.data[0] === code + 1) finish(undefined, f.data.slice(1));
            else this.unsolicitedFrames++;
          }
        },
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      sendFrame(options.wakeUp === true);
    });
  }
}
