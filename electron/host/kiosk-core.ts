import { join } from 'node:path';
import { createDispatcher, type Handlers } from './api/dispatcher';
import { EventHub } from './api/event-hub';
import type { LoadedConfig } from './config/load-config';
import { DeviceManager } from './devices/device-manager';
import { createCardReaderDevice } from './devices/create-card-reader';
import { ScannerDevice } from './devices/scanner-device';
import { securityLog } from './logging/security-log';
import { CitizenSessions } from './session/citizen-sessions';
import { sessionHandlers } from './session/session-handlers';
import { kioskHandlers } from './kiosk-handlers';
import { securePrivateDir } from './storage/private-files';
import { openDatabase } from './storage/database';
import { CitizenSessionLog } from './storage/repositories/citizen-session-log';
import type { CoreContext, CoreModule, CoreOptions, KioskCore } from './core-module';
import { coreModules } from './core-modules';

/** Composition root of the core: wires config, storage, devices, sessions and the contract. Nothing else. */
export async function startKioskCore(loaded: LoadedConfig, options: CoreOptions): Promise<KioskCore> {
  const { config } = loaded;
  const startedAt = new Date();
  securePrivateDir(config.dataDir);
  const db = openDatabase(join(config.dataDir, 'kiosk.db'));
  const sessionLog = new CitizenSessionLog(db);
  const events = new EventHub();

  const sessions = new CitizenSessions(config.session, {
    changed: (state) => events.emit('session.changed', state),
    warning: (secondsLeft) => events.emit('session.idleWarning', { secondsLeft }),
    wiped: (reason) => events.emit('session.wiped', { reason }),
  }, {
    started: (at) => sessionLog.started(at),
    ended: (id, at, reason) => id !== null && sessionLog.ended(id, at, reason),
    identified: (id, by) => id !== null && sessionLog.identified(id, by),
  });

  const devices = new DeviceManager(await createCardReaderDevice(loaded), new ScannerDevice(config.devices.qrScanner));
  devices.onChange((all) => events.emit('devices.changed', all));

  const handlers: Partial<Handlers> = {
    ...kioskHandlers(loaded, devices, options.runtime, startedAt),
    ...sessionHandlers(sessions, sessionLog),
  };

  const modules: CoreModule[] = [];
  const ctx: CoreContext = {
    loaded, db, events, sessions, devices, options,
    module: <T extends CoreModule>(name: string) => modules.find((m) => m.name === name) as T | undefined,
  };
  for (const factory of coreModules) {
    const m = await factory(ctx);
    modules.push(m);
    Object.assign(handlers, m.handlers);
  }
  for (const m of modules) await m.start?.();
  await devices.start();

  return {
    loaded,
    dispatch: createDispatcher(handlers, securityLog),
    module: ctx.module,
    events,
    sessions,
    devices,
    db,
    async stop() {
      sessions.end('shutdown');
      for (const m of [...modules].reverse()) await m.stop?.().catch((e: Error) => console.error(`[core] ${m.name} stop failed: ${e.message}`));
      await devices.stop();
      db.close();
    },
  };
}
