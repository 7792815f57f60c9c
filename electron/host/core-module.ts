import type { Handlers } from './api/dispatcher';
import type { EventHub } from './api/event-hub';
import type { LoadedConfig } from './config/load-config';
import type { DeviceManager } from './devices/device-manager';
import type { CitizenSessions } from './session/citizen-sessions';
import type { Db } from './storage/database';
import type { CoreOptions } from './kiosk-core';

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
