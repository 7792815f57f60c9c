/**
 * DLE EOT status bytes (Epson ESC/POS reference, "DLE EOT n"). Every answer has bit 1 and bit 4 set
 * and bits 0 and 7 clear (0b0xx1xx10); a byte that does not match is not a status answer.
 *  n = 1 printer status: bit 3 offline.
 *  n = 2 offline cause: bit 2 cover open, bit 5 printing stopped by paper end, bit 6 error.
 *  n = 4 roll paper sensor: bits 2–3 near end, bits 5–6 paper end.
 */

export type PrinterFault = 'paper-out' | 'cover-open' | 'offline' | 'error' | 'no-answer';

export interface PrinterStatus {
  readonly ready: boolean;
  /** The first fault by what the citizen or staff can do about it; absent when ready. */
  readonly fault?: PrinterFault;
  readonly paperNearEnd: boolean;
}

export const isStatusByte = (b: number): boolean => (b & 0b1001_0011) === 0b0001_0010;

/** Combines the three answers (null = the printer did not answer that query in time). */
export function interpretStatus(printer: number | null, offlineCause: number | null, paper: number | null): PrinterStatus {
  if (printer === null || !isStatusByte(printer)) return { ready: false, fault: 'no-answer', paperNearEnd: false };
  const paperNearEnd = paper !== null && isStatusByte(paper) && (paper & 0b0000_1100) !== 0;
  const paperOut = (paper !== null && isStatusByte(paper) && (paper & 0b0110_0000) !== 0) ||
    (offlineCause !== null && isStatusByte(offlineCause) && (offlineCause & 0b0010_0000) !== 0);
  const coverOpen = offlineCause !== null && isStatusByte(offlineCause) && (offlineCause & 0b0000_0100) !== 0;
  const error = offlineCause !== null && isStatusByte(offlineCause) && (offlineCause & 0b0100_0000) !== 0;
  const offline = (printer & 0b0000_1000) !== 0;
  const fault: PrinterFault | undefined = paperOut ? 'paper-out' : coverOpen ? 'cover-open' : error ? 'error' : offline ? 'offline' : undefined;
  return fault ? { ready: false, fault, paperNearEnd } : { ready: true, paperNearEnd };
}

/** The status bytes a printer in the given state answers (used by the virtual printer and tests). */
export function statusBytesFor(state: 'ready' | 'paper-out' | 'cover-open' | 'offline'): { 1: number; 2: number; 4: number } {
  const base = 0b0001_0010;
  switch (state) {
    case 'ready': return { 1: base, 2: base, 4: base };
    case 'paper-out': return { 1: base | 0x08, 2: base | 0x20, 4: base | 0x60 };
    case 'cover-open': return { 1: base | 0x08, 2: base | 0x04, 4: base };
    case 'offline': return { 1: base | 0x08, 2: base, 4: base };
  }
}
