import { useCallback, useEffect, useId, useState } from 'react';
import { EMERGENCY_MAX_CHARS, type DisplayFeed, type EmergencyMessage } from '../../../../electron/api/display';
import { useClient, useEvent } from '../../app/client-context';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { formatVietnameseDateTime } from '../display/Clock';

/**
 * For an admin on the staff face: put an emergency message on every lobby display at once, replace
 * it, or take it down. Self-contained (reads the live message from the display feed and follows its
 * changes); mount it in the staff admin screen with the signed-in session's token. The core refuses
 * both calls unless the token belongs to a signed-in admin.
 */
export function EmergencyControl({ token }: { token: string }) {
  const client = useClient();
  const { t, language } = useI18n();
  const fieldId = useId();
  const [live, setLive] = useState<EmergencyMessage | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const follow = useCallback((feed: DisplayFeed) => setLive(feed.emergency), []);
  useEvent('display.feedChanged', follow);
  useEffect(() => {
    void client.call('display.feed', {}).then((r) => r.ok && follow(r.value));
  }, [client, follow]);

  const trimmed = text.trim();
  const run = async (work: () => Promise<{ ok: true } | { ok: false; error: { code: string } }>, done: string) => {
    setBusy(true);
    setNote(null);
    const r = await work();
    setBusy(false);
    setNote(r.ok ? { kind: 'ok', text: done } : { kind: 'error', text: errorText(language, r.error.code) });
    return r.ok;
  };

  const put = async () => {
    const ok = await run(async () => {
      const r = await client.call('display.setEmergency', { token, text: trimmed });
      if (r.ok) setLive(r.value);
      return r;
    }, t('displayAdmin.doneSet'));
    if (ok) setText('');
  };

  const withdraw = () =>
    run(async () => {
      const r = await client.call('display.withdrawEmergency', { token });
      if (r.ok) setLive(null);
      return r;
    }, t('displayAdmin.doneWithdrawn'));

  return (
    <section className="card emergency-control" data-testid="emergency-control" aria-busy={busy}>
      <h2>{t('displayAdmin.title')}</h2>
      <p>{t('displayAdmin.help')}</p>
      {live ? (
        <div className="notice" data-testid="emergency-live">
          <p>{t('displayAdmin.current', { time: formatVietnameseDateTime(new Date(live.setAt)) })}</p>
          <p><strong>{live.text}</strong></p>
          <Button variant="danger" disabled={busy} onClick={() => void withdraw()}>{t('displayAdmin.withdraw')}</Button>
        </div>
      ) : (
        <p data-testid="emergency-none">{t('displayAdmin.none')}</p>
      )}
      <label htmlFor={fieldId}>{t('displayAdmin.label')}</label>
      <textarea
        id={fieldId}
        rows={3}
        maxLength={EMERGENCY_MAX_CHARS}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="emergency-text"
        style={{ width: '100%' }}
      />
      <p aria-live="polite">{t('displayAdmin.count', { count: text.length, max: EMERGENCY_MAX_CHARS })}</p>
      <Button variant="primary" disabled={busy || trimmed.length === 0} onClick={() => void put()} data-testid="emergency-set">
        {live ? t('displayAdmin.replace') : t('displayAdmin.set')}
      </Button>
      {note && <p role={note.kind === 'error' ? 'alert' : 'status'} className={note.kind === 'error' ? 'notice' : undefined}>{note.text}</p>}
    </section>
  );
}
