import type { CardReadResult } from '../../../drivers/card/card-read';
import type { CccdQrFields } from '../../../drivers/qr/index';
import type { IdentityView, PassiveAuthStatus } from '../../api/identity';

const SEX = { male: 'Nam', female: 'Nữ' } as const;

/** The card QR's fields as the face shows them. The QR carries no expiry and nothing is verified. */
export function identityFromQr(f: CccdQrFields, integrity: 'ok' | 'damaged'): IdentityView {
  return {
    source: 'qr',
    idNumber: f.personalId,
    fullName: f.fullName,
    dateOfBirth: f.dateOfBirth,
    sex: f.sex ? SEX[f.sex] : null,
    nationality: null,
    placeOfOrigin: null,
    placeOfResidence: f.address,
    dateOfIssue: f.issueDate,
    expiry: { kind: 'unknown' },
    oldIdNumber: f.oldIdNumber,
    passiveAuth: 'not-read',
    integrity,
  };
}

/**
 * A card QR whose text was damaged but whose 12-digit ID passed its checks: the ID alone, to open the
 * chip with. Nothing of the garbled text (name, address, sex) is kept; the chip read replaces it.
 */
export function identityFromDamagedQr(idNumber: string): IdentityView {
  return { ...identityFromTypedId(idNumber), source: 'qr', integrity: 'damaged' };
}

/** Only the number typed on the keypad: enough to open the chip (CAN), nothing else known yet. */
export function identityFromTypedId(idNumber: string): IdentityView {
  return {
    source: 'typed', idNumber, fullName: null, dateOfBirth: null, sex: null, nationality: null, placeOfOrigin: null,
    placeOfResidence: null, dateOfIssue: null, expiry: { kind: 'unknown' }, oldIdNumber: null, passiveAuth: 'not-read', integrity: 'ok',
  };
}

/**
 * The chip's data (DG13, with DG1's MRZ for what DG13 lacks). Ethnicity and religion are never put in
 * the view; the photo only when it was read for a flow that needs it.
 */
export function identityFromChip(r: CardReadResult, withPhoto: boolean): IdentityView | null {
  const d = r.dg13;
  const idNumber = d?.idNumber ?? r.dg1?.mrz.vnPersonalId;
  if (!idNumber || !/^\d{12}$/.test(idNumber)) return null;
  const expiry: IdentityView['expiry'] =
    d?.dateOfExpiry === null ? { kind: 'none' } : d?.dateOfExpiry ? { kind: 'date', date: d.dateOfExpiry } : { kind: 'unknown' };
  const view: IdentityView = {
    source: 'chip',
    idNumber,
    fullName: d?.fullName ?? null,
    dateOfBirth: d?.dateOfBirth ?? null,
    sex: d?.sex ? SEX[d.sex] : null,
    nationality: d?.nationality ?? null,
    placeOfOrigin: d?.placeOfOrigin ?? null,
    placeOfResidence: d?.placeOfResidence ?? null,
    dateOfIssue: d?.dateOfIssue ?? null,
    expiry,
    oldIdNumber: d?.oldIdNumber ?? null,
    passiveAuth: r.passiveAuthentication.status as PassiveAuthStatus,
    integrity: 'ok',
  };
  if (withPhoto && r.face) view.photo = `data:${r.face.mimeType};base64,${Buffer.from(r.face.image).toString('base64')}`;
  return view;
}
