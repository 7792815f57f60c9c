import { z } from 'zod';
import { defineCall } from './define';

/**
 * What goes on the printed slip (phiếu hướng dẫn): public facts of one procedure only. There is no
 * field for a name, an ID number or anything else personal, and the core adds only the date, the
 * ward and its support lines.
 */
export const SlipContent = z.strictObject({
  procedureCode: z.string().min(1).max(60),
  procedureName: z.string().min(1).max(1000),
  /** The case the citizen chose (e.g. "Cha mẹ đã đăng ký kết hôn"), when the procedure has cases. */
  caseTitle: z.string().max(1000).optional(),
  papers: z.array(z.strictObject({
    name: z.string().min(1).max(1000),
    /** e.g. "1 bản chính", "2 bản sao". */
    count: z.string().max(80).optional(),
    whereToGet: z.string().max(1000).optional(),
  })).max(60),
  /** Fees and time limits per channel (online, in person). */
  channels: z.array(z.strictObject({
    label: z.string().min(1).max(80),
    fee: z.string().max(1000).optional(),
    time: z.string().max(1000).optional(),
  })).max(6),
  /** Where to go (the counter, the ward's address). */
  where: z.string().max(1000).optional(),
  /** The page that continues on the citizen's phone (printed as a QR code). */
  qrUrl: z.url({ protocol: /^https?$/ }).max(1000).optional(),
});
export type SlipContent = z.infer<typeof SlipContent>;

/**
 * Why a slip was not printed. `paper-out`, `cover-open`, `offline`, `error`, `no-answer`: the printer's
 * own answer (DLE EOT) or its silence; `no-printer`: none configured; `busy`: another slip is printing;
 * `link-failed`: the cable or network failed while sending.
 */
export const PrintFault = z.enum(['paper-out', 'cover-open', 'offline', 'error', 'no-answer', 'no-printer', 'busy', 'link-failed']);
export type PrintFault = z.infer<typeof PrintFault>;

export const PrintOutcome = z.discriminatedUnion('printed', [
  z.object({ printed: z.literal(true), bytes: z.number().int() }),
  z.object({ printed: z.literal(false), fault: PrintFault }),
]);
export type PrintOutcome = z.infer<typeof PrintOutcome>;

export const printingCalls = {
  /** Whether this kiosk can print a slip at all (the face hides the button when not). */
  'printer.available': defineCall({ access: 'citizen', input: z.object({}), output: z.object({ available: z.boolean() }) }),
  /** Prints the slip; resolves when the last byte left for the printer, or with the fault. */
  'printer.printSlip': defineCall({ access: 'citizen', input: SlipContent, output: PrintOutcome }),
};
