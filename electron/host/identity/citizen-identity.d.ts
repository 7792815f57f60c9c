import type { TrustStore } from '../../../drivers/emrtd/pa/trust-store';
import type { CccdQrFields } from '../../../drivers/qr/index';
import type { IdentityState } from '../../api/identity';
import type { CardReaderDevice } from '../devices/card-reader-device';
/**
 * One citizen's identification within a session: consent first (privacy.md), then the QR or the typed
 * ID gives the chip's access key, then the chip is read when the card is on the reader. Owned by the
 * session: `dispose` (on wipe) cancels any read and drops everything.
 */
export declare class CitizenIdentity {
    private readonly reader;
    private readonly trustStore;
    private readonly changed;
    private consent;
    private pendingQr;
    private cardFirst;
    private identity;
    private access;
    private read;
    private wantPhoto;
    private reading;
    private disposed;
    private lastProgressAt;
    constructor(reader: CardReaderDevice, trustStore: () => TrustStore | undefined, changed: (state: IdentityState) => void);
    state(): IdentityState;
    /** A clean card QR arrived (damaged ones never reach here: the face asks for a rescan). */
    qrScanned(fields: CccdQrFields): void;
    cardPresence(present: boolean): void;
    giveConsent(given: boolean): IdentityState;
    /** Asking again after a refusal (the citizen changed their mind): back to the consent screen. */
    askAgain(): void;
    enterId(idNumber: string): IdentityState;
    readCard(photo: boolean): IdentityState;
    cancelRead(): void;
    dispose(): void;
    private requireConsent;
    private applyQr;
    private afterAccess;
    private startRead;
    private emit;
}
