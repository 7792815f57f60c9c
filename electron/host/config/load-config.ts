import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { z } from 'zod';
import { KioskConfigSchema, type KioskConfig } from './kiosk-config-schema';

/** A loaded configuration with every path made absolute, and where it came from. */
export interface LoadedConfig {
  readonly file: string;
  readonly config: KioskConfig;
}

export type ConfigResult = { ok: true; value: LoadedConfig } | { ok: false; problems: string[] };

/** Reads, parses and validates a kiosk.json; collects every problem rather than stopping at the first. */
export function loadConfig(file: string): ConfigResult {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, problems: [`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`${path}: not valid JSON (${(e as Error).message})`] };
  }
  return parseConfig(raw, path);
}

/** Validates an already-parsed object; `file` anchors relative paths. */
export function parseConfig(raw: unknown, file: string): ConfigResult {
  if (raw && typeof raw === 'object' && '$schema' in raw) {
    const { $schema: _ignored, ...rest } = raw as Record<string, unknown>;
    raw = rest;
  }
  const parsed = KioskConfigSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const base = dirname(resolve(file));
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const c = parsed.data;
  const config: KioskConfig = {
    ...c,
    dataDir: abs(c.dataDir),
    content: { ...c.content, dir: abs(c.content.dir) },
    trustStore: { ...c.trustStore, dir: abs(c.trustStore.dir) },
    portal: { ...c.portal, healthChecks: c.portal.healthChecks.map((h) => (h.caFile ? { ...h, caFile: abs(h.caFile) } : h)) },
    devices: {
      ...c.devices,
      cardReader: c.devices.cardReader.type === 'simulated' ? { ...c.devices.cardReader, cardsDir: abs(c.devices.cardReader.cardsDir) } : c.devices.cardReader,
      printer: c.devices.printer.type === 'simulated' ? { ...c.devices.printer, outDir: abs(c.devices.printer.outDir ?? join(abs(c.dataDir), 'printed')) } : c.devices.printer,
    },
  };
  return { ok: true, value: { file: resolve(file), config } };
}

/** "devices.cardReader.baudRate: expected one of 9600…921600, got 11520" — one line per problem. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const at = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
      // Report the branch whose problems are fewest: the one the author most likely meant.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return formatIssues(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => `${issue.path.length ? at + '.' : ''}${k}: unknown setting`);
    }
    return [`${at}: ${issue.message}`];
  });
}
