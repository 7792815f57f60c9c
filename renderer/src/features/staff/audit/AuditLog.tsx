import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AuditEntryView, AuditVerdict } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { errorText, useI18n, type Translate } from '../../../i18n/i18n';
import type { StaffSessionApi } from '../use-staff-session';
import { ACTION_GROUPS, actionLabelKey, detailsText, problemKey, subjectParts, viDateTime, type ActionGroup } from './audit-labels';
import './audit.css';

/** Entries per page ("Xem thêm" loads the next older page). */
const PAGE = 50;

/**
 * Admin: the audit log on screen. The chain's verdict over the whole log (as `kiosk audit verify`)
 * on top in plain words, then the entries newest first, filtered by kind of action, paged with
 * "Xem thêm". Viewing is not audited (see the 'staff.audit.list' handler).
 */
export function AuditLog({ staff }: { staff: Pick<StaffSessionApi, 'call'> }) {
  const { t, language } = useI18n();
  const filterId = useId();
  const [group, setGroup] = useState<ActionGroup>('all');
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Answers to an older request (the filter changed meanwhile) are dropped.
  const latest = useRef(0);

  const load = useCallback(async (beforeSeq: number | null) => {
    const request = ++latest.current;
    const prefix = ACTION_GROUPS.find((g) => g.id === group)!.prefix;
    setLoading(true);
    const r = await staff.call('staff.audit.list', { limit: PAGE, ...(beforeSeq !== null ? { beforeSeq } : {}), ...(prefix ? { action: prefix } : {}) });
    if (request !== latest.current) return;
    setLoading(false);
    if (!r.ok) {
      setError(r.error.code);
      return;
    }
    setError(null);
    setVerdict(r.value.verdict);
    setEntries((old) => (beforeSeq === null ? r.value.entries : [...old, ...r.value.entries]));
    setNext(r.value.nextBeforeSeq);
  }, [staff.call, group]);

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <section className="staff-audit" data-testid="audit-log">
      <h2>{t('staff.audit.title')}</h2>
      {verdict && <VerdictBanner verdict={verdict} t={t} />}
      <p className="staff-audit-intro">{t('staff.audit.intro')}</p>
      {error && <p className="notice" role="alert" data-testid="audit-error">{errorText(language, error)}</p>}
      <div className="staff-audit-filter">
        <label htmlFor={filterId}>{t('staff.audit.filter')}</label>
        <select id={filterId} value={group} onChange={(e) => setGroup(e.target.value as ActionGroup)} data-testid="audit-filter">
          {ACTION_GROUPS.map((g) => <option key={g.id} value={g.id}>{t(`staff.audit.group.${g.id}`)}</option>)}
        </select>
      </div>
      {entries.length === 0 && !loading && !error && <p data-testid="audit-empty">{t('staff.audit.empty')}</p>}
      {entries.length > 0 && (
        <div className="staff-audit-scroll">
          <table className="staff-audit-table" data-testid="audit-entries">
            <thead>
              <tr>
                <th scope="col">{t('staff.audit.col.seq')}</th>
                <th scope="col">{t('staff.audit.col.time')}</th>
                <th scope="col">{t('staff.audit.col.who')}</th>
                <th scope="col">{t('staff.audit.col.what')}</th>
                <th scope="col">{t('staff.audit.col.subject')}</th>
                <th scope="col">{t('staff.audit.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq} data-testid={`audit-entry-${e.seq}`} className={verdict && !verdict.ok && verdict.atSeq === e.seq ? 'staff-audit-broken' : undefined}>
                  <td>{e.seq}</td>
                  <td><time dateTime={e.at}>{viDateTime(e.at)}</time></td>
                  <td>{who(e, t)}</td>
                  <td title={e.action}>{what(e.action, t)}</td>
                  <td>{subject(e.subject, t)}</td>
                  <td className="staff-audit-details">{detailsText(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loading && <p role="status">{t('staff.audit.loading')}</p>}
      {next !== null && !loading && (
        <Button large onClick={() => void load(next)} data-testid="audit-more">{t('staff.audit.more')}</Button>
      )}
    </section>
  );
}

function VerdictBanner({ verdict, t }: { verdict: AuditVerdict; t: Translate }) {
  if (verdict.ok) {
    return <p className="staff-audit-verdict ok" role="status" data-testid="audit-verdict">✓ {t('staff.audit.intact', { count: verdict.entries })}</p>;
  }
  const reason = problemKey(verdict.reason);
  return (
    <div className="staff-audit-verdict broken" role="alert" data-testid="audit-verdict">
      <p className="staff-audit-verdict-title">✗ {t('staff.audit.broken', { seq: verdict.atSeq })}</p>
      <p data-testid="audit-verdict-reason">{reason ? t(reason) : verdict.reason}</p>
      <p>{t('staff.audit.brokenAdvice')}</p>
    </div>
  );
}

function who(e: AuditEntryView, t: Translate): string {
  if (e.actorName) return e.actorName;
  if (e.actor === 'cli') return t('staff.audit.actor.cli');
  if (e.actor === 'system') return t('staff.audit.actor.system');
  const id = /^staff:(\d+)$/.exec(e.actor)?.[1];
  return id ? t('staff.audit.actor.account', { id }) : e.actor;
}

function what(action: string, t: Translate): string {
  const key = actionLabelKey(action);
  return key ? t(key) : action;
}

function subject(s: string | null, t: Translate): string {
  if (s === null) return '';
  const parts = subjectParts(s);
  return parts ? t(parts.key, { id: parts.id }) : s;
}
