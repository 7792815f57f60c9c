import { useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { DisplaySlide } from '../../../../electron/api/display';
import { dwellMs, emptyPlayer, playerReducer, type PlayerState } from './player';

export interface PlayerOptions {
  /** Divides slide durations (accelerated soak); 1 in normal use. */
  readonly speed: number;
  /** How long the cross-fade lasts, in ms; 0 when reduced motion is asked. */
  readonly transitionMs: number;
  /** Called with the time from the dwell timer firing to the first frame after the swap, in ms. */
  readonly onTransition?: (ms: number) => void;
  /** Soak benchmark only: a slide key to stop on (measurements compare like with like), or null. */
  readonly holdAt?: () => string | null;
  /** Soak benchmark only: called while the player is stopped on `holdAt`. */
  readonly onHeld?: (key: string) => void;
}

/**
 * Runs the playlist: one timer per slide for its duration, then a swap of the two layers, then, once
 * the fade is over, the hidden layer is loaded with the slide after next. Timers are cleared on every
 * step and on unmount, so weeks of looping leave nothing behind.
 */
export function usePlayer(slides: readonly DisplaySlide[], options: PlayerOptions): PlayerState {
  const [state, dispatch] = useReducer(playerReducer, emptyPlayer);
  const startedAt = useRef<number | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => dispatch({ type: 'feed', slides }), [slides]);

  const hasSlides = state.slides.length > 1;
  const onScreen = state.layers[state.front];
  const onScreenKey = onScreen?.key ?? null;
  useEffect(() => {
    if (!hasSlides) return;
    let timer: ReturnType<typeof setTimeout>;
    const fire = () => {
      const hold = optionsRef.current.holdAt?.() ?? null;
      if (hold !== null && hold === onScreenKey) {
        optionsRef.current.onHeld?.(hold);
        timer = setTimeout(fire, 50);
        return;
      }
      startedAt.current = performance.now();
      dispatch({ type: 'advance' });
    };
    timer = setTimeout(fire, dwellMs(onScreen, optionsRef.current.speed));
    return () => clearTimeout(timer);
    // The dwell restarts on each step only, not when the feed refreshes the slide on screen.
  }, [state.step, hasSlides]);

  useLayoutEffect(() => {
    const t0 = startedAt.current;
    if (t0 === null) return;
    startedAt.current = null;
    const frame = requestAnimationFrame(() => optionsRef.current.onTransition?.(performance.now() - t0));
    const preload = setTimeout(() => dispatch({ type: 'preload' }), optionsRef.current.transitionMs + 10);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(preload);
    };
  }, [state.step]);

  return state;
}
