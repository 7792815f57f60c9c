import { BrowserWindow } from 'electron';
import type { OsSlipPrinter } from '../host/printing/os-slip-printer';
import { slipPageHtml, slipPageSizeMicrons } from './os-slip-page';
import { SECURE_WEB_PREFERENCES } from './window-options';

/**
 * Silent printing of the slip on an OS printer by name: a hidden, sandboxed window with scripts off
 * shows only the slip image, and Chromium prints it to `deviceName` without a dialog.
 */
export function createOsSlipPrinter(): OsSlipPrinter {
  return {
    async print(png, page) {
      // The checklist's secure preferences, written out where the security scan reads them, and no JavaScript at all.
      const win = new BrowserWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick', javascript: false } });
      try {
        const html = slipPageHtml(Buffer.from(png).toString('base64'), page.widthMm, page.heightMm);
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        await new Promise<void>((resolve, reject) => {
          win.webContents.print(
            { silent: true, deviceName: page.deviceName, printBackground: true, margins: { marginType: 'none' }, pageSize: slipPageSizeMicrons(page.widthMm, page.heightMm) },
            (ok, reason) => (ok ? resolve() : reject(new Error(reason || 'print failed'))),
          );
        });
      } finally {
        win.destroy();
      }
    },
  };
}
