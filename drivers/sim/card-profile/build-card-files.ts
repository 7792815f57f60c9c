import { formatTd1, toMrzText } from '../../emrtd/lds/mrz';
import { SECURITY_OIDS } from '../../emrtd/lds/security-infos';
import type { CardProfile } from './card-profile';
import {
  encodeChipAuthenticationInfo,
  encodeChipAuthenticationPublicKeyInfo,
  encodeDg1,
  encodeDg13,
  encodeDg14,
  encodeDg15,
  encodeDg2,
  encodeDg3Placeholder,
  encodeEfCom,
  encodePaceInfo,
  encodeSecurityInfos,
  encodeTerminalAuthenticationInfo,
  jpegDimensions,
} from './lds-encoders';
import { buildSod, type BuildSodOptions } from './sod-builder';
import { createTestPki, deriveTestKey, testKeySpki, type TestKeyPair, type TestPki } from './test-pki';

/** File identifiers of the eMRTD application's files (shared/domain/cccd.md "Files"). */
export const CARD_FILE_IDS = {
  cardAccess: 0x011c,
  com: 0x011e,
  sod: 0x011d,
  dg1: 0x0101,
  dg2: 0x0102,
  dg3: 0x0103,
  dg13: 0x010d,
  dg14: 0x010e,
  dg15: 0x010f,
} as const;

/** FID of data group `dg` (DG1 → 0x0101 … DG16 → 0x0110). */
export const dataGroupFileId = (dg: number): number => 0x0100 + dg;

export interface BuildCardFilesOptions {
  /** Change this DG after the SOD is signed (its last byte is flipped): Passive Authentication must fail. */
  tamperDataGroup?: number;
  /** Sign with a TEST PKI whose CSCA is in no trust store: Passive Authentication is not checkable. */
  unknownCsca?: boolean;
  /** EF.SOD encoding (default 'der'); 'ber-indefinite' imitates chips that write BER. */
  sodEncoding?: BuildSodOptions['encoding'];
}

/** The data groups a VN CCCD lists in EF.COM (DG11 absent; DG3 present but unreadable). */
export const CCCD_DATA_GROUPS = [1, 2, 3, 13, 14, 15] as const;

/**
 * Every file of the simulated chip, keyed by FID: EF.CardAccess, EF.COM, DG1, DG2, DG3 (placeholder:
 * the virtual chip must answer 6982 to reading it, as real VN chips do), DG13, DG14, DG15, EF.SOD.
 * Deterministic: the same profile and PKI give the same bytes.
 */
export function buildCardFiles(profile: CardProfile, pki: TestPki, options: BuildCardFilesOptions = {}): Map<number, Uint8Array> {
  const keys = chipKeys(profile);
  const caInfo = encodeChipAuthenticationInfo(SECURITY_OIDS.caEcdhAes128, 1);
  const taInfo = encodeTerminalAuthenticationInfo(1);
  // EF.CardAccess as seen on VN cards: PACE ECDH-GM AES-128 v2 with parameter 13 (brainpoolP256r1), plus CA and TA infos.
  const cardAccess = encodeSecurityInfos([encodePaceInfo(SECURITY_OIDS.paceEcdhGmAes128, 2, 13), caInfo, taInfo]);
  const portrait = jpegDimensions(profile.portraitJpeg) ?? { width: 0, height: 0 };
  const dataGroups = new Map<number, Uint8Array>([
    [1, encodeDg1(profileMrz(profile))],
    [2, encodeDg2(profile.portraitJpeg, { ...portrait, sex: profile.sex })],
    [3, encodeDg3Placeholder()],
    [13, encodeDg13(dg13Fields(profile))],
    [14, encodeDg14([caInfo, encodeChipAuthenticationPublicKeyInfo(SECURITY_OIDS.pkEcdh, testKeySpki(keys.chipAuthentication, false)), taInfo])],
    [15, encodeDg15(testKeySpki(keys.activeAuthentication, false))],
  ]);
  const signingPki = options.unknownCsca ? unknownCscaPki() : pki;
  const sod = buildSod(
    dataGroups,
    {
      certificate: signingPki.documentSigner.der,
      signatureAlgorithm: { oid: '1.2.840.10045.4.3.2' },
      sign: (attrs) => signingPki.signWithDocumentSigner(attrs),
    },
    { hash: 'sha256', signingTime: new Date(`${profile.dateOfIssue}T00:00:00Z`), ...(options.sodEncoding ? { encoding: options.sodEncoding } : {}) },
  );
  if (options.tamperDataGroup !== undefined) {
    const original = dataGroups.get(options.tamperDataGroup);
    if (!original) throw new RangeError(`DG${options.tamperDataGroup} is not on this card`);
    const tampered = original.slice();
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 0x01;
    dataGroups.set(options.tamperDataGroup, tampered);
  }
  const files = new Map<number, Uint8Array>([
    [CARD_FILE_IDS.cardAccess, cardAccess],
    [CARD_FILE_IDS.com, encodeEfCom(CCCD_DATA_GROUPS)],
    [CARD_FILE_IDS.sod, sod],
  ]);
  for (const [dg, bytes] of dataGroups) files.set(dataGroupFileId(dg), bytes);
  return files;
}

