import type { CardReadResult } from '../../../drivers/card/card-read';
import type { CccdQrFields } from '../../../drivers/qr/index';
import type { IdentityView } from '../../api/identity';
/** The card QR's fields as the face shows them. The QR carries no expiry and nothing is verified. */
export declare function identityFromQr(f: CccdQrFields, integrity: 'ok' | 'damaged'): IdentityView;
/** Only the number typed on the keypad: enough to open the chip (CAN), nothing else known yet. */
export declare function identityFromTypedId(idNumber: string): IdentityView;
/**
 * The chip's data (DG13, with DG1's MRZ for what DG13 lacks). Ethnicity and religion are never put in
 * the view; the photo only when it was read for a flow that needs it.
 */
export declare function identityFromChip(r: CardReadResult, withPhoto: boolean): IdentityView | null;
