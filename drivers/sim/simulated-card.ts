import { mrzInformation } from '../emrtd/chip-access';
import { buildCardFiles, cardSecrets, type BuildCardFilesOptions, type CardProfile } from './card-profile/index';
import { defaultTestPki, type TestPki } from './card-profile/test-pki';
import { VirtualCccdChip } from './cccd-chip/index';
import type { VirtualCccdChipOptions } from './cccd-chip/chip-options';

export interface SimulatedCardOptions extends BuildCardFilesOptions {
  readonly pki?: TestPki;
  readonly timing?: VirtualCccdChipOptions['timing'];
  readonly faults?: VirtualCccdChipOptions['faults'];
  readonly extendedLength?: VirtualCccdChipOptions['extendedLength'];
}

/** A virtual CCCD chip holding a card profile's files, signed by the simulator's TEST PKI. */
export function virtualCardFromProfile(profile: CardProfile, options: SimulatedCardOptions = {}): VirtualCccdChip {
  const secrets = cardSecrets(profile);
  const info = mrzInformation(secrets.mrz);
  if (!info.ok) throw new Error(`card profile ${profile.id}: ${info.error.detail}`);
  return new VirtualCccdChip({
    files: buildCardFiles(profile, options.pki ?? defaultTestPki(), options),
    can: secrets.can,
    mrzInformation: info.value,
    ...(options.timing ? { timing: options.timing } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.extendedLength !== undefined ? { extendedLength: options.extendedLength } : {}),
  });
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

/**
 * The text of the QR code printed on the profile's card (old chip card layout, cccd.md):
 * `<ID>|<old CMND or empty>|<name>|<DOB ddmmyyyy>|<Nam/Nữ>|<permanent address>|<issue date ddmmyyyy>`.
 */
export function cardQrPayload(profile: CardProfile): string {
  return [
    profile.idNumber,
    profile.oldIdNumber ?? '',
    profile.fullName,
    ddmmyyyy(profile.dateOfBirth),
    profile.sex === 'male' ? 'Nam' : 'Nữ',
    profile.placeOfResidence,
    ddmmyyyy(profile.dateOfIssue),
  ].join('|');
}
