import type { TrustStore } from '../../../drivers/emrtd/pa/trust-store';
import { TEST_AUTHORITY_MARK } from '../../../drivers/sim/card-profile/index';

/**
 * The simulator's TEST CSCA sits in the demo trust store (kiosk-config/sim/trust-store) and its keys
 * come from a public seed: anyone can sign a card with it. It may vouch for the simulator's cards only.
 * With a real reader a TEST authority is dropped from the trust store (so a forged card is
 * `not-checkable`, never `verified`), and the caller logs which ones were dropped.
 */
export function trustStoreForReader(store: TrustStore, reader: 'simulated' | 'real' | 'test-authorities-allowed'): { store: TrustStore; dropped: string[] } {
  if (reader !== 'real') return { store, dropped: [] };
  const isTest = (subject: string) => subject.includes(TEST_AUTHORITY_MARK);
  const dropped = store.entries.filter((e) => isTest(e.summary.subject)).map((e) => e.file);
  return { store: { ...store, entries: store.entries.filter((e) => !isTest(e.summary.subject)) }, dropped };
}
