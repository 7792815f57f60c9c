import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/load-config';
import { captureConsole, openKioskLog } from '../logging/logger';
import { startKioskCore } from '../kiosk-core';
import { handleCoreExceptions } from '../health/core-exceptions';
import { DeviceReopener } from '../health/device-reopener';
import { keepYoungGenerationSmall } from '../health/young-generation';
import { startLocalServer } from '../server/local-server';
import { listenPlan, networkWarnings } from '../server/listen-plan';
import { listHidDevices, listPcscDevices, listSerialPorts } from '../devices/enumerate';
import { openKioskWindow } from '../server/open-browser';
import { defaultConfigFile as defaultConfig, packageRootFrom } from '../paths';
import type { CliCommand } from './command';

const packageRoot = () => packageRootFrom(dirname(fileURLToPath(import.meta.url)));
const defaultConfigFile = () => defaultConfig(packageRoot());

const configCheck: CliCommand = {
  path: ['config', 'check'],
  summary: 'Validate a kiosk configuration file and list every problem with its field path.',
  usage: '[file]',
  allowPositionals: true,
  async run({ positionals }, io) {
    const file = positionals[0] ?? defaultConfigFile();
    const result = loadConfig(file);
    if (result.ok) {
      // Valid but risky or surprising network settings: said, not refused (issue 14, item 7).
      for (const w of networkWarnings(result.value.config)) io.err(`warning: ${w}`);
      io.out(`ok ${result.value.file}`);
      return 0;
    }
    io.err(`${file}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) io.err(`  ${p}`);
    return 1;
  },
};

const serve: CliCommand = {
  path: ['serve'],
  summary: 'Run the kiosk core in browser mode: the faces over HTTP, the api over WebSocket.',
  usage: '[--config file] [--port n] [--open]',
  options: { config: { type: 'string' }, port: { type: 'string' }, open: { type: 'boolean' } },
  async run({ values }, io) {
    const file = typeof values.config === 'string' ? values.config : defaultConfigFile();
    const loaded = loadConfig(file);
    if (!loaded.ok) {
      io.err(`${file}: ${loaded.problems.length} problem(s); the kiosk will not start`);
      for (const p of loaded.problems) io.err(`  ${p}`);
      return 1;
    }
    const port = typeof values.port === 'string' ? Number(values.port) : loaded.value.config.network.port;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(`--port: expected 0…65535, got ${String(values.port)}`);
      return 2;
    }
    keepYoungGenerationSmall();
    // Everything the core says goes to rotated, redacted log files in the data directory as well.
    const { logger } = openKioskLog(loaded.value.config.dataDir);
    captureConsole(logger);
    const core = await startKioskCore(loaded.value, { runtime: 'browser' });
    // As in the Electron shell: an exception nothing caught is logged and the devices reopened, never fatal.
    const reopener = new DeviceReopener(() => [core.devices.cardReader, core.devices.scanner], { log: (m) => logger.warn('health', m) });
    const offExceptions = handleCoreExceptions({ log: (e) => logger.error('core', 'uncaught exception', e), reopener });
    for (const w of networkWarnings(loaded.value.config)) io.err(`warning: ${w}`);
    // The faces stay on loopback; the ward network's display gets its own listener (listen-plan.ts).
    const plan = listenPlan(loaded.value.config, port);
    const server = await startLocalServer(core, {
      rendererDir: join(packageRoot(), 'dist', 'renderer'),
      ...plan.faces,
      display: plan.display,
    });
    io.out(`Kiosk (browser mode) ready / Ki-ốt sẵn sàng`);
    io.out(`  citizen: ${server.url('citizen')}`);
    io.out(`  staff:   ${server.url('staff')}`);
    io.out(`  display: ${server.url('display')}`);
    if (server.lanDisplay) io.out(`  display (LAN): ${server.lanDisplay.url}`);
    // The URLs carry no secret: the citizen and staff faces are opened with a one-time code (api/launch.ts).
    io.out('Open the citizen or staff face with / Mở màn hình công dân hoặc cán bộ bằng lệnh: npx kiosk open citizen|staff');
    if (values.open) await openKioskWindow(server.launchUrl('citizen'), io, { kiosk: true });
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await core.stop();
    offExceptions();
    return 0;
  },
};

const devices: CliCommand = {
  path: ['devices'],
  summary: 'List the serial ports, HID devices and PC/SC readers this machine sees (for configuring real readers and scanners).',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  async run({ values }, io) {
    const serial = await listSerialPorts();
    const hid = listHidDevices();
    const pcsc = listPcscDevices();
    if (values.json) {
      io.out(JSON.stringify({ serial, hid, pcsc }));
      return 0;
    }
    if (serial.ok) {
      io.out(`Serial ports (${serial.ports.length}):${serial.note ? `  (${serial.note})` : ''}`);
      for (const p of serial.ports) io.out(`  ${p.path}${p.vendorId ? `  usb ${p.vendorId}:${p.productId}` : ''}${p.manufacturer ? `  ${p.manufacturer}` : ''}`);
    } else {
      io.out(`Serial ports: unavailable (${serial.reason})`);
    }
    if (hid.ok) {
      io.out(`HID devices (${hid.devices.length}):`);
      for (const d of hid.devices) {
        io.out(`  ${d.vendorId}:${d.productId}  usage page 0x${d.usagePage.toString(16)}${d.usagePage === 0x8c ? ' (HID POS scanner)' : ''}  ${d.product ?? ''}`);
      }
    } else {
      io.out(`HID devices: unavailable (${hid.reason})`);
    }
    if (pcsc.ok) {
      io.out(`PC/SC readers (${pcsc.readers.length}):`);
      for (const r of pcsc.readers) io.out(`  ${r.name}${r.contactless ? '  (contactless)' : ''}${r.cardPresent ? '  card present' : ''}`);
    } else {
      io.out(`PC/SC readers: unavailable (${pcsc.reason})`);
    }
    return 0;
  },
};

export const foundationCommands: CliCommand[] = [configCheck, serve, devices];
