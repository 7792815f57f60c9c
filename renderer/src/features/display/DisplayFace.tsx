import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { DisplaySlide } from '../../../../electron/api/display';
import { useI18n } from '../../i18n/i18n';
import { Clock } from './Clock';
import { displayOptionsFrom } from './display-options';
import { EmergencyOverlay } from './EmergencyOverlay';
import { PortalOutageBanner } from '../portal-health/PortalOutageBanner';
import { pick } from './local-text';
import { Slide } from './slides/Slide';
import { createSoakRecorder } from './soak-recorder';
import { Ticker } from './Ticker';
import { useDisplayFeed } from './use-display-feed';
import { usePlayer } from './use-player';
import { useWakeLock } from './use-wake-lock';
import './display.css';

export { formatVietnameseDateTime } from './Clock';

/** Cross-fade length when motion is welcome, in ms (display.css uses the same through --fade). */
const DEFAULT_FADE_MS = 700;
const NO_SLIDES: readonly DisplaySlide[] = [];

/**
 * The lobby screen: loops the feed's slides (25 services, Project 06 benefits, VNeID guide,
 * announcements, counts) with a clock and a ticker; an emergency message covers everything. Keeps the
 * last feed while the core is unreachable and shows a discreet "offline" mark.
 */
export function DisplayFace({ wardName }: { wardName: string }) {
  const { t, language } = useI18n();
  const options = useMemo(() => displayOptionsFrom(window.location.search), []);
  const recorder = useMemo(() => (options.soak ? createSoakRecorder() : null), [options.soak]);
  useEffect(() => {
    if (!recorder) return;
    (window as unknown as { __displaySoak?: unknown }).__displaySoak = recorder;
  }, [recorder]);
  useWakeLock();
  const reducedMotion = usePrefersReducedMotion();
  const transitionMs = reducedMotion ? 0 : (options.fadeMs ?? DEFAULT_FADE_MS);
  const { feed, connected } = useDisplayFeed(recorder ? () => recorder.feed() : undefined);
  const slides = useMemo(
    () => (feed ? (options.slide ? feed.slides.filter((s) => s.kind === options.slide) : feed.slides) : NO_SLIDES),
    [feed, options.slide],
  );
  const player = usePlayer(slides, {
    speed: options.speed,
    transitionMs,
    ...(recorder
      ? { onTransition: (ms: number) => recorder.record(ms), holdAt: () => recorder.holdAt, onHeld: (key: string) => recorder.held(key) }
      : {}),
  });
  const style = { '--fade': `${transitionMs}ms` } as CSSProperties;

  return (
    <div className="face display" data-testid="display-face" style={style} data-connected={connected} data-revision={feed?.revision ?? ''}>
      <header className="display-header">
        <span className="display-centre">{t('app.centreName')} · {feed?.wardName ?? wardName}</span>
        {feed?.sample && <span className="display-sample">{t('display.sample')}</span>}
        {!connected && (
          <span className="display-offline" data-testid="display-offline" role="status">{t('display.offline')}</span>
        )}
        <Clock timeZone={feed?.timeZone ?? 'Asia/Ho_Chi_Minh'} />
      </header>
      <PortalOutageBanner audience="display" />
      <main className="display-stage" aria-live="off">
        {player.slides.length === 0 && <p className="display-loading">{feed ? t('display.title') : t('display.loading')}</p>}
        {([0, 1] as const).map((layer) => {
          const slide = player.layers[layer];
          const front = player.front === layer;
          return (
            <div
              key={layer}
              className={front ? 'slide-layer front' : 'slide-layer'}
              aria-hidden={!front}
              data-testid={front ? 'slide-front' : undefined}
              data-slide-key={slide?.key}
            >
              {slide && <Slide slide={slide} />}
            </div>
          );
        })}
      </main>
      {feed?.ticker && <Ticker text={pick(feed.ticker, language)} />}
      {feed?.emergency && <EmergencyOverlay message={feed.emergency} />}
    </div>
  );
}

function usePrefersReducedMotion(): boolean {
  const query = useMemo(() => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null), []);
  const [reduced, setReduced] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return reduced;
}
