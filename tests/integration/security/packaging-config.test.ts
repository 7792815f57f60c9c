import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack from '../../../build-resources/after-pack.mjs';
import { ASAR_INTEGRITY_PLATFORMS, fuseConfigFor, KIOSK_FUSES } from '../../../build-resources/fuses.mjs';

/*
 * Packaging cannot run here (electron-builder downloads Electron's zip), so the configuration is tested
 * instead: electron-builder.yml loaded and validated by electron-builder's own loader and JSON schema,
 * the kiosk choices in it, the fuse settings the afterPack hook applies, and the native modules'
 * N-API prebuilds for both target platforms.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

async function builderConfig(): Promise<Record<string, any>> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const config = await getConfig(REPO, join(REPO, 'electron-builder.yml'), null);
  await validateConfiguration(config, { isEnabled: false, add() {} });
  return config;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema validation', async () => {
    await expect(builderConfig()).resolves.toMatchObject({ appId: 'vn.gov.ward.kiosk' });
  });

  it('builds a per-machine Windows NSIS installer with the kiosk page, and a Linux AppImage and deb', async () => {
    const c = await builderConfig();
    expect(c.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: true, include: 'build-resources/installer.nsh', createDesktopShortcut: false, warningsAsErrors: true });
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.deb.depends).toContain('libusb-1.0-0');
    const nsh = readFileSync(join(REPO, c.nsis.include), 'utf8');
    for (const macro of ['customPageAfterChangeDir', 'customInstall', 'customUnInstall']) expect(nsh).toContain(`!macro ${macro}`);
    for (const option of ['/KIOSKCONFIG=', '/KIOSKDATA=', '/AUTOSTART=']) expect(nsh).toContain(option);
    // Start with Windows, config/data folders handed to the app, kept across updates.
    expect(nsh).toMatch(/WriteRegStr HKLM "\$\{KIOSK_RUN_KEY\}"/);
    expect(nsh).toMatch(/"KIOSK_CONFIG" "\$KioskConfigDir\\kiosk\.json"/);
    expect(nsh).toMatch(/"KIOSK_DATA_DIR" "\$KioskDataDir"/);
    expect(nsh).toMatch(/\$\{IfNot\} \$\{FileExists\} "\$KioskConfigDir\\kiosk\.json"/);
    expect(nsh).not.toMatch(/RMDir[^\n]*Kiosk(Config|Data)Dir/);
    // The configuration (trust store, content) is writable by Administrators and SYSTEM only.
    expect(nsh).toMatch(/icacls "\$KioskConfigDir" \/inheritance:r \/grant:r \*S-1-5-32-544:\(OI\)\(CI\)F \*S-1-5-18:\(OI\)\(CI\)F \*S-1-5-32-545:\(OI\)\(CI\)RX/);
    // The data folder (PIN hashes, keys): Administrators, SYSTEM and the kiosk's own account; the local
    // Users group (S-1-5-32-545) gets nothing on it, neither granted nor inherited from ProgramData.
    expect(nsh).toMatch(/icacls "\$KioskDataDir" \/inheritance:r \/grant:r \*S-1-5-32-544:\(OI\)\(CI\)F \*S-1-5-18:\(OI\)\(CI\)F \/T/);
    expect(nsh).toMatch(/icacls "\$KioskDataDir" \/grant "\$KioskAccount:\(OI\)\(CI\)M"/);
    expect(nsh).not.toMatch(/icacls "\$KioskDataDir"[^\n]*S-1-5-32-545/);
  });

  it('ships the demo config as a seed only, and keeps the deployment\'s config outside the app', async () => {
    const c = await builderConfig();
    expect(c.extraResources).toEqual([{ from: 'kiosk-config', to: 'kiosk-config-default', filter: ['**/*'] }]);
    // electron-builder normalises the file list into one file set.
    expect(JSON.stringify(c.files)).toContain('"dist/**/*","package.json","!dist/**/*.map"');
    expect(JSON.stringify(c.files)).not.toContain('kiosk-config');
  });

  it('uses the N-API prebuilds of the native modules (no rebuild for Electron) and unpacks them from the asar', async () => {
    const c = await builderConfig();
    expect(c).toMatchObject({ asar: true, npmRebuild: false, nodeGypRebuild: false, buildDependenciesFromSource: false });
    expect(c.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**', 'node_modules/@serialport/**', 'node_modules/node-hid/**']));
    const nm = join(REPO, 'node_modules');
    const pkg = (name: string) => JSON.parse(readFileSync(join(nm, name, 'package.json'), 'utf8'));
    // N-API builds: better-sqlite3 compiles with NAPI_VERSION (its binding.gyp) and ships no install
    // step; serialport and node-hid declare their N-API versions.
    expect(readFileSync(join(nm, 'better-sqlite3', 'binding.gyp'), 'utf8')).toMatch(/NAPI_VERSION=\d+/);
    expect(pkg('better-sqlite3').gypfile).toBe(false);
    expect(pkg('@serialport/bindings-cpp').binary.napi_versions.length).toBeGreaterThan(0);
    expect(pkg('node-hid').binary.napi_versions.length).toBeGreaterThan(0);
    for (const platform of ['win32-x64', 'linux-x64']) {
      expect(existsSync(join(nm, 'better-sqlite3', 'prebuilds', `${platform}.node`)), `better-sqlite3 ${platform}`).toBe(true);
      const serial = readdirSync(join(nm, '@serialport', 'bindings-cpp', 'prebuilds', platform));
      expect(serial.some((f) => f.endsWith('.node')), `serialport ${platform}`).toBe(true);
    }
    expect(readdirSync(join(nm, 'node-hid', 'prebuilds'))).toEqual(expect.arrayContaining(['HID-win32-x64', 'HID_hidraw-linux-x64']));
  });

  it('applies the fuses in an afterPack hook, not twice through electronFuses', async () => {
    const c = await builderConfig();
    expect(c.afterPack).toBe('./build-resources/after-pack.mjs');
    expect(c.electronFuses ?? null).toBeNull();
    expect(existsSync(join(REPO, c.afterPack))).toBe(true);
  });
});

describe('Electron fuses', () => {
  it('are set for a kiosk: no RunAsNode, no NODE_OPTIONS, no inspector, cookies encrypted, asar only, no file:// privileges', () => {
    expect(KIOSK_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('decide every fuse @electron/fuses knows, and require all of them at build time', () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(KIOSK_FUSES).sort()).toEqual(known.sort());
    const win = fuseConfigFor('win32', { FuseV1Options, FuseVersion });
    expect(win).toMatchObject({ version: FuseVersion.V1, strictlyRequireAllFuses: true });
    expect(Object.keys(win).filter((k) => /^\d+$/.test(k))).toHaveLength(known.length);
    expect(() => fuseConfigFor('win32', { FuseV1Options: { ...FuseV1Options, NewFuse: 99 }, FuseVersion })).toThrow(/NewFuse is not decided/);
  });

  it('turn ASAR integrity on where Electron supports it (Windows, macOS) and leave it off on Linux', () => {
    expect(ASAR_INTEGRITY_PLATFORMS).toEqual(['win32', 'darwin', 'mas']);
    expect(fuseConfigFor('win32', { FuseV1Options, FuseVersion })[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('linux', { FuseV1Options, FuseVersion })[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
    for (const p of ['win32', 'linux']) {
      const c = fuseConfigFor(p, { FuseV1Options, FuseVersion });
      expect(c[FuseV1Options.RunAsNode]).toBe(false);
      expect(c[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    }
  });

  it('the afterPack hook hands electron-builder exactly that configuration for the platform being packed', async () => {
    const flipped: unknown[] = [];
    const context = { electronPlatformName: 'win32', appOutDir: '/tmp/win-unpacked', packager: { addElectronFuses: async (ctx: unknown, fuses: unknown) => void flipped.push([ctx, fuses]) } };
    await afterPack(context);
    expect(flipped).toEqual([[context, fuseConfigFor('win32', { FuseV1Options, FuseVersion })]]);
  });
});
