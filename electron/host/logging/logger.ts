import { join } from 'node:path';
import { format } from 'node:util';
import { redactPersonalData } from './redact';
import { RotatingFile, type LogSink } from './rotating-file';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * The kiosk's log for technicians. `area` names the part of the kiosk ("core", "security", "shell",
 * "devices"); `message` is English and must not carry personal data — every line is also passed
 * through {@link redactPersonalData} before it is written, as a net under that rule.
 */
export interface Logger {
  debug(area: string, message: string): void;
  info(area: string, message: string): void;
  warn(area: string, message: string): void;
  /** `error` adds the error's name and message (never its properties, which may hold payloads). */
  error(area: string, message: string, error?: unknown): void;
}

export interface LoggerOptions {
  /** Lines below this level are dropped (default 'info'). */
  readonly minLevel?: LogLevel;
  readonly now?: () => Date;
}

/** `2026-01-05T03:04:05.678Z WARN  [security] refused session.start from ws:…: api.forbidden` */
export function formatLogLine(at: Date, level: LogLevel, area: string, message: string): string {
  return redactPersonalData(`${at.toISOString()} ${level.toUpperCase().padEnd(5)} [${area}] ${message}`);
}

/** Name, message and the top of the stack (file positions only): enough to find the bug, nothing more. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frames = (error.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
    return `${error.name}: ${error.message}${frames ? ` (${frames})` : ''}`;
  }
  return `non-error thrown: ${typeof error}`;
}

export function createLogger(sink: LogSink, options: LoggerOptions = {}): Logger {
  const min = RANK[options.minLevel ?? 'info'];
  const now = options.now ?? (() => new Date());
  const line = (level: LogLevel, area: string, message: string) => {
    if (RANK[level] >= min) sink.write(formatLogLine(now(), level, area, message));
  };
  return {
    debug: (area, message) => line('debug', area, message),
    info: (area, message) => line('info', area, message),
    warn: (area, message) => line('warn', area, message),
    error: (area, message, error) => line('error', area, error === undefined ? message : `${message}: ${describeError(error)}`),
  };
}

/** The kiosk's log files: `<dataDir>/logs/kiosk.log` and up to 4 rotated files of 1 MiB each. */
export function openKioskLog(dataDir: string, options: LoggerOptions & { maxBytes?: number; keep?: number } = {}): { logger: Logger; sink: RotatingFile } {
  const sink = new RotatingFile({ dir: join(dataDir, 'logs'), stem: 'kiosk', maxBytes: options.maxBytes ?? 1024 * 1024, keep: options.keep ?? 4 });
  return { logger: createLogger(sink, options), sink };
}

type ConsoleLike = Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;

/**
 * Mirrors `console.*` into the logger, so code that logs with `console.warn('[security] …')` lands in
 * the rotating, redacted files without changing each call: a leading "[area]" becomes the area.
 * The console output itself is kept (a technician running the kiosk in a terminal still sees it).
 * Returns a function that restores the original console methods.
 */
export function captureConsole(logger: Logger, target: ConsoleLike = console): () => void {
  const original = { log: target.log, info: target.info, warn: target.warn, error: target.error, debug: target.debug };
  const mirror = (level: LogLevel, method: keyof ConsoleLike) =>
    function mirrored(...args: unknown[]) {
      original[method].apply(target, args);
      const text = format(...args.map((a) => (a instanceof Error ? describeError(a) : a)));
      const m = /^\[([a-z0-9.-]{1,30})\]\s*([\s\S]*)$/i.exec(text);
      const area = m ? m[1]! : 'console';
      const message = m ? m[2]! : text;
      logger[level === 'debug' ? 'debug' : level](area, message);
    };
  target.log = mirror('info', 'log');
  target.info = mirror('info', 'info');
  target.warn = mirror('warn', 'warn');
  target.error = mirror('error', 'error');
  target.debug = mirror('debug', 'debug');
  return () => Object.assign(target, original);
}
