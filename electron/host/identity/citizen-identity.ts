import { deriveChipAccess, type ChipAccess } from '../../../drivers/cccd/index';
import type { CardReadRequest } from '../../../drivers/card/card-read';
import type { TrustStore } from '../../../drivers/emrtd/pa/trust-store';
import type { CccdQrFields } from '../../../drivers/qr/index';
import type { CardQrProblem, CardReadState, IdentityState, IdentityView } from '../../api/identity';
import type { CardReaderDevice } from '../devices/card-reader-device';
import { ApiFailure } from '../api/api-failure';
import type { CardQrOutcome } from './card-qr-outcome';
import { identityFromChip, identityFromDamagedQr, identityFromQr, identityFromTypedId } from './identity-view';

/** Failures after which putting the card back (or trying again) can succeed. */
const RETRYABLE = new Set(['access.denied', 'card.removed', 'card.timeout', 'card.absent', 'card.cancelled', 'reader.timeout', 'pn532.timeout']);

/**
 * One citizen's identification within a session: consent first (privacy.md), then the QR or the typed
 * ID gives the chip's access key, then the chip is read when the card is on the reader. Owned by the
 * session: `dispose` (on wipe) cancels any read and drops everything.
 */
export class CitizenIdentity {
  private consent: IdentityState['consent'] = 'not-asked';
  /** A card QR scanned before consent, used once it is given. */
  private pendingQr: CardQrOutcome | null = null;
  /** Why the last card QR could not be used as it is (for the face's words); null when none. */
  private qrProblem: CardQrProblem | null = null;
  private cardFirst = false;
  private identity: IdentityView | null = null;
  private access: ChipAccess | null = null;
  private read: CardReadState = { state: 'idle' };
  private wantPhoto = false;
  private reading: AbortController | null = null;
  private disposed = false;
  private lastProgressAt = 0;

  constructor(
    private readonly reader: CardReaderDevice,
    private readonly trustStore: () => TrustStore | undefined,
    private readonly changed: (state: IdentityState) => void,
  ) {}

  state(): IdentityState {
    return {
      consent: this.consent,
      pendingIdentification: this.consent === 'not-asked' && (this.pendingQr !== null || this.cardFirst),
      cardPresent: this.reader.cardPresent(),
      identity: this.identity,
      read: this.read,
      ...(this.qrProblem ? { qrProblem: this.qrProblem } : {}),
    };
  }

  /** A clean card QR arrived (intact, its ID consistent with its date of birth). */
  qrScanned(fields: CccdQrFields): void {
    this.cardQrScanned({ kind: 'clean', fields });
  }

  /**
   * A card QR arrived, as cardQrOutcome judged it: clean (its fields), id-only (a damaged QR whose ID
   * still opens the chip: the ID alone is kept) or unusable (the citizen types the ID instead).
   */
  cardQrScanned(outcome: CardQrOutcome): void {
    if (this.consent === 'given') this.applyQr(outcome);
    else if (this.consent === 'not-asked') this.pendingQr = outcome;
    // After a refusal, card data is not used; the face offers to identify again (a new consent).
    this.emit();
  }

  cardPresence(present: boolean): void {
    if (present && this.consent === 'not-asked' && !this.pendingQr) this.cardFirst = true;
    if (present && this.consent === 'given' && this.access && (this.read.state === 'waiting-for-card' || (this.read.state === 'failed' && this.read.retryable))) {
      void this.startRead();
      return;
    }
    this.emit();
  }

  giveConsent(given: boolean): IdentityState {
    if (!given) {
      this.consent = 'refused';
      this.pendingQr = null;
      this.qrProblem = null;
      this.cardFirst = false;
      this.identity = null;
      this.access = null;
      this.cancelRead();
    } else {
      this.consent = 'given';
      const qr = this.pendingQr;
      this.pendingQr = null;
      if (qr) this.applyQr(qr);
    }
    this.emit();
    return this.state();
  }

  /** Asking again after a refusal (the citizen changed their mind): back to the consent screen. */
  askAgain(): void {
    if (this.consent === 'refused') this.consent = 'not-asked';
  }

  enterId(idNumber: string): IdentityState {
    this.requireConsent();
    const access = deriveChipAccess(idNumber);
    if (!access.ok) throw new ApiFailure('identity.id-invalid');
    this.access = access.value;
    this.identity = identityFromTypedId(idNumber);
    this.qrProblem = null;
    this.afterAccess();
    return this.state();
  }

