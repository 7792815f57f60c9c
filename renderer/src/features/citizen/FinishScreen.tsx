import { useEffect, useRef } from 'react';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { ProcedureSlipButton } from '../printing/ProcedureSlipButton';
import { RatingPanel } from '../rating/RatingPanel';

/**
 * The end: take your card, then "Hoàn tất" wipes the session. With the card still on the reader,
 * lifting it ends the session too (the flow says so here, and only here). On the way out: the slip
 * of the procedure, and the satisfaction question (skippable: "Hoàn tất" never waits for it).
 */
export function FinishScreen({ helpCalled, procedure, cardPresent, onFinish, onCardRemoved }: {
  helpCalled: boolean;
  /** The procedure just guided and the case chosen on its checklist: its slip can be printed here. */
  procedure: { code: string; caseIndex: number | null } | null;
  cardPresent: boolean;
  onFinish: () => void;
  onCardRemoved: () => void;
}) {
  const { t } = useI18n();
  const wasPresent = useRef(cardPresent);
  useEffect(() => {
    if (wasPresent.current && !cardPresent) onCardRemoved();
    wasPresent.current = cardPresent;
  }, [cardPresent, onCardRemoved]);
  return (
    <section className="finish card" data-testid="finish-screen">
      <h1>{t('finish.title')}</h1>
      {helpCalled && <p className="notice">{t('finish.helpComing')}</p>}
      {procedure && <ProcedureSlipButton code={procedure.code} caseIndex={procedure.caseIndex} />}
      <RatingPanel />
      <p className="finish-card">{t(cardPresent ? 'finish.removeCard' : 'finish.takeCard')}</p>
      <p>{t('finish.wipeNote')}</p>
      <Button variant="primary" large onClick={onFinish} data-testid="finish-done">{t('finish.done')}</Button>
    </section>
  );
}
