import { connect, type Socket } from 'node:net';
import { historicalBytesOfAts } from '../../iso7816/historical-bytes';
import { CardRemoved, type VirtualCard } from '../virtual-card';
import { classifyVpcdMessage, contactlessAtr, encodeVpcdMessage, VpcdFramer, VPCD_DEFAULT_PORT } from './vpcd-protocol';

export interface VpcdCardLinkOptions {
  /** Where vpcd listens. Default 127.0.0.1:35963 (reader "Virtual PCD 00 00"). */
  readonly host?: string;
  readonly port?: number;
  /** Called when the driver closes the connection or it fails (pcscd stopped, the reader went away). */
  readonly onDisconnect?: (error?: Error) => void;
}

/**
 * The simulator's end of vpcd: while connected, the reader "Virtual PCD" holds this virtual card, and
 * pcscd (and every PC/SC application) talks to it through the real PC/SC stack. Disconnecting takes the
 * card out of the reader; a VirtualCard that throws CardRemoved (fault injection) is taken out the same
 * way, mid-read, as a citizen lifting the card.
 */
export class VpcdCardLink {
  private socket: Socket | undefined;
  private readonly framer = new VpcdFramer();
  /** APDUs answered since connecting (for the CLI's stats line). */
  apdus = 0;

  constructor(
    private readonly card: VirtualCard,
    private readonly options: VpcdCardLinkOptions = {},
  ) {}

  get connected(): boolean {
    return this.socket !== undefined && !this.socket.destroyed;
  }

  /** Connects to vpcd: the card is then in the reader. Rejects when nothing listens (pcscd not running). */
  async connect(): Promise<void> {
    if (this.connected) return;
    const socket = connect({ host: this.options.host ?? '127.0.0.1', port: this.options.port ?? VPCD_DEFAULT_PORT });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.removeAllListeners('error');
    this.socket = socket;
    this.card.reset();
    socket.on('data', (chunk: Buffer) => {
      for (const payload of this.framer.push(new Uint8Array(chunk))) this.answer(socket, payload);
    });
    socket.on('error', () => undefined); // surfaces as 'close'
    socket.on('close', (hadError) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.options.onDisconnect?.(hadError ? new Error('vpcd connection failed') : undefined);
    });
  }

  /** Takes the card out of the reader (closes the connection). */
  async disconnect(): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    this.socket = undefined;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.destroy();
    });
  }

  private answer(socket: Socket, payload: Uint8Array): void {
    const message = classifyVpcdMessage(payload);
    switch (message.kind) {
      case 'power-on':
      case 'reset':
      case 'power-off':
        this.card.reset(); // a fresh power-up: no session survives
        return;
      case 'get-atr':
        socket.write(encodeVpcdMessage(contactlessAtr(historicalBytesOfAts(this.card.ats))));
        return;
      case 'unknown':
        return;
      case 'apdu':
        try {
          const { response } = this.card.transmit(message.apdu);
          this.apdus++;
          socket.write(encodeVpcdMessage(response));
        } catch (e) {
          if (!(e instanceof CardRemoved)) throw e;
          void this.disconnect(); // the card left the field mid-exchange
        }
    }
  }
}
