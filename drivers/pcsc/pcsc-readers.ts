import { err, ok, type DriverError, type Result } from '../result';
import type { PcscBinding, PcscContext, PcscReader } from './pcsc-binding';
import { pcscError } from './pcsc-errors';

/**
 * Reader names that say "contactless": PCD (proximity coupling device, ISO 14443), PICC, NFC, CL, and the
 * desk readers the issue names (ACS ACR122U/ACR1252U, HID OMNIKEY 5x2x, Identiv uTrust 37xx). A dual
 * reader lists a contact and a contactless slot; the contactless one is wanted for the CCCD.
 */
const CONTACTLESS = /\b(PCD|PICC|NFC|CL|contactless)\b|ACR122|ACR1252|OMNIKEY 5\d2\d|uTrust 37/i;

/** One reader as `kiosk devices` lists it. */
export interface PcscReaderInfo {
  readonly name: string;
  readonly contactless: boolean;
  readonly cardPresent: boolean;
}

export const isContactlessName = (name: string): boolean => CONTACTLESS.test(name);

/**
 * The reader to use: the first whose name contains `wanted` (case-insensitive), or without it the first
 * contactless one, else the first reader at all. Undefined when none fits. Pure.
 */
export function chooseReader(names: readonly string[], wanted?: string): string | undefined {
  if (wanted !== undefined && wanted !== '') return names.find((n) => n.toLowerCase().includes(wanted.toLowerCase()));
  return names.find(isContactlessName) ?? names[0];
}

export function describeReaders(readers: readonly PcscReader[], presentFlag: number): PcscReaderInfo[] {
  return readers.map((r) => ({ name: r.name, contactless: isContactlessName(r.name), cardPresent: (r.state & presentFlag) !== 0 }));
}

/** Lists the readers once (its own context, closed again). "reader.disconnected" when pcscd is not running. */
export function listPcscReaders(binding: PcscBinding): Result<PcscReaderInfo[], DriverError> {
  let context: PcscContext | undefined;
  try {
    context = binding.createContext();
    return ok(describeReaders(context.listReaders(), binding.constants.SCARD_STATE_PRESENT));
  } catch (e) {
    if (e instanceof Error && /no readers available/i.test(e.message)) return ok([]);
    const failure = pcscError(e, 'listing PC/SC readers');
    return err(failure.code, failure.detail);
  } finally {
    try {
      context?.close();
    } catch {
      // already gone
    }
  }
}
