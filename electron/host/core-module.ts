import type { OsSlipPrinter } from './printing/os-slip-printer';
import type { Dispatch, Handlers } from './api/dispatcher';
import type { EventHub } from './api/event-hub';
import type { LoadedConfig } from './config/load-config';
import type { DeviceManager } from './devices/device-manager';
import type { CitizenSessions } from './session/citizen-sessions';
import type { SyncKeyWrapper } from './staff/keys/key-provider';
import type { Db } from './storage/database';

/**
 * The core's contract: how it is started, what every module receives and what the composition root
 * (kiosk-core.ts) hands back. Types only, in their own file, so that modules and the composition root
 * both depend on this file and never on each other (issue 13: kiosk-core.ts and this file imported each other).
 */

export interface CoreOptions {
  readonly runtime: 'electron' | 'browser';
  /** The OS keystore (Electron's safeStorage) wrapping the staff key file and the audit key; absent in browser mode. */
  readonly keyWrapper?: SyncKeyWrapper;
  /** Silent printing on an OS printer by name (Electron only), for `devices.printer.type = "os"`. */
  readonly osPrinter?: OsSlipPrinter;
}

/** What every area of the core may use: the shared services built by the composition root. */
export interface CoreContext {
  readonly loaded: LoadedConfig;
  readonly db: Db;
  readonly events: EventHub;
  readonly sessions: CitizenSessions;
  readonly devices: DeviceManager;
  /** How the core was started (runtime, and the OS keystore when the shell offers one). */
  readonly options: CoreOptions;
  /** Other modules by name, for areas that build on each other (e.g. the display feed reads the catalogue). */
  module<T extends CoreModule>(name: string): T | undefined;
}

/**
 * One area of the core (catalogue, staff, display, …): its contract handlers and its lifecycle.
 * Modules start in registry order and stop in reverse.
 */
export interface CoreModule {
  readonly name: string;
  readonly handlers: Partial<Handlers>;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export type CoreModuleFactory = (ctx: CoreContext) => CoreModule | Promise<CoreModule>;

/** The running core, as the shell (Electron or browser mode) and the local server see it. */
export interface KioskCore {
  readonly loaded: LoadedConfig;
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly sessions: CitizenSessions;
  readonly devices: DeviceManager;
  readonly db: Db;
  module: CoreContext['module'];
  stop(): Promise<void>;
}
