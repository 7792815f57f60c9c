import { z } from 'zod';
import { WEDGE_DEFAULTS, WedgeTerminator } from '../../api/kiosk';
import { FAST_BAUD_RATES } from '../../../drivers/pn532/baud-switch';

/**
 * The kiosk configuration file (kiosk-config/kiosk.json). Strict objects: a misspelt key is a problem
 * to report, not something to ignore silently. Relative paths are resolved against the file's folder.
 */

export const SERIAL_BAUD_RATES = [9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600] as const;

const baudRate = z.number().superRefine((value, ctx) => {
  if (!(SERIAL_BAUD_RATES as readonly number[]).includes(value)) {
    ctx.addIssue({ code: 'custom', message: `expected one of 9600…921600, got ${value}` });
  }
});

/** Speeds above 115200 that the PN532's SetSerialBaudRate offers (UM §7.2.8): the fast link is opt-in. */
const fastBaudRate = z.number().superRefine((value, ctx) => {
  if (!FAST_BAUD_RATES.includes(value)) {
    ctx.addIssue({ code: 'custom', message: `expected one of ${FAST_BAUD_RATES.join(', ')} (the PN532's speeds above 115200), got ${value}` });
  }
});

const serialPath = z.string().min(1, 'expected a serial port path such as /dev/ttyUSB0 or COM3');
const usbId = z
  .union([z.number().int().min(0).max(0xffff), z.string().regex(/^(0x)?[0-9a-fA-F]{1,4}$/, 'expected a USB id such as 0x0c2e')])
  .transform((v) => (typeof v === 'number' ? v : Number.parseInt(v.replace(/^0x/, ''), 16)));

const CardReaderConfig = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('simulated'),
    /** Card profile (<cardsDir>/<name>.json) inserted when the citizen "taps". */
    card: z.string().regex(/^[a-z0-9-]+$/, 'expected a card profile id such as nguyen-van-an').default('nguyen-van-an'),
    /** Folder of simulated card profiles, relative to the config file. */
    cardsDir: z.string().min(1).default('sim/cards'),
  }),
  z.strictObject({
    type: z.literal('serial'),
    path: serialPath,
    baudRate: baudRate.default(115200),
    /**
     * After the first contact, switch the PN532 and the port to this speed, check the line and fall back to
     * `baudRate` by itself when it fails. Omitted: off (some USB-serial adapters and long cables cannot keep up).
     */
    fastBaudRate: fastBaudRate.optional(),
  }),
  z.strictObject({
    type: z.literal('pcsc'),
    /** A PC/SC reader's name or part of it ("ACR122", "OMNIKEY"); omitted: the first contactless reader. */
    reader: z.string().min(1).optional(),
  }),
  z.strictObject({ type: z.literal('none') }),
]);

const ScanSuffix = z.enum(['CR', 'LF', 'CRLF', 'none']);

const QrScannerConfig = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('simulated') }),
  z.strictObject({
    type: z.literal('serial'),
    path: serialPath,
    baudRate: baudRate.default(9600),
    suffix: ScanSuffix.default('CR'),
    /** With suffix "none": a scan ends after this many ms without a byte. */
    interByteTimeoutMs: z.number().int().min(5).max(2000).default(50),
  }),
  z.strictObject({
    type: z.literal('hid'),
    /** Omit both to auto-detect the first device on HID POS usage page 0x8C. */
    vendorId: usbId.optional(),
    productId: usbId.optional(),
  }),
  // ── keyboard-wedge scanner (read by the citizen face; defaults shared with its detector: WEDGE_DEFAULTS) ──
  z
    .strictObject({
      type: z.literal('keyboard-wedge'),
      /** Longest gap between two keystrokes of one scan, in ms. */
      maxGapMs: z.number().int().min(5).max(200).default(WEDGE_DEFAULTS.maxInterKeyGapMs),
      /** Characters needed before a run of fast keystrokes counts as a scan. */
      minLength: z.number().int().min(2).max(100).default(WEDGE_DEFAULTS.minLength),
      /** Keys that end a scan, as the scanner's suffix setting sends them. */
      terminators: z.array(WedgeTerminator).min(1).default([...WEDGE_DEFAULTS.terminators]),
      /** For a scanner set to send no suffix: a scan ends after this many ms without a keystroke (unset: only a terminator ends it). */
      endOnIdleMs: z.number().int().min(10).max(2000).optional(),
    })
    .refine((w) => w.endOnIdleMs === undefined || w.endOnIdleMs > w.maxGapMs, {
      message: 'endOnIdleMs must be longer than maxGapMs, or every pause between two keystrokes would end the scan',
      path: ['endOnIdleMs'],
    }),
  z.strictObject({ type: z.literal('none') }),
]);

