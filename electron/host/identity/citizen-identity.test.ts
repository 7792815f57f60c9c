import { describe, expect, it, vi } from 'vitest';
import type { CardReadRequest, CardReadResult } from '../../../drivers/card/card-read';
import { classifyScan, decodeScanBytes } from '../../../drivers/qr/index';
import { damagePayload, type DamageKind } from '../../../drivers/sim/scanner/index';
import { err, ok, type DriverError, type Result } from '../../../drivers/result';
import type { IdentityState } from '../../api/identity';
import { ApiFailure } from '../api/api-failure';
import { MemoryCardReader } from '../devices/memory-card-reader';
import { cardQrOutcome, type CardQrOutcome } from './card-qr-outcome';
import { CitizenIdentity } from './citizen-identity';

const QR = '001093012345|123456789|Nguyễn Văn Minh|05011993|Nam|Số 8, Phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội|20042021';

function qrFields(text = QR) {
  const r = classifyScan(text);
  if (r.kind !== 'cccd') throw new Error('fixture is not a card QR');
  return r.fields;
}

/** What the identity module hands over for a card QR that arrived with `damage`. */
function damagedQr(damage: DamageKind, text = QR): CardQrOutcome {
  const d = decodeScanBytes(damagePayload(text, damage));
  const outcome = cardQrOutcome(classifyScan(d.text, { invalidUtf8: d.utf8 === 'invalid' }));
  if (!outcome || outcome.kind === 'clean') throw new Error('fixture is not a damaged card QR');
  return outcome;
}

function chipResult(idNumber = '001093012345'): CardReadResult {
  return {
    method: 'PACE-CAN',
    dg13: { idNumber, fullName: 'Nguyễn Văn Minh', dateOfBirth: '1993-01-05', sex: 'male', nationality: 'Việt Nam', placeOfOrigin: 'Hà Nội', placeOfResidence: 'Phường Hoàn Kiếm, Hà Nội', dateOfIssue: '2021-04-20', dateOfExpiry: '2033-01-05', ethnicity: 'Kinh', unknownFields: [], problems: [] },
    passiveAuthentication: { status: 'verified', dataGroupHashes: [] },
    stats: { apdus: 10, bytesRead: 1000, milliseconds: 500, failedAccessAttempts: 0, reauthentications: 0, chunkSize: 223 },
  };
}


const flush = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const reader = new MemoryCardReader();
  const states: IdentityState[] = [];
  const identity = new CitizenIdentity(reader, () => undefined, (s) => states.push(s));
  /** The citizen puts the card on the reader and the chip answers with `answer`. */
  const placeCard = async (answer: Result<CardReadResult, DriverError> = ok(chipResult())) => {
    reader.present = true;
    reader.answers.push(answer);
    identity.cardPresence(true);
    await flush();
  };
  return { reader, states, identity, placeCard, last: () => states.at(-1)! };
}