let unknownPki: TestPki | undefined;
/** A TEST PKI from another seed whose CSCA no shipped trust store holds. */
export function unknownCscaPki(): TestPki {
  unknownPki ??= createTestPki({ seed: 'ward-kiosk simulator UNKNOWN TEST PKI v1', cscaLabel: 'Unknown' });
  return unknownPki;
}

/** What a reader needs to open the card: the CAN for PACE and the MRZ information for BAC. */
export interface CardSecrets {
  /** Card Access Number: the last 6 digits of the 12-digit ID (VN cards print no CAN). */
  can: string;
  mrz: {
    /** Last 9 digits of the ID. */
    documentNumber: string;
    /** YYMMDD. */
    dateOfBirth: string;
    /** YYMMDD, or "<<<<<<" when the card has no expiry (how real chips encode that is unconfirmed). */
    dateOfExpiry: string;
  };
}

export function cardSecrets(profile: CardProfile): CardSecrets {
  return {
    can: profile.idNumber.slice(-6),
    mrz: {
      documentNumber: profile.idNumber.slice(-9),
      dateOfBirth: yymmdd(profile.dateOfBirth),
      dateOfExpiry: profile.dateOfExpiry ? yymmdd(profile.dateOfExpiry) : '<<<<<<',
    },
  };
}

/** The chip's own keys, derived from the ID number: Chip Authentication (DG14) and Active Authentication (DG15). */
export function chipKeys(profile: CardProfile): { chipAuthentication: TestKeyPair; activeAuthentication: TestKeyPair } {
  return {
    chipAuthentication: deriveTestKey('brainpoolP256r1', `simulated chip ${profile.idNumber}/chip-authentication`),
    activeAuthentication: deriveTestKey('brainpoolP256r1', `simulated chip ${profile.idNumber}/active-authentication`),
  };
}

/** The TD1 MRZ of the card (VN layout: document number = last 9 digits, optional data starts with the full ID). */
export function profileMrz(profile: CardProfile): string {
  const secrets = cardSecrets(profile);
  const [surname = '', ...given] = toMrzText(profile.fullName).split('<').filter(Boolean);
  return formatTd1({
    documentCode: 'ID',
    issuingState: 'VNM',
    documentNumber: secrets.mrz.documentNumber,
    optionalData1: profile.idNumber,
    dateOfBirth: secrets.mrz.dateOfBirth,
    sex: profile.sex === 'male' ? 'M' : 'F',
    dateOfExpiry: secrets.mrz.dateOfExpiry,
    nationality: 'VNM',
    optionalData2: '',
    surname,
    givenNames: given.join(' '),
  });
}

function dg13Fields(p: CardProfile) {
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return {
    idNumber: p.idNumber,
    fullName: p.fullName,
    dateOfBirth: dmy(p.dateOfBirth),
    sex: p.sex === 'male' ? 'Nam' : 'Nữ',
    nationality: p.nationality,
    ethnicity: p.ethnicity,
    religion: p.religion,
    placeOfOrigin: p.placeOfOrigin,
    placeOfResidence: p.placeOfResidence,
    identifyingMarks: p.identifyingMarks,
    dateOfIssue: dmy(p.dateOfIssue),
    dateOfExpiry: p.dateOfExpiry ? dmy(p.dateOfExpiry) : 'Không thời hạn',
    ...(p.fatherName ? { fatherName: p.fatherName } : {}),
    ...(p.motherName ? { motherName: p.motherName } : {}),
    ...(p.spouseName ? { spouseName: p.spouseName } : {}),
    ...(p.oldIdNumber ? { oldIdNumber: p.oldIdNumber } : {}),
  };
}

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
