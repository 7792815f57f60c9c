// The core must not use Electron (architecture.md): tsconfig.host.json maps the module "electron" to
// this file, so `import { app } from 'electron'` inside electron/host fails with TS2305.
export type ElectronIsNotAvailableInTheCore = never;