describe('CitizenIdentity', () => {
  it('holds a QR scanned before consent, uses it after consent, and reads the chip with the derived CAN', async () => {
    const { reader, identity, placeCard, last } = setup();
    identity.qrScanned(qrFields());
    expect(last()).toMatchObject({ consent: 'not-asked', pendingIdentification: true, identity: null });
    identity.giveConsent(true);
    expect(last()).toMatchObject({ consent: 'given', identity: { source: 'qr', idNumber: '001093012345', fullName: 'Nguyễn Văn Minh' }, read: { state: 'waiting-for-card' } });
    await placeCard();
    expect(reader.requests[0]!.can).toBe('012345');
    expect(reader.requests[0]!.mrzCandidates![0]).toMatchObject({ documentNumber: '093012345', dateOfBirth: '930105' });
    expect(reader.requests[0]!.files).toEqual(['DG1', 'DG13', 'SOD']);
    expect(last()).toMatchObject({ read: { state: 'done' }, identity: { source: 'chip', passiveAuth: 'verified', expiry: { kind: 'date', date: '2033-01-05' } } });
    // Ethnicity was in DG13 but never reaches the view.
    expect(JSON.stringify(last())).not.toContain('Kinh');
  });

  it('drops everything on a refusal and refuses identification calls without consent', () => {
    const { identity, last } = setup();
    identity.qrScanned(qrFields());
    identity.giveConsent(false);
    expect(last()).toMatchObject({ consent: 'refused', pendingIdentification: false, identity: null });
    expect(() => identity.enterId('001093012345')).toThrow(ApiFailure);
    identity.qrScanned(qrFields());
    expect(last().identity).toBeNull();
  });

  it('asks for the QR or the ID when the card comes first, then reads with the typed ID', async () => {
    const { reader, identity, last } = setup();
    reader.present = true;
    identity.cardPresence(true);
    expect(last()).toMatchObject({ pendingIdentification: true, cardPresent: true });
    identity.giveConsent(true);
    expect(last()).toMatchObject({ identity: null, read: { state: 'idle' } });
    reader.answers.push(ok(chipResult()));
    identity.enterId('001093012345');
    await flush();
    expect(reader.requests[0]!.mrzCandidates).toEqual([]);
    expect(last()).toMatchObject({ read: { state: 'done' }, identity: { source: 'chip' } });
  });

  it('reports a lifted card as retryable and reads again when it is put back', async () => {
    const { reader, identity, last } = setup();
    identity.giveConsent(true);
    reader.present = true;
    reader.answers.push(err('card.removed', 'lifted'));
    identity.enterId('001093012345');
    await flush();
    expect(last().read).toEqual({ state: 'failed', code: 'card.removed', retryable: true });
    reader.answers.push(ok(chipResult()));
    identity.cardPresence(true);
    await flush();
    expect(last().read).toEqual({ state: 'done' });
    expect(reader.requests).toHaveLength(2);
  });

  it('says "wrong card" when the chip belongs to someone else than the QR', async () => {
    const { reader, identity, last } = setup();
    identity.giveConsent(true);
    identity.qrScanned(qrFields());
    reader.present = true;
    reader.answers.push(ok(chipResult('001093099999')));
    identity.readCard(false);
    await flush();
    expect(last().read).toEqual({ state: 'failed', code: 'card.mismatch', retryable: true });
    expect(last().identity).toMatchObject({ source: 'qr', idNumber: '001093012345' });
  });

  it('reads the portrait only when asked, and cancels a running read on dispose', async () => {
    const { reader, identity, states } = setup();
    identity.giveConsent(true);
    identity.qrScanned(qrFields());
    reader.present = true;
    let release!: (r: Result<CardReadResult, DriverError>) => void;
    reader.read = vi.fn((request: CardReadRequest) => {
      reader.requests.push(request);
      return new Promise<Result<CardReadResult, DriverError>>((r) => (release = r));
    });
    identity.readCard(true);
    expect(reader.requests.at(-1)!.files).toContain('DG2');
    const signal = reader.requests.at(-1)!.signal!;
    const before = states.length;
    identity.dispose();
    expect(signal.aborted).toBe(true);
    release(ok(chipResult()));
    await flush();
    expect(states.length).toBe(before);
  });

  it('a wedge-damaged QR still opens the chip with its ID: the chip gives the name, nothing damaged is kept', async () => {
    const { reader, identity, placeCard, last, states } = setup();
    identity.giveConsent(true);
    identity.cardQrScanned(damagedQr('cp1252'));
    expect(last()).toMatchObject({
      identity: { source: 'qr', integrity: 'damaged', idNumber: '001093012345', fullName: null, placeOfResidence: null, sex: null },
      read: { state: 'waiting-for-card' },
      qrProblem: { problem: 'damaged', next: 'place-card', offerRescan: false, scannerModeHint: true },
    });
    await placeCard();
    expect(reader.requests[0]!.can).toBe('012345');
    expect(reader.requests[0]!.mrzCandidates![0]).toMatchObject({ documentNumber: '093012345', dateOfBirth: '930105' });
    expect(last()).toMatchObject({ read: { state: 'done' }, identity: { source: 'chip', fullName: 'Nguyễn Văn Minh', integrity: 'ok' } });
    expect(last().qrProblem).toBeUndefined();
    // Not one state carried the garbled text ("Nguyá»…n" and the like).
    expect(JSON.stringify(states)).not.toMatch(/Ã|á»|Phá|Nguy[^ễ]/);
  });

  it('holds a damaged QR scanned before consent and goes on to the chip once consent is given', () => {
    const { identity, last } = setup();
    identity.cardQrScanned(damagedQr('strip-marks'));
    expect(last()).toMatchObject({ consent: 'not-asked', pendingIdentification: true, identity: null });
    identity.giveConsent(true);
    expect(last()).toMatchObject({ identity: { idNumber: '001093012345', integrity: 'damaged' }, read: { state: 'waiting-for-card' }, qrProblem: { next: 'place-card' } });
  });

  it('a QR with an unusable ID asks for the keypad: no access key, and the typed ID then supersedes the problem', async () => {
    const { reader, identity, last } = setup();
    identity.giveConsent(true);
    const outcome = damagedQr('cp1252', QR.replace('001093012345', '001094012345'));
    expect(outcome.kind).toBe('unusable');
    identity.cardQrScanned(outcome);
    expect(last()).toMatchObject({ identity: null, read: { state: 'idle' }, qrProblem: { problem: 'damaged', next: 'type-id', scannerModeHint: true } });
    expect(() => identity.readCard(false)).toThrow(ApiFailure);
    reader.present = true;
    reader.answers.push(ok(chipResult()));
    identity.enterId('001093012345');
    expect(last().qrProblem).toBeUndefined();
    await flush();
    expect(last()).toMatchObject({ read: { state: 'done' }, identity: { source: 'chip' } });
  });

  it('a clean QR whose ID disagrees with its date of birth is not used either', () => {
    const { identity, last } = setup();
    identity.giveConsent(true);
    const outcome = cardQrOutcome(classifyScan(QR.replace('001093012345', '001193012345')));
    identity.cardQrScanned(outcome!);
    expect(last()).toMatchObject({ identity: null, read: { state: 'idle' }, qrProblem: { problem: 'id-inconsistent', next: 'type-id' } });
  });

  it('a later clean QR clears the problem; an unusable QR does not undo a finished chip read', async () => {
    const { reader, identity, last } = setup();
    identity.giveConsent(true);
    identity.cardQrScanned(damagedQr('question-marks', QR.replace('001093012345', '001094012345')));
    identity.qrScanned(qrFields());
    expect(last().qrProblem).toBeUndefined();
    expect(last().identity).toMatchObject({ source: 'qr', integrity: 'ok' });
    reader.present = true;
    reader.answers.push(ok(chipResult()));
    identity.readCard(false);
    await flush();
    identity.cardQrScanned(damagedQr('cp1252', QR.replace('001093012345', '001094012345')));
    expect(last()).toMatchObject({ read: { state: 'done' }, identity: { source: 'chip' } });
  });
});
