import { z } from 'zod';
import { defineCall } from './define';

export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

export const Face = z.enum(['citizen', 'staff', 'display']);
export type Face = z.infer<typeof Face>;

/** A key a keyboard-wedge scanner's suffix setting sends after a scan (a KeyboardEvent.key value). */
export const WedgeTerminator = z.enum(['Enter', 'Tab']);
export type WedgeTerminator = z.infer<typeof WedgeTerminator>;

/**
 * The one source of the keyboard-wedge thresholds' defaults: the config schema's `keyboard-wedge`
 * defaults and the face's burst detector both import these, so they cannot drift apart.
 * - 35 ms between keys: scanners type at 1–10 ms a key, people leave 80 ms or more;
 * - 8 characters: two or three keys hit together are not a scan, and the shortest payload worth
 *   scanning (a dossier code such as "A12-251123-001") is longer;
 * - Enter and Tab: the suffixes scanners send; after a machine-speed burst either can only be the
 *   scanner's, so accepting both costs a person typing nothing.
 */
export const WEDGE_DEFAULTS = {
  maxInterKeyGapMs: 35,
  minLength: 8,
  terminators: ['Enter', 'Tab'],
} as const satisfies { maxInterKeyGapMs: number; minLength: number; terminators: readonly WedgeTerminator[] };

/**
 * How the face tells a keyboard-wedge scanner's burst from typing (the hook's options, by the same
 * names). Thresholds only: nothing personal, nothing about the hardware. `endOnIdleMs` absent: only a
 * terminator ends a scan.
 */
export const WedgeSettings = z.object({
  /** Longest gap between two keys of one scan, ms. */
  maxInterKeyGapMs: z.number().int().positive(),
  /** Characters needed before a run of fast keys counts as a scan. */
  minLength: z.number().int().positive(),
  terminators: z.array(WedgeTerminator).min(1),
  /** End a scan after this many ms without keys (scanners set to send no suffix). */
  endOnIdleMs: z.number().int().positive().optional(),
});
export type WedgeSettings = z.infer<typeof WedgeSettings>;

/** Personal-data-free: safe for the display face and the LAN. */
export const KioskStatus = z.object({
  version: z.string(),
  ward: z.object({ name: z.string(), province: z.string() }),
  language: Language,
  startedAt: z.iso.datetime(),
  /** Where the display face runs, so a face can tell the user how to reach it. */
  display: z.enum(['second-monitor', 'lan', 'off']),
  runtime: z.enum(['electron', 'browser']),
  /** The keyboard-wedge listener's thresholds for the citizen face (absent from an older core: use WEDGE_DEFAULTS). */
  wedge: WedgeSettings.optional(),
});
export type KioskStatus = z.infer<typeof KioskStatus>;

/** What a technician needs to see at a glance; no secrets (no keys, no tokens). */
export const ConfigSummary = z.object({
  configFile: z.string(),
  ward: z.object({ name: z.string(), code: z.string(), province: z.string(), population: z.number() }),
  cardReader: z.string(),
  qrScanner: z.string(),
  idleTimeoutSeconds: z.number(),
  warningSeconds: z.number(),
  network: z.string(),
  contentDir: z.string(),
  trustStoreDir: z.string(),
  portalAllowlist: z.array(z.string()),
});
export type ConfigSummary = z.infer<typeof ConfigSummary>;

export const kioskCalls = {
  'kiosk.status': defineCall({ access: 'display', input: z.object({}), output: KioskStatus }),
  'kiosk.configSummary': defineCall({ access: 'citizen', input: z.object({}), output: ConfigSummary }),
};
