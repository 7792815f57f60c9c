import type { PrintFault } from '../../../../electron/api/printing';
import { useI18n } from '../../i18n/i18n';
import { PhoneQr } from '../guide/PhoneQr';

export type PrintState = { readonly kind: 'idle' } | { readonly kind: 'printing' } | { readonly kind: 'printed' } | { readonly kind: 'fault'; readonly fault: PrintFault };

/**
 * What the citizen is told about the slip, in plain words. When the printer cannot print, the phone
 * QR is offered in its place (when there is a page to open), so the citizen still leaves with something.
 */
export function PrintStatusMessage({ state, qrUrl }: { state: PrintState; qrUrl?: string | undefined }) {
  const { t } = useI18n();
  if (state.kind === 'idle') return null;
  if (state.kind === 'printing') return <p className="notice" role="status" data-testid="print-status" data-state="printing">{t('print.printing')}</p>;
  if (state.kind === 'printed') return <p className="notice notice-ok" role="status" data-testid="print-status" data-state="printed">{t('print.printed')}</p>;
  const transient = state.fault === 'busy';
  return (
    <div className="print-fault" role="alert" data-testid="print-status" data-state="fault" data-fault={state.fault}>
      <p className="notice">{t(`print.fault.${state.fault}`)}</p>
      {!transient && qrUrl && (
        <>
          <p>{t('print.instead')}</p>
          <PhoneQr url={qrUrl} title={t('print.phoneTitle')} />
        </>
      )}
    </div>
  );
}