// ── receipt printer for the slip (phiếu hướng dẫn; electron/host/printing) ──
const paperWidthMm = z.union([z.literal(58), z.literal(80)], { error: 'expected 58 or 80 (mm)' }).default(80);
/** raster: the slip as an image (every Vietnamese mark prints); text: plain ASCII lines, only for a printer set up for it. */
const printMode = z.enum(['raster', 'text']).default('raster');
const escposCommon = { type: z.literal('escpos'), paperWidthMm, mode: printMode };

const PrinterConfig = z.union([
  z.discriminatedUnion('link', [
    z.strictObject({ ...escposCommon, link: z.literal('serial'), path: serialPath, baudRate: baudRate.default(115200) }),
    z.strictObject({
      ...escposCommon,
      link: z.literal('tcp'),
      host: z.string().min(1, 'expected the printer\'s IP address or host name'),
      port: z.number().int().min(1).max(65535).default(9100),
    }),
    /** A Linux printer device file such as /dev/usb/lp0 (write-only: the status cannot be asked). */
    z.strictObject({ ...escposCommon, link: z.literal('device'), path: z.string().regex(/^\//, 'expected a device file path such as /dev/usb/lp0') }),
  ]),
  /** The virtual printer in-process: slips are saved as PNG files in outDir (relative to the config file; default <dataDir>/printed). */
  z.strictObject({ type: z.literal('simulated'), paperWidthMm, outDir: z.string().min(1).optional() }),
  /** Any printer the OS knows, by name, printed silently by the Electron app (not in browser mode). */
  z.strictObject({ type: z.literal('os'), deviceName: z.string().min(1), paperWidthMm }),
  z.strictObject({ type: z.literal('none') }),
], { error: 'expected { "type": "escpos", "link": "serial" | "tcp" | "device", … }, { "type": "simulated" }, { "type": "os", "deviceName": "…" } or { "type": "none" }' });

// ── portal / VNeID health checks (electron/host/portal-health) ──
const HealthCheck = z.strictObject({
  /** A short id, e.g. "portal", "vneid". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a short id such as portal or vneid'),
  /** What citizens read: "Cổng Dịch vụ công quốc gia", "Ứng dụng VNeID". */
  label: z.string().min(1).max(80),
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  expectStatus: z.number().int().min(100).max(599).default(200),
  timeoutMs: z.number().int().min(500).max(60_000).default(8000),
  intervalSeconds: z.number().int().min(2).max(3600).default(120),
  /** Extra CA certificate (PEM file, relative to the config file) for a ward proxy or a test server. */
  caFile: z.string().min(1).optional(),
});

const Target = z.strictObject({
  /** Indicator key, e.g. "vneid-activated", "online-accounts". */
  indicator: z.string().min(1),
  label: z.string().min(1),
  percent: z.number().min(0).max(100),
  deadline: z.iso.date(),
});

export const KioskConfigSchema = z.strictObject({
  ward: z.strictObject({
    name: z.string().min(1),
    code: z.string().regex(/^\d{5}$/, 'expected the 5-digit ward code'),
    province: z.string().min(1),
    population: z.number().int().positive(),
    /** Support lines printed on the slip, e.g. "Tổng đài Dịch vụ công: 1800 1096". */
    supportLines: z.array(z.string().min(1).max(120)).max(4).default([]),
  }),
  language: z.enum(['vi', 'en']).default('vi'),
  faces: z
    .strictObject({
      /** false: no citizen window on this machine (a display-only or staff-desk-only machine). */
      kiosk: z.strictObject({ enabled: z.boolean().default(true) }).default({ enabled: true }),
      display: z
        .strictObject({
          /** second-monitor: an Electron window on another screen; lan: served at /display to the ward network; off. */
          mode: z.enum(['second-monitor', 'lan', 'off']).default('off'),
          /** Index of the screen (0 = primary) for second-monitor mode. */
          monitor: z.number().int().min(0).max(8).default(1),
        })
        .default({ mode: 'off', monitor: 1 }),
      /**
       * The staff face on a screen of its own at the desk (Electron only; in browser mode staff open
       * /staff on the kiosk machine). Never the primary screen: that one is the citizen's kiosk.
       */
      staff: z
        .strictObject({
          mode: z.enum(['second-monitor', 'off']).default('off'),
          monitor: z.number().int().min(0).max(8).default(2),
        })
        .default({ mode: 'off', monitor: 2 }),
    })
    .refine((f) => !(f.staff.mode === 'second-monitor' && f.display.mode === 'second-monitor' && f.staff.monitor === f.display.monitor), {
      message: 'the staff face and the display face cannot share one screen',
      path: ['staff', 'monitor'],
    })
    // Screen 0 is the citizen's kiosk window while the kiosk face runs: nothing may cover it.
    .refine((f) => !(f.kiosk.enabled && f.staff.mode === 'second-monitor' && f.staff.monitor === 0), {
      message: 'screen 0 shows the citizen kiosk: put the staff face on screen 1 or more, or set faces.kiosk.enabled to false',
      path: ['staff', 'monitor'],
    })
    .refine((f) => f.kiosk.enabled || f.display.mode !== 'off' || f.staff.mode !== 'off', {
      message: 'with the kiosk face disabled, turn on the display or the staff face: this machine would show nothing',
      path: ['kiosk', 'enabled'],
    })
    .refine((f) => !(f.kiosk.enabled && f.display.mode === 'second-monitor' && f.display.monitor === 0), {
      message: 'screen 0 shows the citizen kiosk: put the display on screen 1 or more, or set faces.kiosk.enabled to false',
      path: ['display', 'monitor'],
    })
    .default({ kiosk: { enabled: true }, display: { mode: 'off', monitor: 1 }, staff: { mode: 'off', monitor: 2 } }),
  devices: z.strictObject({ cardReader: CardReaderConfig, qrScanner: QrScannerConfig, printer: PrinterConfig.default({ type: 'none' }) }),
  session: z
    .strictObject({
      idleTimeoutSeconds: z.number().int().min(30).max(3600).default(120),
      /** How long the "are you still there?" warning counts down before the wipe (privacy.md: ≥ 20 s). */
      warningSeconds: z.number().int().min(20).max(300).default(30),
    })
    .refine((s) => s.warningSeconds < s.idleTimeoutSeconds, {
      message: 'warningSeconds must be shorter than idleTimeoutSeconds',
      path: ['warningSeconds'],
    })
    .default({ idleTimeoutSeconds: 120, warningSeconds: 30 }),
  dataDir: z.string().min(1),
  network: z
    .strictObject({
      bindAddress: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8420),
      /**
       * The lobby display's own listener for faces.display.mode "lan" (display routes only); the
       * citizen and staff faces stay on loopback (server/listen-plan.ts). Port: network.port by default.
       */
      display: z
        .strictObject({
          bindAddress: z.union([z.ipv4(), z.ipv6()]),
          port: z.number().int().min(0).max(65535).optional(),
        })
        .optional(),
    })
    .default({ bindAddress: '127.0.0.1', port: 8420 }),
  content: z.strictObject({
    dir: z.string().min(1),
    /** Days after which the catalogue's data is flagged as old on the staff face (issue 12, freshness). */
    maxAgeDays: z.number().int().min(1).max(3650).default(180),
    remote: z
      .strictObject({
        url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
        publisherKey: z.string().regex(/^[0-9a-fA-F]{64}$/, 'expected a 32-byte Ed25519 public key in hex'),
        intervalMinutes: z.number().int().min(5).max(1440).default(60),
      })
      .optional(),
  }),
  trustStore: z.strictObject({
    dir: z.string().min(1),
    /**
     * Let the simulator's TEST CSCA vouch for cards read through a serial reader too: only for a
     * simulator on a serial link (tests, demonstrations). With the simulated reader it always does.
     */
    allowTestAuthorities: z.boolean().default(false),
  }),
  portal: z
    .strictObject({
      allowlist: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'expected a host name such as dichvucong.gov.vn')).min(1),
      /** Entry points checked on a schedule; an outage is told to citizens, the display and staff (none by default). */
      healthChecks: z.array(HealthCheck).default([]),
    })
    .default({ allowlist: ['dichvucong.gov.vn', 'vneid.gov.vn', 'dichvucong.bocongan.gov.vn'], healthChecks: [] }),
  targets: z.array(Target).default([]),
  // ── staff area (staff accounts, assisted records, referrals; electron/host/staff) ──
  staff: z
    .strictObject({
      /** Staff are signed out after this many seconds without a call from their screen. */
      inactivitySeconds: z.number().int().min(60).max(3600).default(300),
      /** Days a data-error referral keeps the citizen's name and ID before they are deleted (privacy.md §3). */
      referralRetentionDays: z.number().int().min(1).max(365).default(30),
      /** Key file for the ID hash and referral keys: absolute, or relative to dataDir (default staff-keys.json). */
      keyFile: z.string().min(1).optional(),
      /**
       * The audit chain's HMAC key: absolute, or relative to the folder that holds dataDir; default
       * "<dataDir>.audit-key.json" beside the data folder. Keep it out of the data folder and its backups.
       */
      auditKeyFile: z.string().min(1).optional(),
    })
    .default({ inactivitySeconds: 300, referralRetentionDays: 30 }),
});

export type KioskConfig = z.infer<typeof KioskConfigSchema>;
export type CardReaderConfig = z.infer<typeof CardReaderConfig>;
export type QrScannerConfig = z.infer<typeof QrScannerConfig>;
export type PrinterConfig = z.infer<typeof PrinterConfig>;
