import { beforeAll, describe, expect, it } from 'vitest';
import { parseDg1 } from '../../emrtd/lds/dg1';
import { parseDg13 } from '../../emrtd/lds/dg13';
import { parseDg14 } from '../../emrtd/lds/dg14';
import { parseDg2 } from '../../emrtd/lds/dg2';
import { parseEfCom } from '../../emrtd/lds/ef-com';
import { parseSecurityInfos } from '../../emrtd/lds/security-infos';
import { parseSod } from '../../emrtd/lds/sod';
import { buildCardFiles, CARD_FILE_IDS, cardSecrets, chipKeys } from './build-card-files';
import type { CardProfile } from './card-profile';
import { shippedProfile } from './shipped-profiles.fixtures';
import { defaultTestPki } from './test-pki';

let an: CardProfile;
let binh: CardProfile;
beforeAll(async () => {
  an = await shippedProfile('nguyen-van-an');
  binh = await shippedProfile('tran-thi-binh-60');
});
const file = (files: Map<number, Uint8Array>, fid: number) => files.get(fid) as Uint8Array;

describe('buildCardFiles', () => {
  it('writes every CCCD file under its FID, deterministically', () => {
    const files = buildCardFiles(an, defaultTestPki());
    expect([...files.keys()].sort((a, b) => a - b)).toEqual([0x0101, 0x0102, 0x0103, 0x010d, 0x010e, 0x010f, 0x011c, 0x011d, 0x011e]);
    const again = buildCardFiles(an, defaultTestPki());
    for (const [fid, bytes] of files) expect(Buffer.from(again.get(fid) ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('declares PACE ECDH-GM AES-128 with parameter 13 plus CA and TA in EF.CardAccess, as VN cards do', () => {
    const infos = parseSecurityInfos(file(buildCardFiles(an, defaultTestPki()), CARD_FILE_IDS.cardAccess));
    expect(infos.ok && infos.value.map((i) => i.kind)).toEqual(['pace', 'chip-authentication', 'terminal-authentication']);
    expect(infos.ok && infos.value[0]).toEqual({ kind: 'pace', protocol: '0.4.0.127.0.7.2.2.4.2.2', version: 2, parameterId: 13 });
  });

  it('lists DG1 DG2 DG3 DG13 DG14 DG15 in EF.COM and hashes all six in the SOD', () => {
    const files = buildCardFiles(an, defaultTestPki());
    expect(parseEfCom(file(files, CARD_FILE_IDS.com))).toMatchObject({ ok: true, value: { dataGroups: [1, 2, 3, 13, 14, 15] } });
    const sod = parseSod(file(files, CARD_FILE_IDS.sod));
    expect(sod.ok && [...sod.value.ldsSecurityObject.dataGroupHashes.keys()]).toEqual([1, 2, 3, 13, 14, 15]);
  });

  it('writes the VN TD1 MRZ (95-byte DG1) and the secrets that open the card', () => {
    const files = buildCardFiles(an, defaultTestPki());
    expect(file(files, CARD_FILE_IDS.dg1).length).toBe(95);
    const dg1 = parseDg1(file(files, CARD_FILE_IDS.dg1));
    expect(dg1.ok && dg1.value.checkDigitsValid).toBe(true);
    expect(dg1.ok && dg1.value.mrz).toMatchObject({ documentNumber: '093012345', vnPersonalId: '001093012345', surname: 'NGUYEN', givenNames: 'VAN AN', dateOfExpiry: '330105' });
    expect(cardSecrets(an)).toEqual({ can: '012345', mrz: { documentNumber: '093012345', dateOfBirth: '930105', dateOfExpiry: '330105' } });
  });

  it('writes a card without expiry for the elderly profile: DG13 null, MRZ fillers', () => {
    const files = buildCardFiles(binh, defaultTestPki());
    const dg13 = parseDg13(file(files, CARD_FILE_IDS.dg13));
    expect(dg13.ok && dg13.value).toMatchObject({ fullName: 'Trần Thị Bình', sex: 'female', dateOfBirth: '1960-03-15', dateOfExpiry: null, oldIdNumber: '023456789' });
    const dg1 = parseDg1(file(files, CARD_FILE_IDS.dg1));
    expect(dg1.ok && [dg1.value.mrz.dateOfExpiry, dg1.value.checkDigitsValid]).toEqual([null, true]);
    expect(cardSecrets(binh).mrz.dateOfExpiry).toBe('<<<<<<');
    expect(cardSecrets(binh).can).toBe('004321');
  });

  it('writes every DG13 field in Vietnamese UTF-8, sensitive ones only readable on request', () => {
    const dg13 = parseDg13(file(buildCardFiles(an, defaultTestPki()), CARD_FILE_IDS.dg13), { includeSensitive: true });
    expect(dg13.ok && dg13.value).toMatchObject({
      idNumber: an.idNumber,
      fullName: an.fullName,
      placeOfOrigin: an.placeOfOrigin,
      placeOfResidence: an.placeOfResidence,
      identifyingMarks: an.identifyingMarks,
      ethnicity: 'Kinh',
      religion: 'Không',
      fatherName: 'Nguyễn Văn Bảo',
      motherName: 'Lê Thị Cúc',
      spouseName: 'Phạm Thị Dung',
      dateOfIssue: '2021-04-10',
      problems: [],
    });
  });

  it('wraps the portrait JPEG in DG2 and the chip keys in DG14', () => {
    const files = buildCardFiles(an, defaultTestPki());
    const dg2 = parseDg2(file(files, CARD_FILE_IDS.dg2));
    expect(dg2.ok && dg2.value.faces.map((f) => [f.mimeType, f.width, f.height])).toEqual([['image/jpeg', 180, 240]]);
    expect(dg2.ok && Buffer.from(dg2.value.faces[0]?.image ?? []).equals(Buffer.from(an.portraitJpeg))).toBe(true);
    const dg14 = parseDg14(file(files, CARD_FILE_IDS.dg14));
    const pk = dg14.ok ? dg14.value.securityInfos.find((i) => i.kind === 'chip-authentication-public-key') : undefined;
    expect(pk?.kind === 'chip-authentication-public-key' && Buffer.from(pk.publicKey).equals(Buffer.from(chipKeys(an).chipAuthentication.publicKey))).toBe(true);
  });

  it('refuses to tamper with a DG the card does not have', () => {
    expect(() => buildCardFiles(an, defaultTestPki(), { tamperDataGroup: 11 })).toThrow(RangeError);
  });
});
