import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { handleCoreExceptions, type ProcessEvents } from './core-exceptions';

describe('handleCoreExceptions', () => {
  it('logs an uncaught exception or rejection and reopens the devices, until removed', () => {
    const proc = new EventEmitter();
    const logged: unknown[] = [];
    const reopened: string[] = [];
    const off = handleCoreExceptions(
      { log: (e) => logged.push(e), reopener: { reopen: async (why) => void reopened.push(why) } },
      proc as unknown as ProcessEvents,
    );
    const boom = new Error('serial port vanished');
    proc.emit('uncaughtException', boom);
    proc.emit('unhandledRejection', 'rejected');
    expect(logged).toEqual([boom, 'rejected']);
    expect(reopened).toEqual(['core-exception', 'core-exception']);
    off();
    expect(proc.listenerCount('uncaughtException') + proc.listenerCount('unhandledRejection')).toBe(0);
  });

  it('still reopens the devices when logging itself fails, and a failed reopen is not a new exception', async () => {
    const proc = new EventEmitter();
    let reopens = 0;
    handleCoreExceptions(
      { log: () => { throw new Error('disk full'); }, reopener: { reopen: async () => { reopens += 1; throw new Error('no port'); } } },
      proc as unknown as ProcessEvents,
    );
    expect(() => proc.emit('uncaughtException', new Error('x'))).toThrow('disk full');
    await Promise.resolve();
    expect(reopens).toBe(1);
  });
});
