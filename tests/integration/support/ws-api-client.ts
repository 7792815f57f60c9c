import type WebSocket from 'ws';

/**
 * The kiosk contract over a test's WebSocket (electron/host/server/ws-api.ts): every message kept in order,
 * `opened` (rejects with the HTTP status of a refused upgrade), `closed` (the close code) and `call`, which
 * sends one call and polls for its result for up to `answerWithinMs`.
 */
export function wsApiClient(ws: WebSocket, answerWithinMs = 3000) {
  const messages: any[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  const opened = new Promise<void>((res, rej) => {
    ws.once('open', () => res());
    ws.once('error', rej);
    ws.once('unexpected-response', (_req, r) => rej(new Error(`HTTP ${r.statusCode}`)));
  });
  const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
  let id = 0;
  const call = async (name: string, input: unknown) => {
    const myId = ++id;
    ws.send(JSON.stringify({ t: 'call', id: myId, name, input }));
    for (let waited = 0; waited < answerWithinMs; waited += 10) {
      const m = messages.find((x) => x.t === 'result' && x.id === myId);
      if (m) return m.result;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no answer to ${name}`);
  };
  return { ws, messages, opened, closed, call };
}
