// Electron fuses for the kiosk build: flipped in the packaged Electron binary by the afterPack hook
// (after-pack.mjs), before signing. The one place these settings live; tests read this module.
// Reference: electronjs.org/docs/latest/tutorial/fuses and the Electron security checklist §19.

/** The kiosk's fuse choices, by the name @electron/fuses gives each fuse in FuseV1Options. */
export const KIOSK_FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed kiosk binary into a plain Node interpreter.
  RunAsNode: false,
  // Cookies of the embedded portal are encrypted with an OS key if they ever reach disk.
  EnableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS would let the environment inject code or trust roots.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger port into the main process.
  EnableNodeCliInspectArguments: false,
  // Validate app.asar against the hash embedded at packaging time (Windows ≥ Electron 30, macOS);
  // Linux does not support it, so it is switched on per platform by fuseConfigFor().
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded (no loose "app" folder next to it that could replace the code).
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app is served from app://kiosk, never file://: file pages need no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default; WebAssembly trap handlers are a stability feature, not an attack surface.
  WasmTrapHandlers: true,
});

/** Platforms where Electron validates ASAR integrity (electron/docs/tutorial/asar-integrity.md). */
export const ASAR_INTEGRITY_PLATFORMS = Object.freeze(['win32', 'darwin', 'mas']);

/**
 * The FuseV1 configuration for one platform, in @electron/fuses' format. Every fuse of the wire is
 * set and `strictlyRequireAllFuses` makes a new Electron fuse a build error until it is decided here.
 * @param {string} platform electron-builder's electronPlatformName: 'win32' | 'linux' | 'darwin' | 'mas'
 * @param {{ FuseV1Options: Record<string, number | string>, FuseVersion: Record<string, number | string> }} fuses the @electron/fuses module
 */
export function fuseConfigFor(platform, { FuseV1Options, FuseVersion }) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: platform === 'darwin' };
  for (const [name, value] of Object.entries(KIOSK_FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = name === 'EnableEmbeddedAsarIntegrityValidation' ? value && ASAR_INTEGRITY_PLATFORMS.includes(platform) : value;
  }
  for (const [name, index] of Object.entries(FuseV1Options)) {
    if (typeof index === 'number' && !(name in KIOSK_FUSES)) throw new Error(`fuse ${name} is not decided in build-resources/fuses.mjs`);
  }
  return config;
}
