import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { ok, type DriverError, type Result } from '../../result';
import { SW_OK, swHex } from '../apdu';
import { performBac } from '../bac/bac';
import { mrzInformation, type MrzKeyInput } from '../bac/mrz-information';
import { readCardAccess } from '../files/read-file';
import { parseSecurityInfos, type PaceInfo } from '../lds/security-infos';
import { ecDomainById } from '../pace/domain-parameters';
import { performPace, type PaceParameters } from '../pace/pace';
import type { PacePassword } from '../pace/pace-compute';
import { paceProtocolByOid } from '../pace/pace-protocols';
import { sendPlain } from '../plain-exchange';
import type { ExchangeOptions, SmSession } from '../sm/session';
import { EMRTD_AID } from './emrtd-aid';

export type AccessMethod = 'PACE-CAN' | 'PACE-MRZ' | 'BAC';

/** One try of one credential. */
export interface AccessAttempt {
  readonly method: AccessMethod;
  /** Index into options.mrzCandidates for PACE-MRZ and BAC. */
  readonly candidate?: number;
  /** granted; denied = the chip refused the credential (a counted failed attempt); failed = another error. */
  readonly outcome: 'granted' | 'denied' | 'failed';
  /** The protocol error code for denied/failed ("pace.denied", "bac.card-error", …). */
  readonly code?: string;
}

export interface AccessOptions {
  /** Card Access Number; on a CCCD the last 6 digits of the 12-digit ID (cccd.md). */
  readonly can?: string;
  /**
   * MRZ data to try in order (BAC, or PACE-MRZ when `paceWithMrz`): document number, birth and expiry
   * (the expiry is guessed from the expiry rules when only the QR is known), or ready MRZ information.
   */
  readonly mrzCandidates?: ReadonlyArray<MrzKeyInput | string>;
  /** Try MRZ candidates with PACE-MRZ instead of BAC when the chip offers PACE. Default false. */
  readonly paceWithMrz?: boolean;
  /** Randomness for BAC/PACE; default node:crypto. */
  readonly random?: (length: number) => Uint8Array;
  readonly exchange?: ExchangeOptions;
}

/** Access established: an SM session with the eMRTD application selected under it. */
export interface AccessGranted {
  readonly session: SmSession;
  readonly method: AccessMethod;
  readonly attempts: readonly AccessAttempt[];
  /** Attempts the chip refused (wrong CAN or MRZ): whether chips throttle these is unknown (cccd.md). */
  readonly failedAttempts: number;
  /** The PACEInfo used, or the one declared when BAC was used; undefined for a BAC-only chip. */
  readonly paceInfo?: PaceInfo;
  /** Repeats the method that worked (and SELECT of the application under SM): for readFile's resume. */
  readonly reauthenticate: () => Promise<Result<SmSession>>;
}

/**
 * A failure with the attempts made. Codes: "access.denied" (every credential refused),
 * "access.no-credentials" (nothing usable to try), "access.failed" (attempts failed for other reasons),
 * "access.no-application" (SELECT of the eMRTD application refused), or a transport code
 * ("card.removed", "card.timeout", …), which ends the attempts early.
 */
export interface AccessFailure extends DriverError {
  readonly attempts: readonly AccessAttempt[];
  readonly failedAttempts: number;
}

/** Failures of the link or the reader, not answers of the chip: they end access attempts at once. */
const isTransportCode = (code: string): boolean => ['card.', 'reader.', 'pn532.', 'link.'].some((p) => code.startsWith(p));

/** Supported PACEInfos from EF.CardAccess, or none when it is absent or unreadable (BAC-only chip). */
const readPaceInfos = async (transceiver: ApduTransceiver, exchange?: ExchangeOptions): Promise<Result<PaceInfo[]>> => {
  const bytes = await readCardAccess(transceiver, exchange ? { exchange } : {});
  if (!bytes.ok) return isTransportCode(bytes.error.code) ? bytes : ok([]);
  const infos = parseSecurityInfos(bytes.value);
  if (!infos.ok) return ok([]);
  return ok(infos.value.filter((i): i is PaceInfo => i.kind === 'pace'));
};

const selectApplicationPlain = async (transceiver: ApduTransceiver, exchange?: ExchangeOptions): Promise<Result<void>> => {
  const r = await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 0x04, p2: 0x0c, data: EMRTD_AID }, exchange);
  if (!r.ok) return r;
  if (r.value.sw !== SW_OK) return { ok: false, error: { code: 'access.no-application', detail: `SELECT eMRTD application answered ${swHex(r.value.sw)}` } };
  return ok(undefined);
};

