import { afterEach, describe, expect, it } from 'vitest';
import { captureConsole, createLogger, describeError, formatLogLine } from './logger';
import { MemoryLogSink } from './rotating-file';

const at = new Date('2026-01-05T03:04:05.678Z');

describe('logger', () => {
  it('formats one redacted line per message and drops levels below the minimum', () => {
    const sink = new MemoryLogSink();
    const log = createLogger(sink, { now: () => at, minLevel: 'info' });
    log.debug('core', 'not written');
    log.info('core', 'session ended for 001234567890');
    log.warn('security', 'refused session.start from ws:192.168.1.50: api.forbidden');
    expect(sink.lines).toEqual([
      '2026-01-05T03:04:05.678Z INFO  [core] session ended for [id]',
      '2026-01-05T03:04:05.678Z WARN  [security] refused session.start from ws:192.168.1.50: api.forbidden',
    ]);
  });

  it('logs an error by name, message and stack positions, never its other properties', () => {
    const sink = new MemoryLogSink();
    const e = Object.assign(new Error('read failed for 0901234567'), { payload: { name: 'NGUYỄN VĂN AN' } });
    createLogger(sink, { now: () => at }).error('devices', 'card reader', e);
    expect(sink.lines[0]).toMatch(/^2026-01-05T03:04:05.678Z ERROR \[devices\] card reader: Error: read failed for \[phone\] \(at /);
    expect(sink.lines[0]).not.toContain('NGUYỄN');
    expect(describeError('a string')).toBe('non-error thrown: string');
  });

  it('formatLogLine redacts the area and message alike', () => {
    expect(formatLogLine(at, 'error', 'x', 'k=abc 123456789')).toBe('2026-01-05T03:04:05.678Z ERROR [x] k=abc [id9]');
  });

  describe('captureConsole', () => {
    let restore = () => {};
    afterEach(() => restore());

    it('mirrors console calls into the log with the "[area]" prefix as area, keeping the console output', () => {
      const sink = new MemoryLogSink();
      const printed: unknown[][] = [];
      const fake = { log: (...a: unknown[]) => printed.push(a), info: (...a: unknown[]) => printed.push(a), warn: (...a: unknown[]) => printed.push(a), error: (...a: unknown[]) => printed.push(a), debug: (...a: unknown[]) => printed.push(a) };
      restore = captureConsole(createLogger(sink, { now: () => at }), fake);
      fake.warn('[security] refused %s: %s', 'session.start', 'api.forbidden');
      fake.error('[core] call x failed:', new Error('boom 001234567890'));
      fake.log('plain message');
      expect(printed).toHaveLength(3);
      expect(sink.lines[0]).toBe('2026-01-05T03:04:05.678Z WARN  [security] refused session.start: api.forbidden');
      expect(sink.lines[1]).toMatch(/ERROR \[core\] call x failed: Error: boom \[id\]/);
      expect(sink.lines[2]).toBe('2026-01-05T03:04:05.678Z INFO  [console] plain message');
      restore();
      fake.warn('after restore');
      expect(sink.lines).toHaveLength(3);
    });
  });
});
