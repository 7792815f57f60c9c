import { loadTrustStore, type TrustStore } from '../../../drivers/emrtd/pa/trust-store';
import type { ScanResult } from '../../../drivers/qr/index';
import { damagePayload } from '../../../drivers/sim/scanner/index';
import type { IdentityState, ScanNotice } from '../../api/identity';
import { ApiFailure } from '../api/api-failure';
import type { CoreContext, CoreModule } from '../core-module';
import { cardQrOutcome, type CardQrOutcome } from './card-qr-outcome';
import { CitizenIdentity } from './citizen-identity';
import { trustStoreForReader } from './trust-policy';

const IDENTITY_KEY = 'identity';

/**
 * Identification at the citizen face: scans and card taps go to the current citizen session (starting
 * one when the citizen arrives with a card), never to logs. Personal data lives in the session's
 * CitizenIdentity and goes with the session's wipe.
 */
export async function createIdentityModule(ctx: CoreContext): Promise<CoreModule> {
  const { sessions, events, devices } = ctx;
  const reader = devices.cardReader;
  const scanner = devices.scanner;
  let trustStore: TrustStore | undefined;

  const current = (create: boolean): CitizenIdentity | null => {
    let data = sessions.data();
    if (!data) {
      if (!create) return null;
      data = sessions.start();
    }
    let identity = data.store.get(IDENTITY_KEY) as CitizenIdentity | undefined;
    if (!identity) {
      identity = new CitizenIdentity(reader, () => trustStore, (state) => {
        // Counted for the ward's reports ("sessions with the card read"): how, never who. A damaged QR's
        // bare ID identifies nobody yet: the chip read that follows is what counts.
        const by = state.identity?.integrity === 'ok' ? state.identity.source : null;
        if (by === 'chip' || by === 'qr') sessions.identified(by);
        events.emit('identity.changed', state);
      });
      data.store.set(IDENTITY_KEY, identity);
    }
    return identity;
  };

  // The wipe disposes the session's CitizenIdentity (CitizenSessions.end); faces learn the cleared state.
  const unsubscribeWipe = events.subscribe(['citizen'], (name) => {
    if (name !== 'session.wiped') return;
    events.emit('identity.changed', stateNow());
  });

  const onScan = (scan: ScanResult) => {
    const outcome = cardQrOutcome(scan);
    if (outcome?.kind === 'clean') {
      current(true)!.qrScanned(outcome.fields);
      sessions.activity();
      return;
    }
    // A card QR that cannot be used as it is: the ID that survived opens the chip, or the citizen types
    // it; the session keeps nothing of the damaged text (never logged, never emitted).
    if (outcome) current(true)!.cardQrScanned(outcome);
    sessions.activity();
    // The face words it: a link, a code, plain text, or what to do about the card QR.
    events.emit('scan.notice', scanNotice(scan, outcome));
  };

  const unsubscribeScan = scanner.onScan(onScan);
  const unsubscribeCard = reader.onCardPresence((present) => {
    const identity = current(present);
    identity?.cardPresence(present);
    if (present) sessions.activity();
  });

  /** The session's identification, or the empty state when no session runs (after a wipe too). */
  function stateNow(): IdentityState {
    return current(false)?.state() ?? { consent: 'not-asked', pendingIdentification: false, cardPresent: reader.cardPresent(), identity: null, read: { state: 'idle' } };
  }
  const requireSession = () => {
    const identity = current(false);
    if (!identity) throw new ApiFailure('session.none');
    return identity;
  };
  const simCard = () => {
    const sim = reader.simulator();
    if (!sim) throw new ApiFailure('sim.not-simulated');
    return sim;
  };

  return {
    name: 'identity',
    async start() {
      const loaded = await loadTrustStore(ctx.loaded.config.trustStore.dir);
      if (loaded.ok) {
        const { devices: { cardReader }, trustStore: { allowTestAuthorities } } = ctx.loaded.config;
        const readerKind = cardReader.type === 'simulated' ? 'simulated' : allowTestAuthorities ? 'test-authorities-allowed' : 'real';
        const policy = trustStoreForReader(loaded.value, readerKind);
        trustStore = policy.store;
        if (policy.dropped.length) console.warn(`[identity] TEST authorities ignored with a real card reader: ${policy.dropped.join(', ')} (kiosk-config trustStore.dir still points at the simulator's store?)`);
      } else console.warn(`[identity] trust store not loaded (${loaded.error.code}): passive authentication will answer not-checkable`);
    },
    async stop() {
      unsubscribeScan();
      unsubscribeCard();
      unsubscribeWipe();
    },
    handlers: {
      'identity.get': () => stateNow(),
      'identity.consent': ({ given }) => {
        const identity = current(true)!;
        if (given) identity.askAgain();
        return identity.giveConsent(given);
      },
      'identity.enterId': ({ idNumber }) => requireSession().enterId(idNumber),
      'identity.readCard': ({ photo }) => requireSession().readCard(photo),
      'identity.cancelRead': () => {
        const identity = requireSession();
        identity.cancelRead();
        return identity.state();
      },
      'scan.wedge': ({ text }) => {
        onScan(scanner.classifyText(text));
        return {};
      },
      'sim.cardProfiles': () => simCard().profiles(),
      'sim.tapCard': async ({ profile }) => {
        await simCard().tap(profile);
        return {};
      },
      'sim.removeCard': async () => {
        await simCard().remove();
        return {};
      },
      'sim.scan': async (input) => {
        const sim = scanner.simulator();
        if (!sim) throw new ApiFailure('sim.not-simulated');
        if ('payload' in input) await sim.emit(input.payload);
        else {
          const qr = await simCard().qrPayload(input.profile);
          await sim.emit(input.preset === 'card-qr' ? qr : damagePayload(qr, 'cp1252'));
        }
        return {};
      },
    },
  };
}

/** What the face is told about a scan: its kind and damage reasons, a link's host or a code; never a card's text. */
export function scanNotice(scan: ScanResult, outcome: CardQrOutcome | null): ScanNotice {
  return {
    kind: scan.kind,
    integrity: scan.integrity.status,
    reasons: scan.integrity.status === 'damaged' ? [...scan.integrity.reasons] : [],
    ...(scan.kind === 'url' ? { summary: scan.fields.host, ...(scan.fields.linkPolicy === 'accepted' ? { href: scan.fields.href } : {}) } : {}),
    ...(scan.kind === 'dossier-code' ? { summary: scan.fields.code } : {}),
    ...(outcome && outcome.kind !== 'clean' ? { cardQr: outcome.problem } : {}),
  };
}
