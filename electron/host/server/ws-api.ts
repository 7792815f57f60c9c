import type { IncomingMessage } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Access } from '../../api/define';
import { ClientMessage, MAX_MESSAGE_BYTES, type ServerMessage } from '../../api/wire';
import type { Dispatch } from '../api/dispatcher';
import type { EventHub } from '../api/event-hub';
import { securityLog } from '../logging/security-log';

/**
 * The contract over a WebSocket (browser mode). Each connection carries the grants decided at upgrade;
 * every message is size-checked, parsed with the wire schema, then dispatched through the contract.
 */
export function createWsApi(dispatch: Dispatch, events: EventHub) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  function accept(socket: WebSocket, req: IncomingMessage, grants: readonly Access[]): void {
    const origin = `ws:${req.socket.remoteAddress ?? '?'}`;
    const send = (m: ServerMessage) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(m));
    const unsubscribe = events.subscribe(grants, (name, payload) => send({ t: 'event', name, payload }));
    socket.on('close', unsubscribe);
    socket.on('error', (e) => {
      // ws reports a frame over maxPayload as an error and closes with 1009: log it like any refusal.
      securityLog.refused(origin, '(message)', (e as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'wire.too-large' : 'wire.error');
      socket.terminate();
    });
    socket.on('message', async (data, isBinary) => {
      if (isBinary) return refuse('wire.binary');
      let raw: unknown;
      try {
        raw = JSON.parse(data.toString());
      } catch {
        return refuse('wire.not-json');
      }
      const msg = ClientMessage.safeParse(raw);
      if (!msg.success) return refuse('wire.malformed');
      const result = await dispatch(msg.data.name, msg.data.input, { grants, origin });
      send({ t: 'result', id: msg.data.id, result: result as never });
    });
    function refuse(code: string) {
      securityLog.refused(origin, '(message)', code);
      socket.close(1008, code);
    }
  }

  return {
    handleUpgrade(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer, grants: readonly Access[]) {
      wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req, grants));
    },
    close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
    },
  };
}
