import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyScan, decodeScanBytes, type ScanResult } from '../../../drivers/qr/index';
import { DAMAGE_KINDS, damagePayload, type DamageKind } from '../../../drivers/sim/scanner/index';
import { cardQrOutcome } from './card-qr-outcome';

const ADDRESS = 'Số 8, Phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội';
const QR = `001093012345|123456789|Nguyễn Văn Huỳnh|05011993|Nam|${ADDRESS}|20042021`;

/** The scan as a serial line or a keyboard wedge would deliver `text` after `damage`. */
function scanned(text: string, damage?: DamageKind): ScanResult {
  if (!damage) return classifyScan(text);
  const d = decodeScanBytes(damagePayload(text, damage));
  return classifyScan(d.text, { invalidUtf8: d.utf8 === 'invalid' });
}

describe('cardQrOutcome', () => {
  it('a clean card QR with a consistent ID goes on with its fields', () => {
    const outcome = cardQrOutcome(scanned(QR));
    expect(outcome).toMatchObject({ kind: 'clean', fields: { personalId: '001093012345', fullName: 'Nguyễn Văn Huỳnh' } });
  });

  // Every damage the simulator reproduces leaves the digits intact: the ID opens the chip.
  it.each([
    ['cp1252', true],
    ['latin1', true],
    ['big5', true],
    ['strip-marks', true],
    ['question-marks', true],
    ['invalid-utf8', false],
  ] as const)('damage %s: the checked ID goes on to the chip (staff hint: %s), nothing of the text is kept', (damage, wedge) => {
    const outcome = cardQrOutcome(scanned(QR, damage));
    expect(outcome).toEqual({
      kind: 'id-only',
      personalId: '001093012345',
      dateOfBirth: '1993-01-05',
      problem: { problem: 'damaged', next: 'place-card', offerRescan: false, scannerModeHint: wedge },
    });
    expect(JSON.stringify(outcome)).not.toMatch(/Nguy|Hu|Ph/);
  });

  it('covers every damage kind the simulator has', () => {
    expect([...DAMAGE_KINDS].sort()).toEqual(['big5', 'cp1252', 'invalid-utf8', 'latin1', 'question-marks', 'strip-marks']);
  });

  it('a damaged QR whose ID disagrees with the date of birth asks for the keypad: rescan only for a bad read', () => {
    // 1994 in the ID, 1993 in the date of birth.
    const inconsistent = QR.replace('001093012345', '001094012345');
    expect(cardQrOutcome(scanned(inconsistent, 'cp1252'))).toEqual({
      kind: 'unusable',
      problem: { problem: 'damaged', next: 'type-id', offerRescan: false, scannerModeHint: true },
    });
    expect(cardQrOutcome(scanned(inconsistent, 'invalid-utf8'))).toEqual({
      kind: 'unusable',
      problem: { problem: 'damaged', next: 'type-id', offerRescan: true, scannerModeHint: false },
    });
  });

  it('a clean QR whose ID is inconsistent (sex/century digit or birth year) is not used: the keypad instead', () => {
    for (const id of ['001193012345' /* female digit, "Nam" */, '001293012345' /* born 2093 */, '001095012345' /* 1995 */]) {
      expect(cardQrOutcome(scanned(QR.replace('001093012345', id))), id).toEqual({
        kind: 'unusable',
        problem: { problem: 'id-inconsistent', next: 'type-id', offerRescan: false, scannerModeHint: false },
      });
    }
  });

  it('a damaged QR of another field count: its first field opens the chip unless the date of birth contradicts it', () => {
    // A bad read that also lost the last fields.
    const cut = '001093012345|123456789|Nguy\uFFFDn Văn Huỳnh|05011993';
    expect(cardQrOutcome(scanned(cut))).toEqual({
      kind: 'id-only', personalId: '001093012345', dateOfBirth: '1993-01-05',
      problem: { problem: 'damaged', next: 'place-card', offerRescan: false, scannerModeHint: false },
    });
    expect(cardQrOutcome(scanned(cut.replace('05011993', '05011988')))).toEqual({
      kind: 'unusable', problem: { problem: 'damaged', next: 'type-id', offerRescan: true, scannerModeHint: false },
    });
    // A Big5 reading that swallowed a separator: no date where the old layout has it, the ID alone.
    expect(cardQrOutcome(scanned('001093012345|123456789|Nguy廙 Van|Nam|05011993|x|y|z'))).toMatchObject({
      kind: 'id-only', personalId: '001093012345', dateOfBirth: null, problem: { scannerModeHint: true, offerRescan: false },
    });
  });

  it('a clean QR of an unknown layout asks for the keypad, with a rescan when it looks cut short', () => {
    expect(cardQrOutcome(scanned('001093012345|123456789|Nguyễn Văn Huỳnh'))).toEqual({
      kind: 'unusable', problem: { problem: 'unknown-layout', next: 'type-id', offerRescan: true, scannerModeHint: false },
    });
    expect(cardQrOutcome(scanned('001093012345|a|b|c|d|e|f|g|h|i'))).toMatchObject({ kind: 'unusable', problem: { problem: 'unknown-layout' } });
  });

  it('is not about other scans', () => {
    for (const text of ['https://dichvucong.gov.vn/', 'H54.22-251123-0001', 'hello']) expect(cardQrOutcome(scanned(text))).toBeNull();
  });

  it('never throws, and only ever keeps a 12-digit ID from a scan', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('001093012345', '05011993', 'Nam', 'Nữ', '')), { maxLength: 9 }), (fields) => {
        const outcome = cardQrOutcome(classifyScan(fields.join('|')));
        if (outcome?.kind === 'id-only') expect(outcome.personalId).toMatch(/^\d{12}$/);
        return outcome === null || ['clean', 'id-only', 'unusable'].includes(outcome.kind);
      }),
    );
  });
});
