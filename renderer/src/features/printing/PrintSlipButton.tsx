import { useEffect, useState } from 'react';
import type { SlipContent } from '../../../../electron/api/printing';
import { useClient } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { PrintStatusMessage, type PrintState } from './PrintStatusMessage';
import './printing.css';

/**
 * "In phiếu hướng dẫn": prints the slip from plain public facts (procedure code and name, the chosen
 * case, papers with counts and where to get them, fee and time per channel, where to go, the phone
 * QR's address). Nothing personal can be passed. The print runs in the background: the citizen can
 * keep using the screen, and the status line says what happened. Hidden when the kiosk has no printer.
 */
export function PrintSlipButton({ slip }: { slip: SlipContent }) {
  const client = useClient();
  const { t } = useI18n();
  const [available, setAvailable] = useState(false);
  const [state, setState] = useState<PrintState>({ kind: 'idle' });
  useEffect(() => {
    let live = true;
    void client.call('printer.available', {}).then((r) => live && setAvailable(r.ok && r.value.available));
    return () => { live = false; };
  }, [client]);
  if (!available) return null;

  const print = () => {
    setState({ kind: 'printing' });
    void client.call('printer.printSlip', slip).then((r) => {
      if (!r.ok) setState({ kind: 'fault', fault: 'error' });
      else setState(r.value.printed ? { kind: 'printed' } : { kind: 'fault', fault: r.value.fault });
    });
  };
  return (
    <div className="print-slip" data-testid="print-slip">
      <Button large onClick={print} disabled={state.kind === 'printing'} data-testid="print-slip-button">
        {t(state.kind === 'printed' ? 'print.again' : 'print.button')}
      </Button>
      <PrintStatusMessage state={state} qrUrl={slip.qrUrl} />
    </div>
  );
}
