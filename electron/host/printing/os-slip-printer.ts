/**
 * Printing through the operating system's printer queue (`devices.printer.type = "os"`): only the
 * Electron shell can (Chromium's silent printing), so the shell hands the core this interface at start.
 * The core renders the same slip image as for ESC/POS and passes it as PNG bytes.
 */
export interface OsSlipPrinter {
  /** Prints one PNG page of `widthMm` × `heightMm` on the named printer, silently; rejects with the OS's reason. */
  print(png: Uint8Array, page: { readonly deviceName: string; readonly widthMm: number; readonly heightMm: number }): Promise<void>;
}

/** Paper length of a slip of `heightDots` at 203 dpi (8 dots per mm), for the page size the OS gets. */
export const slipHeightMm = (heightDots: number): number => Math.ceil(heightDots / 8);
