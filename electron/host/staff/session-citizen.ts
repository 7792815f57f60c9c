import { cardExpiry as expiryFromLaw } from '../../../drivers/cccd';
import { IdentityView } from '../../api/identity';
import type { CitizenSessions } from '../session/citizen-sessions';
import type { CitizenFacts } from './readiness/readiness-rules';

/** The identified citizen of the kiosk's current session, as the staff area needs it. */
export interface SessionCitizenData {
  readonly source: 'chip' | 'qr';
  readonly facts: CitizenFacts;
  /** For a referral the citizen consents to; null when the source did not give it. */
  readonly fullName: string | null;
}

/**
 * Where the staff area finds card data the citizen session already read (chip or QR), after the
 * citizen's consent. Returns null when there is none usable (no session, no consent, no date of birth).
 */
export interface SessionCitizenSource {
  current(): SessionCitizenData | null;
  /**
   * Staff are working with this citizen's card data (a readiness check, a record, a referral): that is
   * activity of the citizen's session, so its idle wipe does not pull the data from under them.
   */
  touch?(): void;
}

/**
 * Default source: the session store's 'identity' entry, either an IdentityView (electron/api/identity)
 * or an object whose `state()` returns `{ consent, identity }` (host/identity's CitizenIdentity).
 * The view is parsed, never trusted: anything else reads as "no citizen".
 */
export function sessionStoreCitizen(sessions: CitizenSessions, key = 'identity'): SessionCitizenSource {
  return {
    current() {
      const entry = sessions.data()?.store.get(key);
      let candidate: unknown = entry;
      if (entry && typeof entry === 'object' && 'state' in entry && typeof (entry as { state: unknown }).state === 'function') {
        const state = (entry as { state(): { consent?: string; identity?: unknown } }).state();
        if (state.consent !== 'given') return null;
        candidate = state.identity;
      }
      const parsed = IdentityView.safeParse(candidate);
      return parsed.success ? citizenFromIdentity(parsed.data) : null;
    },
    touch: () => sessions.activity(),
  };
}

/** Maps a session identity to readiness facts; a typed ID alone (no date of birth) is not enough. */
export function citizenFromIdentity(v: IdentityView): SessionCitizenData | null {
  if (v.source === 'typed' || !v.dateOfBirth || v.integrity !== 'ok') return null;
  let expiry: string | null | undefined;
  if (v.expiry.kind === 'date') expiry = v.expiry.date;
  else if (v.expiry.kind === 'none') expiry = null;
  else if (v.dateOfIssue) {
    // The QR has no expiry; the laws give it from the date of birth and the issue date (cccd.md).
    const derived = expiryFromLaw({ dateOfBirth: v.dateOfBirth, issueDate: v.dateOfIssue });
    expiry = derived.kind === 'none' ? null : derived.date;
  }
  return {
    source: v.source,
    fullName: v.fullName,
    facts: {
      idNumber: v.idNumber,
      dateOfBirth: v.dateOfBirth,
      cardExpiry: expiry,
      // Both a chip read and the QR on the card mean a chip card (the old barcode cards had no such QR).
      cardKind: 'chip',
      passiveAuth: v.passiveAuth,
    },
  };
}

/** A fixed citizen, for tests and the demo. */
export const fixedCitizen = (data: SessionCitizenData | null): SessionCitizenSource => ({ current: () => data });
