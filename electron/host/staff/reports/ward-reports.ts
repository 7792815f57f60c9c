import type { Dashboard, Period, ReportFormat, ReportReminder } from '../../../api/staff';
import { ApiFailure } from '../../api/api-failure';
import type { KioskConfig } from '../../config/kiosk-config-schema';
import type { CitizenSessionLog } from '../../storage/repositories/citizen-session-log';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import { buildDashboard } from './dashboard';
import { currentPeriod, monthlyReminder, periodProblem, previousMonth, previousWeek } from './periods';
import type { StatsQueries } from './stats-queries';
import { renderDocument, type RenderedFile } from './table-files';
import { buildWardReport } from './ward-report';

export type ReportPeriodRequest = { kind: 'previous-week' } | { kind: 'previous-month' } | { kind: 'custom'; from: string; to: string };

/** The dashboard, the periodic reports and the monthly reminder. Exports are written to the audit log. */
export class WardReports {
  constructor(
    private readonly stats: StatsQueries,
    private readonly sessions: CitizenSessionLog,
    private readonly config: KioskConfig,
    private readonly audit: AuditLog,
    private readonly now: () => Date,
  ) {}

  dashboard(range: 'today' | 'week' | 'month'): Dashboard {
    const now = this.now();
    return buildDashboard(this.stats, this.sessions, this.config, currentPeriod(range, now), now);
  }

  dashboardFor(period: Period): Dashboard {
    return buildDashboard(this.stats, this.sessions, this.config, period, this.now());
  }

  resolvePeriod(request: ReportPeriodRequest): { period: Period; kind: 'weekly' | 'monthly' | 'custom' } {
    const now = this.now();
    if (request.kind === 'previous-week') return { period: previousWeek(now), kind: 'weekly' };
    if (request.kind === 'previous-month') return { period: previousMonth(now), kind: 'monthly' };
    const period = { from: request.from, to: request.to };
    const problem = periodProblem(period);
    if (problem) throw new ApiFailure(problem);
    // A custom period that is exactly a calendar month counts as that month's report (for the reminder).
    const isMonth = period.from.endsWith('-01') && previousMonthOf(period.to) === period.from;
    return { period, kind: isMonth ? 'monthly' : 'custom' };
  }

  async generate(request: ReportPeriodRequest, format: ReportFormat, actor: AuditActor): Promise<{ period: Period; file: RenderedFile }> {
    const { period, kind } = this.resolvePeriod(request);
    const doc = buildWardReport({
      dashboard: this.dashboardFor(period), ward: this.config.ward, kind, generatedAt: this.now(), auditHead: this.audit.head(),
    });
    const file = await renderDocument(doc, format);
    this.audit.append(actor, 'report.exported', null, { kind, from: period.from, to: period.to, format });
    return { period, file };
  }

  reminder(): ReportReminder {
    const now = this.now();
    const { from, to } = previousMonth(now);
    return monthlyReminder(now, this.audit.lastOf('report.exported', { from, to }) !== null);
  }
}

/** The first day of the month of `iso` when `iso` is that month's last day, else null. */
function previousMonthOf(iso: string): string | null {
  const next = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return next.endsWith('-01') ? `${iso.slice(0, 7)}-01` : null;
}
