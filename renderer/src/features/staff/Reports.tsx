import { useState } from 'react';
import type { ReportFormat } from '../../../../electron/api/staff';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { viDate } from './dates';
import { saveFile } from './download';
import type { StaffSessionApi } from './use-staff-session';

type Kind = 'previous-month' | 'previous-week' | 'custom';

/** The ward's periodic reports (XLSX for printing and sending, CSV, JSON), downloaded to this screen. */
export function Reports({ staff }: { staff: StaffSessionApi }) {
  const { t, language } = useI18n();
  const [kind, setKind] = useState<Kind>('previous-month');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const generate = async (format: ReportFormat) => {
    const period = kind === 'custom' ? { kind, from, to } : { kind };
    const r = await staff.call('staff.reports.generate', { period, format });
    if (!r.ok) return setMessage({ ok: false, text: errorText(language, r.error.code) });
    saveFile(r.value.file);
    setMessage({ ok: true, text: t('staff.reports.ready', { from: viDate(r.value.period.from), to: viDate(r.value.period.to), file: r.value.file.fileName }) });
  };
  const customReady = kind !== 'custom' || (from !== '' && to !== '');

  return (
    <section className="staff-reports" data-testid="reports">
      <h2>{t('staff.reports.title')}</h2>
      <p>{t('staff.reports.intro')}</p>
      <div className="staff-choice-row">
        {(['previous-month', 'previous-week', 'custom'] as const).map((k) => (
          <Button key={k} aria-pressed={kind === k} onClick={() => setKind(k)} data-testid={`report-${k}`}>
            {t(k === 'previous-month' ? 'staff.reports.previousMonth' : k === 'previous-week' ? 'staff.reports.previousWeek' : 'staff.reports.custom')}
          </Button>
        ))}
      </div>
      {kind === 'custom' && (
        <div className="staff-choice-row">
          <label>{t('staff.reports.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="report-from" /></label>
          <label>{t('staff.reports.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="report-to" /></label>
        </div>
      )}
      <div className="staff-actions">
        {(['xlsx', 'csv', 'json'] as const).map((f) => (
          <Button key={f} variant={f === 'xlsx' ? 'primary' : 'secondary'} disabled={!customReady} onClick={() => void generate(f)} data-testid={`report-download-${f}`}>
            {t('staff.reports.download', { format: f.toUpperCase() })}
          </Button>
        ))}
      </div>
      {message && <p className={message.ok ? 'staff-ok' : 'notice'} role="status" data-testid="report-message">{message.text}</p>}
    </section>
  );
}
