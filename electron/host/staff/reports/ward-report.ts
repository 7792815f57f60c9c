import type { Dashboard } from '../../../api/staff';
import type { AuditHead } from '../audit/audit-chain';
import { vnDate } from './periods';
import { DISSATISFACTION_VI, ERROR_KIND_VI, GOAL_VI, RATING_VI, REASON_VI } from './report-labels';
import { viDate, type CellValue, type ReportDocument, type ReportTable } from './report-model';

export interface WardReportInput {
  readonly dashboard: Dashboard;
  readonly ward: { readonly name: string; readonly province: string };
  readonly kind: 'weekly' | 'monthly' | 'custom';
  readonly generatedAt: Date;
  /** The audit log's head when the report was made: anchors the log outside the kiosk. */
  readonly auditHead: AuditHead | null;
}

const KIND_VI = { weekly: 'Báo cáo tuần', monthly: 'Báo cáo tháng', custom: 'Báo cáo' } as const;
const fraction = (n: number, of: number): number | null => (of > 0 ? n / of : null);

/**
 * The ward's periodic report on the kiosk's work (reporting.md "What a ward report counts"), as tables
 * with Vietnamese headings. Every number comes from the dashboard of the same period.
 */
export function buildWardReport(input: WardReportInput): ReportDocument {
  const d = input.dashboard;
  const p = d.period;
  const when = input.generatedAt;
  const time = new Date(when.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  const audit = input.auditHead ? ` · Nhật ký #${input.auditHead.seq} ${input.auditHead.hash.slice(0, 16)}` : '';
  const tables: ReportTable[] = [
    summaryTable(d),
    byGoalTable(d),
    withTotal({
      id: 'failure-reasons', sheet: 'Lý do không thành công', title: 'Lý do không thành công',
      columns: [{ title: 'Lý do', kind: 'text', width: 40 }, { title: 'Số lượt', kind: 'int' }],
      rows: d.failureReasons.map((f) => [REASON_VI[f.reason], f.count]),
    }),
    withTotal({
      id: 'by-staff', sheet: 'Theo cán bộ', title: 'Kết quả theo cán bộ, tình nguyện viên',
      columns: [
        { title: 'Cán bộ / tình nguyện viên', kind: 'text', width: 30 }, { title: 'Tổ', kind: 'text', width: 24 },
        { title: 'Lượt hỗ trợ', kind: 'int' }, { title: 'Công dân', kind: 'int' }, { title: 'Hoàn thành', kind: 'int' },
      ],
      rows: d.byStaff.map((s) => [s.name, s.team, s.records, s.citizens, s.completed]),
    // One citizen helped by two people is one citizen: the total is the period's distinct count, not the sum.
    }, [2, 4], { 3: d.totals.citizens }),
    withTotal({
      id: 'by-team', sheet: 'Theo tổ', title: 'Kết quả theo tổ',
      columns: [{ title: 'Tổ', kind: 'text', width: 30 }, { title: 'Lượt hỗ trợ', kind: 'int' }, { title: 'Công dân', kind: 'int' }, { title: 'Hoàn thành', kind: 'int' }],
      rows: d.byTeam.map((t) => [t.team || '(không có tổ)', t.records, t.citizens, t.completed]),
    }, [1, 3], { 2: d.totals.citizens }),
    withTotal({
      id: 'referrals', sheet: 'Chuyển Công an', title: 'Sai sót dữ liệu đã chuyển Công an phường (theo loại)',
      columns: [{ title: 'Loại sai sót', kind: 'text', width: 36 }, { title: 'Số trường hợp', kind: 'int' }],
      rows: d.referralsByKind.map((r) => [ERROR_KIND_VI[r.kind], r.count]),
    // A referral may name several kinds of error: the total is the number of referrals, not of kinds.
    }, [], { 1: d.totals.referrals }),
    withTotal({
      id: 'procedures', sheet: 'Thủ tục được hướng dẫn', title: 'Hồ sơ trực tuyến được hướng dẫn tại ki-ốt (theo thủ tục)',
      columns: [
        { title: 'Mã thủ tục', kind: 'text', width: 20 }, { title: 'Lượt hướng dẫn', kind: 'int' },
        { title: 'Đã nộp trực tuyến', kind: 'int' }, { title: 'Tỷ lệ nộp', kind: 'percent' },
      ],
      rows: d.citizenSessions.byProcedure.map((x) => [x.code, x.guided, x.submitted, fraction(x.submitted, x.guided)]),
    }, [1, 2]),
    satisfactionTable(d),
    {
      id: 'targets', sheet: 'Tiến độ chỉ tiêu', title: 'Tiến độ so với chỉ tiêu của phường',
      columns: [
        { title: 'Chỉ tiêu', kind: 'text', width: 40 }, { title: 'Mục tiêu (%)', kind: 'int', width: 12 },
        { title: 'Thời hạn', kind: 'date' }, { title: 'Số người cần đạt', kind: 'int' },
        { title: 'Đã đạt qua ki-ốt', kind: 'int' }, { title: 'Tỷ lệ hoàn thành', kind: 'percent' },
      ],
      rows: d.targets.map((t) => [t.label, t.percent, t.deadline, t.targetCount, t.achieved, t.achieved === null ? null : fraction(t.achieved, t.targetCount)]),
    },
  ];
  return {
    title: `${KIND_VI[input.kind]} kết quả hỗ trợ VNeID và dịch vụ công trực tuyến`,
    subtitle: `${input.ward.name}, ${input.ward.province} · Kỳ: ${viDate(p.from)} – ${viDate(p.to)} · Lập lúc ${time} ${viDate(vnDate(when))}${audit}`,
    baseName: `bao-cao-${input.kind === 'monthly' ? 'thang' : input.kind === 'weekly' ? 'tuan' : 'ky'}-${p.from}-${p.to}`,
    tables,
  };
}

function summaryTable(d: Dashboard): ReportTable {
  const t = d.totals;
  const s = d.citizenSessions;
  const goal = (g: Dashboard['byGoal'][number]['goal']) => d.byGoal.find((x) => x.goal === g)!;
  const rows: [string, number][] = [
    ['Công dân được hỗ trợ (không trùng lặp)', t.citizens],
    ['Tổng lượt hỗ trợ', t.records],
    ['Hỗ trợ đăng ký VNeID mức 1 (đã gửi đăng ký)', goal('vneid-level1').completed + goal('vneid-level1').pending],
    ['Hỗ trợ kích hoạt VNeID thành công', goal('vneid-activation').completed],
    ['Hướng dẫn đăng ký mức 2 tại Công an', goal('vneid-level2-referral').pending + goal('vneid-level2-referral').completed],
    ['Liên kết tài khoản Cổng dịch vụ công', goal('portal-link').completed],
    ['Hồ sơ trực tuyến nộp lần đầu với hỗ trợ', goal('first-dossier').completed],
    ['Trường hợp đang chờ xử lý tiếp (toàn bộ)', t.followUpsOpen],
    ['Sai sót dữ liệu chuyển Công an phường', t.referrals],
    ['Phiên công dân tại ki-ốt', s.sessions],
    ['Phiên có xác thực thẻ căn cước', s.identified],
    ['Hồ sơ đã nộp trực tuyến tại ki-ốt', s.submitted],
    ['Hẹn hoàn tất trên điện thoại', s.finishOnPhone],
    ['Công dân đề nghị cán bộ hỗ trợ', s.needHelp],
    ['Đánh giá: Rất hài lòng', s.verySatisfied],
    ['Đánh giá: Hài lòng', s.satisfied],
    ['Đánh giá: Không hài lòng', s.dissatisfied],
  ];
  return {
    id: 'summary', sheet: 'Tổng hợp', title: 'Tổng hợp',
    columns: [{ title: 'Nội dung', kind: 'text', width: 50 }, { title: 'Số lượng', kind: 'int' }],
    rows,
  };
}

/**
 * Citizens' ratings at the kiosk with each level's share of the ratings given, then the reasons given
 * with "Không hài lòng" (anonymous counts, like every session number).
 */
function satisfactionTable(d: Dashboard): ReportTable {
  const s = d.citizenSessions;
  const rated = s.verySatisfied + s.satisfied + s.dissatisfied;
  const levels: [string, number][] = [[RATING_VI['very-satisfied'], s.verySatisfied], [RATING_VI.satisfied, s.satisfied], [RATING_VI.dissatisfied, s.dissatisfied]];
  return {
    id: 'satisfaction', sheet: 'Mức độ hài lòng', title: 'Mức độ hài lòng của công dân tại ki-ốt',
    columns: [{ title: 'Mức đánh giá / lý do không hài lòng', kind: 'text', width: 44 }, { title: 'Số lượt', kind: 'int' }, { title: 'Tỷ lệ', kind: 'percent' }],
    rows: [
      ...levels.map(([label, n]): CellValue[] => [label, n, fraction(n, rated)]),
      ['Tổng số lượt đánh giá', rated, null],
      ...s.dissatisfactionReasons.map((r): CellValue[] => [`Lý do không hài lòng: ${DISSATISFACTION_VI[r.reason]}`, r.count, fraction(r.count, s.dissatisfied)]),
    ],
  };
}

function byGoalTable(d: Dashboard): ReportTable {
  return withTotal({
    id: 'by-goal', sheet: 'Theo nội dung hỗ trợ', title: 'Kết quả theo nội dung hỗ trợ',
    columns: [
      { title: 'Nội dung hỗ trợ', kind: 'text', width: 40 }, { title: 'Hoàn thành', kind: 'int' }, { title: 'Chờ xử lý tiếp', kind: 'int' },
      { title: 'Không thành công', kind: 'int' }, { title: 'Chưa xong', kind: 'int' }, { title: 'Dừng lại', kind: 'int' },
      { title: 'Đang thực hiện', kind: 'int' }, { title: 'Tổng', kind: 'int' },
    ],
    rows: d.byGoal.map((g) => {
      const counts = [g.completed, g.pending, g.failed, g.incomplete, g.abandoned, g.open];
      return [GOAL_VI[g.goal], ...counts, counts.reduce((a, b) => a + b, 0)];
    }),
  }, [1, 2, 3, 4, 5, 6, 7]);
}

/**
 * Appends a "Tổng cộng" row summing the given columns (default: the last); `given` sets a column's
 * total where a sum would count one thing twice (distinct citizens, referrals with several kinds).
 */
function withTotal(t: Omit<ReportTable, 'totalRow'>, sumColumns?: readonly number[], given: Readonly<Record<number, CellValue>> = {}): ReportTable {
  const cols = sumColumns ?? [t.columns.length - 1];
  const sum = (i: number) => t.rows.reduce((s, r) => s + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
  const total: CellValue[] = t.columns.map((_, i) => (i === 0 ? 'Tổng cộng' : i in given ? given[i]! : cols.includes(i) ? sum(i) : null));
  return { ...t, rows: [...t.rows, total], totalRow: true };
}
