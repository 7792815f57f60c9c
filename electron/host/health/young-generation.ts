import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's young generation at its starting size in the kiosk's long-running core.
 *
 * Loading the catalogue (hundreds of procedure files parsed and validated) allocates fast and much of it
 * survives, so V8 doubles the young generation's semi-spaces up to 16 MB each and keeps them committed
 * afterwards: ~30 MB resident that the idle kiosk never gives back (bench:start, core idle for 30 s: about
 * 150 MB with the default, 118–131 MB with this; the target is 150 MB). With a growth factor of 1 the
 * semi-spaces stay small and survivors are promoted sooner; the first load of the real catalogue was no
 * slower for it (about 490 ms against 535 ms).
 *
 * V8 reads `semi_space_growth_factor` each time it would grow the new space, so setting it once the
 * process runs takes effect; it must be set before the catalogue loads. Only `serve` and the Electron
 * main process call this: batch commands such as `content import-portal` keep V8's defaults.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
