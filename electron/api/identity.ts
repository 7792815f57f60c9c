import { z } from 'zod';
import { defineCall, defineEvent } from './define';

const IsoDate = z.iso.date();

/** Passive authentication of the chip's data (ICAO 9303-11 §5.1): the three honest answers, plus not read. */
export const PassiveAuthStatus = z.enum(['verified', 'failed', 'not-checkable', 'not-read']);
export type PassiveAuthStatus = z.infer<typeof PassiveAuthStatus>;

/**
 * The identified citizen, as the citizen face may show it. Personal data: citizen access only, held in
 * the core's session memory and wiped with it. Never carries ethnicity, religion or the photo unless a
 * flow asked (the photo is a data: URL, present only when requested).
 */
export const IdentityView = z.object({
  /** Where the data came from: the chip (read and checked), the card's QR, or the ID typed on the keypad. */
  source: z.enum(['chip', 'qr', 'typed']),
  idNumber: z.string().regex(/^\d{12}$/),
  fullName: z.string().nullable(),
  dateOfBirth: IsoDate.nullable(),
  sex: z.enum(['Nam', 'Nữ']).nullable(),
  nationality: z.string().nullable(),
  placeOfOrigin: z.string().nullable(),
  placeOfResidence: z.string().nullable(),
  dateOfIssue: IsoDate.nullable(),
  /** `none` for a card with no expiry; `unknown` when the source does not say. */
  expiry: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('date'), date: IsoDate }),
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('unknown') }),
  ]),
  oldIdNumber: z.string().nullable(),
  passiveAuth: PassiveAuthStatus,
  /**
   * From the QR: `damaged` means its text could not be trusted (keyboard wedge, bad read): the view
   * then holds the 12-digit ID alone (it passed its checks and opens the chip), never the garbled text;
   * the chip read that follows replaces it. Never used to fill forms.
   */
  integrity: z.enum(['ok', 'damaged']),
  photo: z.string().startsWith('data:image/').optional(),
});
export type IdentityView = z.infer<typeof IdentityView>;

/** Where the chip read stands, for the progress bar and the plain-words messages. */
export const CardReadState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  /** Waiting for the card on the reader (after the QR or the typed ID gave the access key). */
  z.object({ state: z.literal('waiting-for-card') }),
  z.object({ state: z.literal('reading'), progress: z.number().min(0).max(1), step: z.string() }),
  z.object({ state: z.literal('done') }),
  /** `code`: card.removed, access.denied (wrong card for this QR/ID), card.timeout, reader.unavailable, … */
  z.object({ state: z.literal('failed'), code: z.string(), retryable: z.boolean() }),
]);
export type CardReadState = z.infer<typeof CardReadState>;

/**
 * A card QR the kiosk cannot use as it is, and what the citizen does instead. No personal data: the
 * face words it (Vietnamese first) and keeps nothing of the scanned text.
 */
export const CardQrProblem = z.object({
  /**
   * `damaged`: garbled text (keyboard wedge or a bad read); its name and address are never used.
   * `id-inconsistent`: a clean QR whose ID disagrees with its date of birth (sex/century digit or year).
   * `unknown-layout`: a card QR of a layout the parser does not know (the 2024 card's is unconfirmed).
   */
  problem: z.enum(['damaged', 'id-inconsistent', 'unknown-layout']),
  /**
   * `place-card`: the QR's 12-digit ID survived and passed its checks: the chip is opened with it (CAN =
   * its last 6 digits) and its data group 13 supplies the name. `type-id`: the ID cannot be trusted:
   * place the card and type the 12 digits on the keypad.
   */
  next: z.enum(['place-card', 'type-id']),
  /** Scanning again can help (a bad read: replacement characters, a truncated payload). Never for keyboard-wedge damage, the same every time. */
  offerRescan: z.boolean(),
  /** Keyboard-wedge damage: staff should switch the scanner to HID POS or serial (COM) mode (drivers/qr/README.md). */
  scannerModeHint: z.boolean(),
});
export type CardQrProblem = z.infer<typeof CardQrProblem>;

