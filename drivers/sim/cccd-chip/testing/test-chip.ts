import { mrzInformation } from '../../../emrtd/bac/mrz-information';
import type { ApduTransceiver } from '../../../iso7816/apdu-transceiver';
import type { VirtualCccdChipOptions } from '../chip-options';
import { VirtualCccdChip } from '../virtual-cccd-chip';
import { VirtualCardTransceiver } from '../virtual-card-transceiver';
import { buildMinimalFiles, type MinimalFilesOptions } from './minimal-files';

/** A made-up holder: ID 079012345678, so CAN = 345678 and document number = 012345678 (cccd.md rules). */
export const TEST_CAN = '345678';
export const TEST_MRZ = { documentNumber: '012345678', dateOfBirth: '790815', dateOfExpiry: '340815' } as const;
export const TEST_MRZ_INFORMATION: string = (() => {
  const r = mrzInformation(TEST_MRZ);
  if (!r.ok) throw new Error('test MRZ is invalid');
  return r.value;
})();

/** A transceiver that remembers every command it carried (to assert on INS bytes, counts, …). */
export class RecordingTransceiver implements ApduTransceiver {
  readonly commands: Uint8Array[] = [];
  constructor(private readonly inner: ApduTransceiver) {}
  transmit(apdu: Uint8Array, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<Uint8Array> {
    this.commands.push(apdu.slice());
    return this.inner.transmit(apdu, options);
  }
  insList(): number[] {
    return this.commands.map((c) => c[1] ?? 0);
  }
}

export const makeTestChip = (
  overrides: Partial<VirtualCccdChipOptions> = {},
  fileOptions: MinimalFilesOptions = {},
) => {
  const chip = new VirtualCccdChip({
    files: buildMinimalFiles(fileOptions),
    can: TEST_CAN,
    mrzInformation: TEST_MRZ_INFORMATION,
    ...overrides,
  });
  const link = new VirtualCardTransceiver(chip);
  const transceiver = new RecordingTransceiver(link);
  return { chip, link, transceiver };
};
