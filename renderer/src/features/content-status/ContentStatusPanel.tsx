import { useCallback, useEffect, useState } from 'react';
import type { ContentStatus } from '../../../../electron/api/catalogue';
import type { DisplayContentStatus } from '../../../../electron/api/display';
import { useClient, useEvent } from '../../app/client-context';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { CatalogueBlock } from './CatalogueBlock';
import { DisplayBlock } from './DisplayBlock';
import './content-status.css';

type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; code: string } | { kind: 'ready'; value: T };

export interface ContentStatusPanelProps {
  /** The signed-in staff session token: the display status is for staff and admins, not volunteers. */
  readonly token: string;
}

/**
 * For ward clerks on the staff face: whether the procedure pack and the lobby display content went
 * live or were refused, and why, without a technician. Reads 'catalogue.contentStatus' and
 * 'display.contentStatus', then follows 'catalogue.contentStatusChanged' and
 * 'display.contentStatusChanged' so a save shows here within the core's reload time.
 */
export function ContentStatusPanel({ token }: ContentStatusPanelProps) {
  const client = useClient();
  const { t, language } = useI18n();
  const [catalogue, setCatalogue] = useState<Loaded<ContentStatus>>({ kind: 'loading' });
  const [display, setDisplay] = useState<Loaded<DisplayContentStatus>>({ kind: 'loading' });

  const read = useCallback(
    async (isCurrent: () => boolean, keepNewer: boolean) => {
      const [c, d] = await Promise.all([client.call('catalogue.contentStatus', {}), client.call('display.contentStatus', { token })]);
      if (!isCurrent()) return;
      // At mount an event may have arrived before the answer: the event is the newer state.
      const take = <T,>(prev: Loaded<T>, next: Loaded<T>) => (keepNewer && prev.kind === 'ready' ? prev : next);
      setCatalogue((prev) => take(prev, c.ok ? { kind: 'ready', value: c.value } : { kind: 'failed', code: c.error.code }));
      setDisplay((prev) => take(prev, d.ok ? { kind: 'ready', value: d.value } : { kind: 'failed', code: d.error.code }));
    },
    [client, token],
  );

  useEffect(() => {
    let current = true;
    void read(() => current, true);
    return () => {
      current = false;
    };
  }, [read]);
  useEvent('catalogue.contentStatusChanged', useCallback((s: ContentStatus) => setCatalogue({ kind: 'ready', value: s }), []));
  useEvent('display.contentStatusChanged', useCallback((s: DisplayContentStatus) => setDisplay({ kind: 'ready', value: s }), []));

  const pending = (state: Loaded<unknown>) =>
    state.kind === 'loading' ? <p>{t('contentStatus.loading')}</p> : state.kind === 'failed' ? <p className="notice" role="alert">{t('contentStatus.loadFailed', { reason: errorText(language, state.code) })}</p> : null;

  return (
    <section className="content-status" data-testid="content-status" aria-labelledby="content-status-title">
      <div className="content-status-head">
        <h2 id="content-status-title">{t('contentStatus.title')}</h2>
        <Button onClick={() => void read(() => true, false)} data-testid="content-status-refresh">{t('contentStatus.refresh')}</Button>
      </div>
      <p>{t('contentStatus.intro')}</p>
      <div className="content-status-blocks" aria-live="polite">
        {catalogue.kind === 'ready' ? <CatalogueBlock status={catalogue.value} /> : <div className="content-status-block">{pending(catalogue)}</div>}
        {display.kind === 'ready' ? <DisplayBlock status={display.value} /> : <div className="content-status-block">{pending(display)}</div>}
      </div>
    </section>
  );
}
