import { z } from 'zod';
import { defineCall } from './define';

export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

export const Face = z.enum(['citizen', 'staff', 'display']);
export type Face = z.infer<typeof Face>;

/** Personal-data-free: safe for the display face and the LAN. */
export const KioskStatus = z.object({
  version: z.string(),
  ward: z.object({ name: z.string(), province: z.string() }),
  language: Language,
  startedAt: z.iso.datetime(),
  /** Where the display face runs, so a face can tell the user how to reach it. */
  display: z.enum(['second-monitor', 'lan', 'off']),
  runtime: z.enum(['electron', 'browser']),
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
