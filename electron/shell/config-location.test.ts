import { describe, expect, it } from 'vitest';
import { kioskLocations } from './config-location';

const base = { resourcesPath: '/opt/Ward Kiosk/resources', packageRoot: '/src/kiosk' };

describe('kioskLocations', () => {
  it('uses the repository config in development', () => {
    expect(kioskLocations({ ...base, platform: 'linux', packaged: false, env: {} })).toEqual({ configFile: '/src/kiosk/kiosk-config/kiosk.json', dataDirOverride: null, seedFrom: null });
  });

  it('keeps an installed kiosk\'s config and data outside the app folder, so updates keep them', () => {
    const win = kioskLocations({ ...base, platform: 'win32', packaged: true, env: { ProgramData: 'D:\\ProgramData' } });
    expect(win).toEqual({ configFile: 'D:\\ProgramData\\WardKiosk\\config\\kiosk.json', dataDirOverride: 'D:\\ProgramData\\WardKiosk\\data', seedFrom: '/opt/Ward Kiosk/resources/kiosk-config-default' });
    const linux = kioskLocations({ ...base, platform: 'linux', packaged: true, env: {} });
    expect(linux).toMatchObject({ configFile: '/etc/ward-kiosk/kiosk.json', dataDirOverride: '/var/lib/ward-kiosk' });
    for (const l of [win, linux]) {
      expect(l.configFile.startsWith(base.resourcesPath)).toBe(false);
      expect(l.dataDirOverride!.startsWith(base.resourcesPath)).toBe(false);
    }
  });

  it('follows the folders the installer chose (machine environment variables)', () => {
    expect(kioskLocations({ ...base, platform: 'win32', packaged: true, env: { KIOSK_CONFIG: 'E:\\kiosk\\kiosk.json ', KIOSK_DATA_DIR: 'F:\\kiosk-data' } })).toMatchObject({
      configFile: 'E:\\kiosk\\kiosk.json', dataDirOverride: 'F:\\kiosk-data',
    });
    expect(kioskLocations({ ...base, platform: 'linux', packaged: false, env: { KIOSK_CONFIG: '/tmp/k.json', KIOSK_DATA_DIR: ' ' } })).toEqual({ configFile: '/tmp/k.json', dataDirOverride: null, seedFrom: null });
  });
});
