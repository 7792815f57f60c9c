import { useState } from 'react';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { Icon } from '../citizen/Icon';
import type { MessageKey } from '../../i18n/messages-vi';
import { IdentityResult } from './IdentityResult';
import { IdNumberKeypad } from './IdNumberKeypad';
import { QrProblemNotice } from './QrProblemNotice';
import { useIdentity } from './use-identity';
import './identity.css';

const STEP_KEYS = new Set(['access', 'DG1', 'DG13', 'DG2', 'SOD', 'verify', 'done']);

/**
 * A card QR that could not be used, as the flow heard of it (scan.notice): damaged, or a layout the
 * parser does not know. The core's identity state says more (`qrProblem`: what to do next) and wins.
 */
export type QrProblem = 'damaged' | 'unknown-layout';

export interface IdentifyScreenProps {
  readonly onContinue: () => void;
  readonly onCallStaff: () => void;
  /** The last card QR problem (the flow listens to scan.notice and clears it on a good scan). */
  readonly qrProblem: QrProblem | null;
}

/**
 * QR → "now place the card" → chip read with a progress bar → who was read. The core drives the
 * states (identity.changed); this screen only words them and offers the next thing to do.
 */
export function IdentifyScreen({ onContinue, onCallStaff, qrProblem }: IdentifyScreenProps) {
  const { t, language } = useI18n();
  const { state, enterId, readCard, cancelRead } = useIdentity();
  const [keypad, setKeypad] = useState(false);
  const [qrOnly, setQrOnly] = useState(false);
  const { identity, read } = state;

  if (keypad) {
    return (
      <IdNumberKeypad
        onCancel={() => setKeypad(false)}
        onSubmit={async (id) => {
          const code = await enterId(id);
          if (!code) setKeypad(false);
          return code;
        }}
      />
    );
  }

  if (identity && (read.state === 'done' || (qrOnly && identity.source === 'qr'))) {
    return <IdentityResult identity={identity} onContinue={onContinue} onCallStaff={onCallStaff} />;
  }

  // The core's judgement of the last card QR; the flow's word only while nothing has superseded it
  // (a typed ID or a read since then would make its advice stale).
  const fallback = !state.qrProblem && !identity && read.state === 'idle' ? qrProblem : null;
  const problem = <QrProblemNotice problem={state.qrProblem} fallback={fallback} />;
  // No "scan again" advice when the core judged it useless (keyboard-wedge damage is the same on every scan).
  const rescanUseless = state.qrProblem !== undefined && !state.qrProblem.offerRescan;

  if (read.state === 'reading') {
    const stepKey = (STEP_KEYS.has(read.step) ? `identity.step.${read.step}` : 'identity.reading') as MessageKey;
    const percent = Math.round(read.progress * 100);
    return (
      <section className="identify card" data-testid="identify-reading">
        <h1>{t('identity.reading')}</h1>
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t(stepKey)}>
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <p>{t(stepKey)} · {percent}%</p>
      </section>
    );
  }

  if (read.state === 'failed') {
    return (
      <section className="identify card" data-testid="identify-failed" data-code={read.code}>
        <h1 className="identify-error" role="alert">{errorText(language, read.code)}</h1>
        <div className="identify-actions">
          {read.retryable && <Button variant="primary" large onClick={() => void readCard()} data-testid="identify-retry">{t('identity.retry')}</Button>}
          <Button large onClick={() => setKeypad(true)}>{t('identity.typeId')}</Button>
          {read.code === 'card.unreadable' && <Button variant="danger" large onClick={onCallStaff}>{t('nav.callStaff')}</Button>}
        </div>
        {!rescanUseless && <p>{t('identity.rescan')}: {t('identity.scanQrHint')}</p>}
      </section>
    );
  }

  if (read.state === 'waiting-for-card') {
    return (
      <section className="identify card" data-testid="identify-place-card">
        {problem}
        <div className="identify-illustration"><Icon name="card-on-reader" size={140} /></div>
        <h1>{t('identity.placeCard')}</h1>
        <p>{t('identity.placeCardHint')}</p>
        {identity?.source === 'qr' && identity.integrity === 'ok' && (
          <Button onClick={() => { setQrOnly(true); void cancelRead(); }} data-testid="identify-skip-chip">{t('identity.skipChip')}</Button>
        )}
      </section>
    );
  }

  return (
    <section className="identify card" data-testid="identify-scan">
      {problem}
      <div className="identify-illustration"><Icon name="qr" size={140} /></div>
      <h1>{state.cardPresent ? t('identity.cardFirst') : t('identity.scanQr')}</h1>
      <p>{t('identity.scanQrHint')}</p>
      <Button large onClick={() => setKeypad(true)} data-testid="identify-type-id">{t('identity.typeId')}</Button>
    </section>
  );
}
