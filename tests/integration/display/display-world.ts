import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { allCommands } from '../../../electron/host/cli/registry';
import { runCli } from '../../../electron/host/cli/run-cli';
import { loadConfig } from '../../../electron/host/config/load-config';
import type { KioskCore } from '../../../electron/host/core-module';
import { startKioskCore } from '../../../electron/host/kiosk-core';
import { startLocalServer, type LocalServer } from '../../../electron/host/server/local-server';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');
export const ADMIN_PIN = '246810';

/** A temp copy of the shipped content (so tests may edit it), a config on it, and an admin account. */
export async function makeDisplayWorld(patch: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-display-'));
  const contentDir = join(dir, 'content');
  cpSync(join(REPO, 'kiosk-config', 'content'), contentDir, { recursive: true });
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
  const configFile = join(dir, 'kiosk.json');
  writeFileSync(configFile, JSON.stringify({
    ...demo, dataDir: join(dir, 'data'), content: { dir: contentDir }, trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store') }, ...patch,
  }));
  const out: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
  const added = await runCli(allCommands, ['staff', 'add', '--name', 'Quản trị', '--role', 'admin', '--pin', ADMIN_PIN, '--config', configFile], io);
  if (added !== 0) throw new Error(`staff add failed:\n${out.join('\n')}`);
  const adminId = Number(/added account (\d+)/.exec(out.join('\n'))?.[1]);
  const displayFile = join(contentDir, 'display', 'display.json');
  return {
    dir, configFile, contentDir, displayFile, adminId,
    readDisplayContent: () => JSON.parse(readFileSync(displayFile, 'utf8')) as Record<string, unknown>,
    writeDisplayContent: (c: unknown) => writeFileSync(displayFile, JSON.stringify(c, null, 2)),
    async start(bindAddress = '127.0.0.1'): Promise<{ core: KioskCore; server: LocalServer }> {
      const loaded = loadConfig(configFile);
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
      const core = await startKioskCore(loaded.value, { runtime: 'browser' });
      const server = await startLocalServer(core, { rendererDir: join(REPO, 'renderer'), bindAddress, port: 0 });
      return { core, server };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type Message = { t: 'result'; id: number; result: any } | { t: 'event'; name: string; payload: any };

/** A WebSocket client of the contract with a record of everything received. */
export function connect(host: string, port: number, query: string) {
  const ws = new WebSocket(`ws://${host}:${port}/api?${query}`, { headers: { Origin: `http://${host}:${port}` } });
  const messages: Message[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (d) => {
    messages.push(JSON.parse(d.toString()) as Message);
    waiters.forEach((w) => w());
  });
  const opened = new Promise<void>((res, rej) => {
    ws.once('open', () => res());
    ws.once('error', rej);
    ws.once('unexpected-response', (_req, r) => rej(new Error(`HTTP ${r.statusCode}`)));
  });
  /** Resolves with the first message matching `test` (already received or coming), or rejects after `ms`. */
  const next = (test: (m: Message) => boolean, ms = 5000) =>
    new Promise<Message>((res, rej) => {
      const check = () => {
        const m = messages.find(test);
        if (!m) return;
        waiters.delete(check);
        clearTimeout(timer);
        res(m);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        rej(new Error(`no matching message within ${ms} ms`));
      }, ms);
      waiters.add(check);
      check();
    });
  let id = 0;
  const call = async (name: string, input: unknown) => {
    const myId = ++id;
    ws.send(JSON.stringify({ t: 'call', id: myId, name, input }));
    const m = await next((x) => x.t === 'result' && x.id === myId);
    return (m as Extract<Message, { t: 'result' }>).result;
  };
  const events = (name: string) => messages.filter((m): m is Extract<Message, { t: 'event' }> => m.t === 'event' && m.name === name);
  return { ws, opened, call, next, events, messages };
}
