import { useCall } from '../procedures/use-call';
import { PrintSlipButton } from './PrintSlipButton';
import { slipFromProcedure } from './slip-from-procedure';

/**
 * The slip button for a procedure by code (the checklist, the guide and the finish screen use it):
 * fetches the procedure and hands its public facts to PrintSlipButton.
 */
export function ProcedureSlipButton({ code, caseIndex }: { code: string; caseIndex: number | null }) {
  const { value } = useCall('catalogue.getProcedure', { code });
  const p = value?.procedure;
  return p ? <PrintSlipButton slip={slipFromProcedure(p, caseIndex)} /> : null;
}
