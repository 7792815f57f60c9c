// electron-builder afterPack hook: flips the kiosk's Electron fuses (fuses.mjs) in the packaged binary.
// It runs after the app is packed and before signing, as fuses must be (a signature covers the binary).
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { fuseConfigFor } from './fuses.mjs';

/** @param {{ electronPlatformName: string, appOutDir: string, packager: { addElectronFuses(context: unknown, fuses: unknown): Promise<unknown> } }} context */
export default async function afterPack(context) {
  const config = fuseConfigFor(context.electronPlatformName, { FuseV1Options, FuseVersion });
  await context.packager.addElectronFuses(context, config);
}
