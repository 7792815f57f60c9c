import { join } from 'node:path';
import { loadCardProfile, type CardProfile } from '../../../drivers/sim/card-profile/index';
import type { VirtualCard } from '../../../drivers/sim/virtual-card';
import { cardQrPayload, virtualCardFromProfile } from '../../../drivers/sim/simulated-card';
import { readdirSync } from 'node:fs';
import type { SimCardProfile } from '../../api/identity';
import type { CardSimulatorControl } from './card-reader-device';

/** Where a simulated card is put: the virtual PN532's field. */
export interface CardSlot {
  insertCard(card: VirtualCard): void;
  removeCard(): void;
}

/**
 * The demo's card: profiles from the simulator's folder, "tapped" onto the in-process virtual PN532.
 * Profiles are loaded on first use and kept (they are small; the portrait is a few KB).
 */
export class SimulatedCardControl implements CardSimulatorControl {
  private readonly cache = new Map<string, CardProfile>();
  private onReader: string | null = null;

  constructor(
    private readonly slot: CardSlot,
    private readonly cardsDir: string,
    private readonly defaultProfile: string,
  ) {}

  async profiles(): Promise<SimCardProfile[]> {
    let files: string[] = [];
    try {
      files = readdirSync(this.cardsDir).filter((f) => f.endsWith('.json')).sort();
    } catch {
      return [];
    }
    const listed: SimCardProfile[] = [];
    for (const id of files.map((f) => f.replace(/\.json$/, ''))) {
      const profile = await this.load(id).catch((e: Error) => console.warn(`[sim] ${e.message}`));
      if (profile) listed.push({ id, fullName: profile.fullName, yearOfBirth: Number(profile.dateOfBirth.slice(0, 4)), isDefault: id === this.defaultProfile });
    }
    return listed;
  }

  async tap(profileId?: string): Promise<void> {
    const profile = await this.load(profileId ?? this.defaultProfile);
    this.slot.insertCard(virtualCardFromProfile(profile));
    this.onReader = profile.id;
  }

  async remove(): Promise<void> {
    this.slot.removeCard();
    this.onReader = null;
  }

  async qrPayload(profileId?: string): Promise<string> {
    return cardQrPayload(await this.load(profileId ?? this.onReader ?? this.defaultProfile));
  }

  /** Loads (and caches) a profile; the default one is loaded at start so a scan works at once. */
  async load(id: string): Promise<CardProfile> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const r = await loadCardProfile(join(this.cardsDir, `${id}.json`));
    if (!r.ok) throw new Error(`card profile ${id}: ${r.error.code} ${r.error.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.cache.set(id, r.value);
    return r.value;
  }
}
