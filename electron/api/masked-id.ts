/**
 * How every face writes a masked ID number: the first 3 and the last 2 digits, the rest as "*"
 * ("001*******45"), enough for a citizen to recognise their card and for staff to tell records apart.
 * One definition for the citizen face, the staff face and the stored staff records (issue 13: the faces
 * wrote "001•••••••45" and "001*******45"). "*" because the masked ID also goes into CSV and XLSX reports.
 * A value too short to keep any digit is hidden entirely.
 */
export function maskIdNumber(id: string): string {
  return id.length < 6 ? '*'.repeat(id.length) : `${id.slice(0, 3)}${'*'.repeat(id.length - 5)}${id.slice(-2)}`;
}
