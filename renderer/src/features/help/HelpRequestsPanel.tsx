import { useCallback, useEffect, useState } from 'react';
import type { HelpRequest } from '../../../../electron/api/help';
import { useClient, useEvent } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { clockTime, helpScreenKey } from './help-screens';
import './help.css';

export interface HelpRequestsPanelProps {
  /** The signed-in staff session token (from staff.signIn). */
  readonly token: string;
  /** Clock for "minutes ago", injected by tests (default Date.now). */
  readonly now?: () => number;
}

/**
 * For the staff face: the open "call staff" requests from citizen kiosks, newest changes pushed by
 * 'help.changed', each with "On my way" (help.acknowledge). Shows no personal data because the
 * requests carry none: kiosk, time and the screen the citizen was on.
 */
export function HelpRequestsPanel({ token, now = Date.now }: HelpRequestsPanelProps) {
  const client = useClient();
  const { t } = useI18n();
  const [requests, setRequests] = useState<readonly HelpRequest[]>([]);
  const [error, setError] = useState(false);
  const [, tick] = useState(0);

  useEffect(() => {
    let live = true;
    void client.call('help.requests', { token }).then((r) => {
      if (!live) return;
      setError(!r.ok);
      if (r.ok) setRequests(r.value.requests);
    });
    return () => {
      live = false;
    };
  }, [client, token]);
  useEvent('help.changed', useCallback((p: { requests: HelpRequest[] }) => setRequests(p.requests), []));
  // "n minutes ago" moves on while the panel is open.
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);

  const acknowledge = async (id: number) => {
    const r = await client.call('help.acknowledge', { token, id });
    if (r.ok) setRequests(r.value.requests);
    else setError(true);
  };

  return (
    <section className={`help-panel card ${requests.length > 0 ? 'help-panel-open' : ''}`} aria-labelledby="help-panel-title" data-testid="help-requests-panel">
      <h2 id="help-panel-title">
        {t('help.panel.title')} {requests.length > 0 && <span className="help-count" data-testid="help-requests-count">{requests.length}</span>}
      </h2>
      {error && <p className="notice" role="alert">{t('help.panel.error')}</p>}
      {requests.length === 0 && !error && <p>{t('help.panel.none')}</p>}
      <ul className="help-list" aria-live="assertive">
        {requests.map((r) => (
          <li key={r.id} className="help-item" data-testid="help-request">
            <div>
              <strong>{t('help.panel.at', { kiosk: r.kiosk, time: clockTime(r.requestedAt), minutes: Math.max(0, Math.floor((now() - Date.parse(r.requestedAt)) / 60_000)) })}</strong>
              <br />
              {t('help.panel.screen', { screen: t(helpScreenKey(r.screen)) })}
            </div>
            <Button variant="primary" onClick={() => void acknowledge(r.id)} data-testid="help-acknowledge">{t('help.panel.acknowledge')}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
