import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { OnlineEntry } from '../../../../electron/api/content';
import { useClient } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import type { InputMode } from '../keyboard/telex';
import { useCall } from '../procedures/use-call';
import { guidePhoneHint, type GuideProcedure } from './phone-qr-text';
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

export interface PortalPaneProps {
  /** The procedure's online entries; those with an address are candidates, in the pack's order. */
  readonly entries: readonly OnlineEntry[];
  /** Named in the phone hint when the address is only a site's home page. */
  readonly procedure: GuideProcedure;
  /** Shown at the end of the pane, e.g. the printed slip's button (the step column has no room for it). */
  readonly extra?: ReactNode;
}

/**
 * The official portal beside the guide. In Electron the core shows it in an embedded view over the
 * placeholder (allowlisted hosts only, own storage partition cleared at session end) and the
 * on-screen keyboard types into it; in browser mode (`available: false`) the citizen gets the QR code
 * for their own phone and a plain note instead. The QR's hint says honestly whether it opens the
 * procedure's page or only the portal's home page (then: search by the procedure's code).
 */
export function PortalPane({ entries, procedure, extra }: PortalPaneProps) {
  const { t, language } = useI18n();
  const client = useClient();
  const status = useCall('portal.status', {});
  const summary = useCall('kiosk.configSummary', {});
  const placeholder = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);
  const [keyboard, setKeyboard] = useState(false);
  const [typed, setTyped] = useState('');
  const [mode, setMode] = useState<InputMode>('telex');

  const withUrl = entries.flatMap((e) => (e.url ? [{ ...e, url: e.url }] : []));
  const available = status.value?.available === true;
  const embedUrl = summary.value ? withUrl.map((e) => e.url).find((u) => hostAllowed(u, summary.value!.portalAllowlist)) ?? null : null;
  const phoneEntry = withUrl[0] ?? null;
  const phone = phoneEntry && <PhoneQr url={phoneEntry.url} hint={guidePhoneHint(t, language, phoneEntry, procedure)} />;

  useEffect(() => {
    const el = placeholder.current;
    if (!available || !embedUrl || !el) return;
    let live = true;
    void client.call('portal.open', { url: embedUrl, bounds: boundsOf(el) }).then((r) => live && setOpened(r.ok && r.value.open));
    // At most once a frame: scrolling fires far more often than the native view can move.
    let frame = 0;
    const follow = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        void client.call('portal.setBounds', { bounds: boundsOf(el) });
      });
    };
    const observer = new ResizeObserver(follow);
    observer.observe(el);
    window.addEventListener('resize', follow);
    // The pane (or the page) may scroll, which moves the placeholder without resizing it; scroll
    // events do not bubble, so listen in the capture phase.
    document.addEventListener('scroll', follow, { capture: true, passive: true });
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
      cancelAnimationFrame(frame);
      dialogs.disconnect();
      observer.disconnect();
      window.removeEventListener('resize', follow);
      document.removeEventListener('scroll', follow, { capture: true });
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
        {phone}
        {extra}
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
      {/* Typing on the kiosk means doing it here: the phone code gives the keyboard its room. */}
      {!keyboard && phone}
      {!keyboard && extra}
    </aside>
  );
}
