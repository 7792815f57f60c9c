import { contextBridge, ipcRenderer } from 'electron';
import { calls, events } from './api/contract';

/**
 * Exposes `window.kiosk`: one named function per contract call and one subscribe function per event,
 * nothing raw (no ipcRenderer, no channels, no process.env). Runs sandboxed with context isolation.
 */
const callVerbs = Object.fromEntries(
  Object.keys(calls).map((name) => [name, (input: unknown) => ipcRenderer.invoke('kiosk:call', name, input)]),
);

const eventVerbs = Object.fromEntries(
  Object.keys(events).map((name) => [
    name,
    (listener: (payload: unknown) => void) => {
      const handler = (_e: unknown, eventName: string, payload: unknown) => {
        if (eventName === name) listener(payload);
      };
      ipcRenderer.on('kiosk:event', handler);
      return () => ipcRenderer.removeListener('kiosk:event', handler);
    },
  ]),
);

contextBridge.exposeInMainWorld('kiosk', Object.freeze({ calls: Object.freeze(callVerbs), events: Object.freeze(eventVerbs) }));
