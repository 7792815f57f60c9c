import { describe, expect, it } from 'vitest';
import { defaultTestPki } from '../../../drivers/sim/card-profile/index';
import { trustStoreFromFiles } from '../../../drivers/emrtd/pa/index';
import { trustStoreForReader } from './trust-policy';

describe('trustStoreForReader', () => {
  it('lets the simulator\'s TEST CSCA vouch for simulated cards only', () => {
    const pki = defaultTestPki();
    const store = trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: pki.csca.der }]);
    expect(store.entries).toHaveLength(1);
    expect(trustStoreForReader(store, 'simulated')).toEqual({ store, dropped: [] });
    const real = trustStoreForReader(store, 'real');
    expect(real.store.entries).toEqual([]);
    expect(real.dropped).toEqual(['simulator-test-csca.der']);
    // A simulator on a serial link (tests, demonstrations) is allowed in so many words: trustStore.allowTestAuthorities.
    expect(trustStoreForReader(store, 'test-authorities-allowed').store.entries).toHaveLength(1);
  });
});
