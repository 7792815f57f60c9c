import { useEffect, useState } from 'react';
import type { ReportReminder } from '../../../../electron/api/staff';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { Accounts } from './admin/Accounts';
import { AuditLog } from './audit/AuditLog';
import { AssistFlow } from './assist/AssistFlow';
import { Dashboard } from './dashboard/Dashboard';
import { viDate } from './dates';
import { FollowUps } from './FollowUps';
import { Referrals } from './Referrals';
import { Reports } from './Reports';
import { KioskTab } from './KioskTab';
import { HelpRequestsPanel } from '../help/HelpRequestsPanel';
import type { StaffSession, StaffSessionApi } from './use-staff-session';

type Tab = 'assist' | 'followUps' | 'referrals' | 'dashboard' | 'reports' | 'kiosk' | 'accounts' | 'audit';

/** The signed-in staff face: one tab per job, and the monthly-report reminder from the 5th. */
export function StaffHome({ staff, session }: { staff: StaffSessionApi; session: StaffSession }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('assist');
  const [reminder, setReminder] = useState<ReportReminder | null>(null);
  const role = session.account.role;
  const tabs: Tab[] = ['assist', 'followUps', 'referrals', 'dashboard', ...(role === 'volunteer' ? [] : (['reports', 'kiosk'] as const)), ...(role === 'admin' ? (['accounts', 'audit'] as const) : [])];

  useEffect(() => {
    void staff.call('staff.reports.reminder', {}).then((r) => r.ok && setReminder(r.value));
  }, [staff.call, tab]);

  const month = reminder ? `${reminder.period.from.slice(5, 7)}/${reminder.period.from.slice(0, 4)}` : '';
  return (
    <div className="staff-home">
      {reminder?.show && (
        <div className={`notice staff-reminder${reminder.overdue ? ' overdue' : ''}`} role="status" data-testid="report-reminder">
          <span>{t(reminder.overdue ? 'staff.reminder.overdue' : 'staff.reminder', { month, due: viDate(reminder.dueBy) })}</span>
          {role !== 'volunteer' && <Button onClick={() => setTab('reports')}>{t('staff.reminder.open')}</Button>}
        </div>
      )}
      <HelpRequestsPanel token={session.token} />
      <nav className="staff-tabs" role="tablist">
        {tabs.map((x) => (
          <Button key={x} role="tab" aria-selected={tab === x} aria-pressed={tab === x} onClick={() => setTab(x)} data-testid={`staff-tab-${x}`}>
            {t(`staff.nav.${x}` as const)}
          </Button>
        ))}
      </nav>
      <div className="staff-panel" role="tabpanel">
        {tab === 'assist' && <AssistFlow staff={staff} onRefer={() => setTab('referrals')} />}
        {tab === 'followUps' && <FollowUps staff={staff} />}
        {tab === 'referrals' && <Referrals staff={staff} canExport={role !== 'volunteer'} />}
        {tab === 'dashboard' && <Dashboard staff={staff} canReport={role !== 'volunteer'} />}
        {tab === 'reports' && <Reports staff={staff} />}
        {tab === 'kiosk' && <KioskTab token={session.token} isAdmin={role === 'admin'} />}
        {tab === 'accounts' && <Accounts staff={staff} token={session.token} selfId={session.account.id} />}
        {tab === 'audit' && <AuditLog staff={staff} />}
      </div>
    </div>
  );
}
