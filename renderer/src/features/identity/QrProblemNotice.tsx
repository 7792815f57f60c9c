import type { CardQrProblem } from '../../../../electron/api/identity';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-vi';

/** What a card QR that could not be used means, as the core judged it, in the citizen's words. */
function mainText(p: CardQrProblem): MessageKey {
  if (p.next === 'place-card') return 'identity.qr.placeCard';
  if (p.problem === 'unknown-layout') return 'identity.unknownLayout';
  if (p.problem === 'id-inconsistent') return 'identity.qr.idInconsistent';
  return 'identity.qr.typeId';
}

/**
 * The card QR problem above the identify screen: what to do next (the card on the reader; the ID on
 * the keypad), a rescan only when one can help (a bad read, a payload cut short: never keyboard-wedge
 * damage, which is the same on every scan), and a line for staff when the scanner's mode is the cause.
 * `fallback`: a problem the flow heard of (scan.notice) but the core's state does not hold (a QR
 * scanned while consent was refused): neither its ID nor its text was kept.
 */
export function QrProblemNotice({ problem, fallback }: { problem: CardQrProblem | undefined; fallback: 'damaged' | 'unknown-layout' | null }) {
  const { t } = useI18n();
  if (!problem && !fallback) return null;
  const kind = problem?.problem ?? fallback!;
  return (
    <div className="notice identity-problem" role="alert" data-testid="qr-problem" data-problem={kind} data-next={problem?.next ?? 'type-id'}>
      <p>{t(problem ? mainText(problem) : kind === 'damaged' ? 'identity.damaged' : 'identity.unknownLayout')}</p>
      {problem?.offerRescan && <p data-testid="qr-rescan">{t('identity.qr.rescan')}</p>}
      {problem?.scannerModeHint && <p className="identity-staff-hint" data-testid="qr-staff-hint">{t('identity.qr.staffHint')}</p>}
    </div>
  );
}