/** ICAO 9303-11 §4.4 note / cccd.md: after PACE (and here after BAC too) select the application under SM. */
const selectApplicationSecure = async (session: SmSession, exchange?: ExchangeOptions): Promise<Result<SmSession>> => {
  const r = await session.transmit({ cla: 0, ins: 0xa4, p1: 0x04, p2: 0x0c, data: EMRTD_AID }, exchange);
  if (!r.ok) return r;
  if (r.value.sw !== SW_OK) {
    session.drop();
    return { ok: false, error: { code: 'access.no-application', detail: `SELECT eMRTD application under SM answered ${swHex(r.value.sw)}` } };
  }
  return ok(session);
};

/**
 * Opens the chip (cccd.md "Opening the chip"): reads EF.CardAccess without SELECT MF; PACE-CAN when the
 * chip declares PACE and a CAN is given; otherwise, or when PACE fails, BAC (or PACE-MRZ) over each MRZ
 * candidate in order, counting refusals and stopping at once when the card leaves; then SELECT of the
 * eMRTD application under Secure Messaging.
 */
export const establishAccess = async (
  transceiver: ApduTransceiver,
  options: AccessOptions = {},
): Promise<Result<AccessGranted, AccessFailure>> => {
  const { exchange } = options;
  const attempts: AccessAttempt[] = [];
  const failed = (): number => attempts.filter((a) => a.outcome === 'denied').length;
  const failure = (code: string, detail: string): { ok: false; error: AccessFailure } => ({
    ok: false,
    error: { code, detail, attempts, failedAttempts: failed() },
  });
  const protocolOptions = { ...(options.random ? { random: options.random } : {}), ...(exchange ? { exchange } : {}) };

  const paceInfos = await readPaceInfos(transceiver, exchange);
  if (!paceInfos.ok) return failure(paceInfos.error.code, paceInfos.error.detail);
  const paceInfo = paceInfos.value.find(
    (p) => paceProtocolByOid(p.protocol) !== undefined && p.parameterId !== undefined && ecDomainById(p.parameterId) !== undefined,
  );
  const paceParameters: PaceParameters | undefined =
    paceInfo?.parameterId === undefined
      ? undefined
      : { protocol: paceInfo.protocol, parameterId: paceInfo.parameterId, sendParameterId: paceInfos.value.length > 1 };

  const viaPace = (password: PacePassword, params: PaceParameters) => async (): Promise<Result<SmSession>> => {
    const s = await performPace(transceiver, password, params, protocolOptions);
    return s.ok ? selectApplicationSecure(s.value, exchange) : s;
  };
  const viaBac = (info: string) => async (): Promise<Result<SmSession>> => {
    const sel = await selectApplicationPlain(transceiver, exchange);
    if (!sel.ok) return sel;
    const s = await performBac(transceiver, info, protocolOptions);
    return s.ok ? selectApplicationSecure(s.value, exchange) : s;
  };

  type Plan = { method: AccessMethod; candidate?: number; run: () => Promise<Result<SmSession>> };
  const plans: Plan[] = [];
  if (paceParameters !== undefined && options.can !== undefined && options.can.length > 0) {
    plans.push({ method: 'PACE-CAN', run: viaPace({ kind: 'can', can: options.can }, paceParameters) });
  }
  (options.mrzCandidates ?? []).forEach((candidate, index) => {
    const info = typeof candidate === 'string' ? { ok: true as const, value: candidate } : mrzInformation(candidate);
    if (!info.ok) return; // not a possible MRZ: nothing to send
    if (options.paceWithMrz === true && paceParameters !== undefined) {
      plans.push({ method: 'PACE-MRZ', candidate: index, run: viaPace({ kind: 'mrz', mrzInformation: info.value }, paceParameters) });
    } else {
      plans.push({ method: 'BAC', candidate: index, run: viaBac(info.value) });
    }
  });
  if (plans.length === 0) return failure('access.no-credentials', 'no CAN for a PACE chip and no valid MRZ candidate');

  for (const plan of plans) {
    const r = await plan.run();
    const where = plan.candidate === undefined ? {} : { candidate: plan.candidate };
    if (r.ok) {
      attempts.push({ method: plan.method, ...where, outcome: 'granted' });
      return ok({
        session: r.value,
        method: plan.method,
        attempts,
        failedAttempts: failed(),
        ...(paceInfo ? { paceInfo } : {}),
        reauthenticate: plan.run,
      });
    }
    const code = r.error.code;
    const denied = code === 'pace.denied' || code === 'bac.denied';
    attempts.push({ method: plan.method, ...where, outcome: denied ? 'denied' : 'failed', code });
    if (isTransportCode(code)) return failure(code, r.error.detail);
    if (code === 'access.no-application') return failure(code, r.error.detail);
  }
  return attempts.every((a) => a.outcome === 'denied')
    ? failure('access.denied', `the chip refused all ${attempts.length} credential(s)`)
    : failure('access.failed', `no access after ${attempts.length} attempt(s): ${attempts.map((a) => a.code).join(', ')}`);
};