/** A scan that is not a card QR (a URL, a dossier code, plain text), or a card QR that could not be used as it is. */
export const ScanNotice = z.object({
  kind: z.enum(['cccd', 'cccd-unknown-layout', 'url', 'dossier-code', 'text']),
  integrity: z.enum(['ok', 'damaged']),
  reasons: z.array(z.string()),
  /** For url: the host to show; for dossier-code: the code. Never personal data. */
  summary: z.string().optional(),
  href: z.string().optional(),
  /** For a card QR (kind cccd or cccd-unknown-layout) that could not be used as it is: what happens next. */
  cardQr: CardQrProblem.optional(),
});
export type ScanNotice = z.infer<typeof ScanNotice>;

export const IdentityState = z.object({
  consent: z.enum(['not-asked', 'given', 'refused']),
  /** A card QR or card tap arrived before consent: the face shows the consent screen first. */
  pendingIdentification: z.boolean(),
  /** A card is on the reader now (a card placed before any QR or ID asks for one of them). */
  cardPresent: z.boolean(),
  identity: IdentityView.nullable(),
  read: CardReadState,
  /** The last card QR that could not be used as it is; absent once a clean QR, a typed ID or a chip read supersedes it. */
  qrProblem: CardQrProblem.optional(),
});
export type IdentityState = z.infer<typeof IdentityState>;

export const identityCalls = {
  'identity.get': defineCall({ access: 'citizen', input: z.object({}), output: IdentityState }),
  /** The citizen's answer on the consent screen. Refusing drops anything pending and leads on without identification. */
  'identity.consent': defineCall({ access: 'citizen', input: z.object({ given: z.boolean() }), output: IdentityState }),
  /** The 12-digit ID typed on the keypad (when no QR): gives the CAN so the chip can be read. */
  'identity.enterId': defineCall({ access: 'citizen', input: z.object({ idNumber: z.string().regex(/^\d{12}$/) }), output: IdentityState }),
  /** Start (or restart) reading the chip with the access data the session holds; `photo` reads DG2 too. */
  'identity.readCard': defineCall({ access: 'citizen', input: z.object({ photo: z.boolean().default(false) }), output: IdentityState }),
  'identity.cancelRead': defineCall({ access: 'citizen', input: z.object({}), output: IdentityState }),
  /** Text from a keyboard-wedge scanner, caught by the face: classified by the same parser as the others. */
  'scan.wedge': defineCall({ access: 'citizen', input: z.object({ text: z.string().min(1).max(4096) }), output: z.object({}) }),
};

export const identityEvents = {
  'identity.changed': defineEvent({ access: 'citizen', payload: IdentityState }),
  'scan.notice': defineEvent({ access: 'citizen', payload: ScanNotice }),
};

/**
 * Simulated devices (demo configuration and tests): "tap" a card profile on the simulated reader,
 * lift it, or "scan" a QR payload. Refused with `sim.not-simulated` when the device is real.
 */
export const SimCardProfile = z.object({
  id: z.string(),
  fullName: z.string(),
  yearOfBirth: z.number().int(),
  /** The profile the configuration taps by default. */
  isDefault: z.boolean(),
});
export type SimCardProfile = z.infer<typeof SimCardProfile>;

/** A profile is named by its file name in the simulator's cards folder: no path, no dots. */
const SimProfileId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

export const simulatorCalls = {
  /** The simulator's invented citizens, named as a person is (the profile id is for files and tests only). */
  'sim.cardProfiles': defineCall({ access: 'citizen', input: z.object({}), output: z.array(SimCardProfile) }),
  'sim.tapCard': defineCall({ access: 'citizen', input: z.object({ profile: SimProfileId.optional() }), output: z.object({}) }),
  'sim.removeCard': defineCall({ access: 'citizen', input: z.object({}), output: z.object({}) }),
  /**
   * `payload`: text to scan; `preset`: "card-qr" (the QR of `profile`, else of the inserted card, else of the
   * configured one), "card-qr-damaged" (the same as a keyboard wedge would mangle it).
   */
  'sim.scan': defineCall({
    access: 'citizen',
    input: z.union([
      z.object({ payload: z.string().min(1).max(4096) }),
      z.object({ preset: z.enum(['card-qr', 'card-qr-damaged']), profile: SimProfileId.optional() }),
    ]),
    output: z.object({}),
  }),
};
