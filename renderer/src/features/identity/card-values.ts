import type { CardField } from '../../../../electron/api/content';
import type { IdentityView } from '../../../../electron/api/identity';

/** yyyy-mm-dd → dd/mm/yyyy, the way the card and the portal's forms write dates. */
export function formatCardDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * The value of one card field as the citizen would type it into the portal, or null when the card
 * (or the QR) does not give it. Parents' and spouse's names are not part of the identity the core
 * shares with the face, so they are always null here: the citizen reads them from their papers.
 */
export function cardFieldValue(view: IdentityView, field: CardField): string | null {
  switch (field) {
    case 'idNumber': return view.idNumber;
    case 'fullName': return view.fullName;
    case 'dateOfBirth': return view.dateOfBirth && formatCardDate(view.dateOfBirth);
    case 'sex': return view.sex;
    case 'nationality': return view.nationality;
    case 'placeOfOrigin': return view.placeOfOrigin;
    case 'placeOfResidence': return view.placeOfResidence;
    case 'issueDate': return view.dateOfIssue && formatCardDate(view.dateOfIssue);
    case 'expiryDate':
      return view.expiry.kind === 'date' ? formatCardDate(view.expiry.date) : view.expiry.kind === 'none' ? 'Không thời hạn' : null;
    case 'oldIdNumber': return view.oldIdNumber;
    case 'fatherName':
    case 'motherName':
    case 'spouseName':
      return null;
  }
}

/** First 3 and last 2 digits, the rest hidden: the one masking every face uses (api/masked-id.ts). */
export { maskIdNumber } from '../../../../electron/api/masked-id';
