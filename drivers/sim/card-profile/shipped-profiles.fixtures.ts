import { fileURLToPath } from 'node:url';
import { loadCardProfile, type CardProfile } from './card-profile';

/** Absolute path of kiosk-config/sim/<relative> (tests only: the demo configuration's simulator data). */
export const simConfigPath = (relative: string): string => fileURLToPath(new URL(`../../../kiosk-config/sim/${relative}`, import.meta.url));

/** Loads one of the shipped profiles, e.g. 'nguyen-van-an'; throws when it does not load (a test failure). */
export async function shippedProfile(id: 'nguyen-van-an' | 'tran-thi-binh-60'): Promise<CardProfile> {
  const r = await loadCardProfile(simConfigPath(`cards/${id}.json`));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
  return r.value;
}
