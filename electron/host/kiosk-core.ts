import { join } from 'node:path';
import type { KioskStatus } from '../api/kiosk';
import { ApiFailure } from './api/api-failure';
import { createDispatcher, type Dispatch, type Handlers } from './api/dispatcher';
import { EventHub } from './api/event-hub';
import type { LoadedConfig } from './config/load-config';
import { DeviceManager } from './devices/device-manager';
import { describeCardReader, describeScanner } from './devices/configured-devices';
import { createCardReaderDevice } from './devices/create-card-reader';
import { ScannerDevice } from './devices/scanner-device';
import { securityLog } from './logging/security-log';
import { CitizenSessions } from './session/citizen-sessions';
import { openDatabase, type Db } from './storage/database';
import { CitizenSessionLog } from './storage/repositories/citizen-session-log';
import { VERSION } from './version';
import type { CoreContext, CoreModule } from './core-module';
import type { KeyWrapper } from './staff/keys/key-provider';
import { coreModules } from './core-modules';

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

export interface CoreOptions {
  readonly runtime: 'electron' | 'browser';
  /** The OS keystore (Electron's safeStorage) wrapping the staff key file; absent in browser mode. */
  readonly keyWrapper?: KeyWrapper;
}

/** Composition root of the core: wires config, storage, devices, sessions and the contract. Nothing else. */
export async function startKioskCore(loaded: LoadedConfig, options: CoreOptions): Promise<KioskCore> {
  const { config } = loaded;
  const startedAt = new Date();
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
  });

  const devices = new DeviceManager(await createCardReaderDevice(loaded), new ScannerDevice(config.devices.qrScanner));
  devices.onChange((all) => events.emit('devices.changed', all));

  const status = (): KioskStatus => ({
    version: VERSION,
    ward: { name: config.ward.name, province: config.ward.province },
    language: config.language,
    startedAt: startedAt.toISOString(),
    display: config.faces.display.mode,
    runtime: options.runtime,
  });

  const handlers: Partial<Handlers> = {
    'kiosk.status': () => status(),
    'kiosk.configSummary': () => ({
      configFile: loaded.file,
      ward: config.ward,
      cardReader: describeCardReader(config.devices.cardReader),
      qrScanner: describeScanner(config.devices.qrScanner),
      idleTimeoutSeconds: config.session.idleTimeoutSeconds,
      warningSeconds: config.session.warningSeconds,
      network: `${config.network.bindAddress}:${config.network.port}`,
      contentDir: config.content.dir,
      trustStoreDir: config.trustStore.dir,
      portalAllowlist: config.portal.allowlist,
    }),
    'devices.status': () => devices.status(),
    'session.get': () => sessions.state(),
    'session.start': () => {
      sessions.start();
      return sessions.state();
    },
    'session.activity': () => {
      sessions.activity();
      return sessions.state();
    },
    'session.outcome': ({ procedureCode, outcome }) => {
      const data = sessions.data();
      if (!data) throw new ApiFailure('session.none');
      if (data.logId !== null) sessionLog.recordOutcome(data.logId, procedureCode, outcome);
      return {};
    },
    // Browser mode has no embedded portal: the face offers the QR code for the citizen's phone instead.
    // (In Electron the shell answers every portal.* call before the core sees it.)
    'portal.status': () => ({ available: false, open: false }),
    'portal.setVisible': () => ({ available: false, open: false }),
    'portal.close': () => ({ available: false, open: false }),
    'session.end': ({ reason }) => {
      sessions.end(reason);
      return {};
    },
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