  readCard(photo: boolean): IdentityState {
    this.requireConsent();
    if (!this.access) throw new ApiFailure('identity.no-access-key');
    this.wantPhoto = photo;
    if (this.reader.cardPresent()) void this.startRead();
    else {
      this.read = { state: 'waiting-for-card' };
      this.emit();
    }
    return this.state();
  }

  cancelRead(): void {
    this.reading?.abort();
    this.reading = null;
    if (this.read.state === 'reading' || this.read.state === 'waiting-for-card') this.read = { state: 'idle' };
  }

  dispose(): void {
    this.disposed = true;
    this.cancelRead();
    this.pendingQr = null;
    this.qrProblem = null;
    this.identity = null;
    this.access = null;
  }

  private requireConsent(): void {
    if (this.consent !== 'given') throw new ApiFailure('identity.no-consent');
  }

  private applyQr(outcome: CardQrOutcome): void {
    if (outcome.kind === 'clean') {
      const { fields } = outcome;
      const access = deriveChipAccess({ personalId: fields.personalId, dateOfBirth: fields.dateOfBirth, issueDate: fields.issueDate });
      this.identity = identityFromQr(fields, 'ok');
      this.access = access.ok ? access.value : null;
      this.qrProblem = null;
      this.afterAccess();
      return;
    }
    this.qrProblem = outcome.problem;
    if (outcome.kind === 'id-only') {
      // The damaged QR's ID passed its checks (digits survive every keyboard layout): CAN = its last 6
      // digits (cccd.md, "Opening the chip"); the date of birth, checked against the ID, gives BAC
      // candidates. The issue date is left out: it was not checked, and a wrong one only costs attempts.
      const access = deriveChipAccess({ personalId: outcome.personalId, dateOfBirth: outcome.dateOfBirth });
      if (access.ok) {
        this.identity = identityFromDamagedQr(outcome.personalId);
        this.access = access.value;
        this.afterAccess();
        return;
      }
    }
    // Nothing usable: the citizen places the card and types the ID (the card-first path). A person
    // already read from the chip, or a read under way, stays as it is.
    if (this.read.state === 'done' || this.read.state === 'reading') return;
    this.identity = null;
    this.access = null;
    this.read = { state: 'idle' };
  }

  private afterAccess(): void {
    this.cardFirst = false;
    if (this.reader.cardPresent()) void this.startRead();
    else {
      this.read = { state: 'waiting-for-card' };
      this.emit();
    }
  }

  private async startRead(): Promise<void> {
    if (!this.access || this.reading) return;
    const controller = new AbortController();
    this.reading = controller;
    this.read = { state: 'reading', progress: 0, step: 'access' };
    this.emit();
    const trustStore = this.trustStore();
    const request: CardReadRequest = {
      can: this.access.can,
      mrzCandidates: this.access.bacCandidates,
      files: this.wantPhoto ? ['DG1', 'DG13', 'DG2', 'SOD'] : ['DG1', 'DG13', 'SOD'],
      ...(trustStore ? { trustStore } : {}),
      signal: controller.signal,
      onProgress: (p) => {
        if (this.reading !== controller) return;
        // One event per step and at most ten a second: enough for a smooth bar, not a flood.
        const previous = this.read.state === 'reading' ? this.read : null;
        const now = Date.now();
        this.read = { state: 'reading', progress: p.fraction, step: p.step };
        if (previous && previous.step === p.step && now - this.lastProgressAt < 100) return;
        this.lastProgressAt = now;
        this.emit();
      },
    };
    const result = await this.reader.read(request);
    if (this.reading !== controller || this.disposed) return;
    this.reading = null;
    if (!result.ok) {
      this.read = { state: 'failed', code: result.error.code, retryable: RETRYABLE.has(result.error.code) };
    } else {
      const view = identityFromChip(result.value, this.wantPhoto);
      if (!view) this.read = { state: 'failed', code: 'card.unreadable', retryable: true };
      else if (this.identity && this.identity.idNumber !== view.idNumber) this.read = { state: 'failed', code: 'card.mismatch', retryable: true };
      else {
        this.identity = view;
        this.qrProblem = null;
        this.read = { state: 'done' };
      }
    }
    this.emit();
  }

  private emit(): void {
    if (!this.disposed) this.changed(this.state());
  }
}
