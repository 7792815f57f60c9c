import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import type { InputMode } from '../keyboard/telex';
import { useCall } from '../procedures/use-call';
import { PhoneQr } from './PhoneQr';
import { typingDiff } from './portal-typing';

/** Whether a host is on the allowlist (the host itself or one of its subdomains). */
export function hostAllowed(url: string, allowlist: readonly string[]): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && allowlist.some((a) => hostname === a || hostname.endsWith(`.${a}`));
  } catch {
    return false;
  }
}

const boundsOf = (el: HTMLElement) => {
  const r = el.getBoundingClientRect();
  return { x: Math.max(0, Math.round(r.left)), y: Math.max(0, Math.round(r.top)), width: Math.max(100, Math.round(r.width)), height: Math.max(100, Math.round(r.height)) };
};

/**
 * The official portal beside the guide. In Electron the core shows it in an embedded view over the
 * placeholder (allowlisted hosts only, own storage partition cleared at session end) and the
 * on-screen keyboard types into it; in browser mode (`available: false`) the citizen gets the QR code
 * for their own phone and a plain note instead.
 */
export function PortalPane({ urls }: { urls: readonly string[] }) {
  const { t } = useI18n();
  const client = useClient();
  const status = useCall('portal.status', {});
  const summary = useCall('kiosk.configSummary', {});
  const placeholder = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  const [keyboard, setKeyboard] = useState(false);
  const [typed, setTyped] = useState('');
  const [mode, setMode] = useState<InputMode>('telex');

  const available = status.value?.available === true;
  const embedUrl = summary.value ? urls.find((u) => hostAllowed(u, summary.value!.portalAllowlist)) ?? null : null;
  const phoneUrl = urls[0] ?? null;

  useEffect(() => {
    const el = placeholder.current;
    if (!available || !embedUrl || !el) return;
    let live = true;
    void client.call('portal.open', { url: embedUrl, bounds: boundsOf(el) }).then((r) => live && setOpened(r.ok && r.value.open));
    const follow = () => void client.call('portal.setBounds', { bounds: boundsOf(el) });
    const observer = new ResizeObserver(follow);
    observer.observe(el);
    window.addEventListener('resize', follow);
    // The embedded view is a native layer above the page: hide it while any dialog of the face is
    // open (help sent, confirmations), or the dialog would be under it.
    let dialogShown = false;
    const dialogs = new MutationObserver(() => {
      const shown = document.querySelector('.dialog-backdrop') !== null;
      if (shown === dialogShown) return;
      dialogShown = shown;
      void client.call('portal.setVisible', { visible: !shown });
    });
    dialogs.observe(document.body, { childList: true, subtree: true });
    return () => {
      live = false;
      dialogs.disconnect();
      observer.disconnect();
      window.removeEventListener('resize', follow);
      void client.call('portal.close', {});
    };
  }, [client, available, embedUrl]);

  const typeInto = useCallback((next: string) => {
    const sent = typingDiff(typed, next);
    setTyped(next);
    // portal.typeText takes at most 200 characters per call.
    for (let i = 0; i < sent.length; i += 200) void client.call('portal.typeText', { text: sent.slice(i, i + 200) });
  }, [client, typed]);
  const nextField = () => {
    void client.call('portal.typeText', { text: '\t' });
    setTyped('');
  };

  if (!status.value) return null;
  if (!available || !embedUrl) {
    return (
      <aside className="portal-pane portal-fallback" data-testid="portal-fallback">
        <p className="notice">{t('guide.noEmbed')}</p>
        {phoneUrl && <PhoneQr url={phoneUrl} />}
      </aside>
    );
  }
  return (
    <aside className="portal-pane" data-testid="portal-embedded">
      <div ref={placeholder} className="portal-placeholder" aria-busy={!opened}>
        {!opened && <p>{t('guide.portalLoading')}</p>}
      </div>
      <div className="portal-tools">
        <Button aria-pressed={keyboard} onClick={() => setKeyboard(!keyboard)}>{t('guide.portalKeyboard')}</Button>
        {keyboard && <Button onClick={nextField}>{t('guide.portalNextField')}</Button>}
      </div>
      {keyboard && (
        <>
          <p className="result-sub" aria-live="polite">{t('guide.portalTyping', { text: typed })}</p>
          <OnScreenKeyboard value={typed} onChange={typeInto} mode={mode} onModeChange={setMode} onEnter={nextField} enterLabel={t('guide.portalNextField')} />
        </>
      )}
      {phoneUrl && <PhoneQr url={phoneUrl} />}
    </aside>
  );
}
