import type { DisplaySlide } from '../../../../electron/api/display';

/*
 * The playlist player as a pure reducer. Two layers take turns: the front one is on screen, the back
 * one already holds the next slide (so its QR codes are decoded before it fades in). After a
 * transition the old front layer, now hidden, is loaded with the slide after next ("preload").
 * A new feed replaces the slides without restarting: the slide on screen stays (with its new content
 * if it still exists) and the loop carries on from there.
 */

export type Layer = 0 | 1;

export interface PlayerState {
  readonly slides: readonly DisplaySlide[];
  /** Index in `slides` of the slide on screen. */
  readonly index: number;
  readonly front: Layer;
  readonly layers: readonly [DisplaySlide | null, DisplaySlide | null];
  /** Counts transitions; the dwell timer restarts when it changes. */
  readonly step: number;
}

export type PlayerAction =
  | { type: 'feed'; slides: readonly DisplaySlide[] }
  | { type: 'advance' }
  | { type: 'preload' };

export const emptyPlayer: PlayerState = { slides: [], index: 0, front: 0, layers: [null, null], step: 0 };

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'feed':
      return withSlides(state, action.slides);
    case 'advance': {
      const n = state.slides.length;
      if (n < 2) return state;
      const index = (state.index + 1) % n;
      const front: Layer = state.front === 0 ? 1 : 0;
      return { ...state, index, front, layers: put(state.layers, front, state.slides[index]!), step: state.step + 1 };
    }
    case 'preload': {
      const n = state.slides.length;
      if (n < 2) return state;
      const back: Layer = state.front === 0 ? 1 : 0;
      const next = state.slides[(state.index + 1) % n]!;
      return state.layers[back] === next ? state : { ...state, layers: put(state.layers, back, next) };
    }
  }
}

function withSlides(state: PlayerState, slides: readonly DisplaySlide[]): PlayerState {
  const n = slides.length;
  if (n === 0) return { ...state, slides, index: 0, layers: [null, null] };
  const onScreen = state.layers[state.front];
  const same = onScreen ? slides.findIndex((s) => s.key === onScreen.key) : -1;
  const index = same >= 0 ? same : Math.min(state.index, n - 1);
  const back: Layer = state.front === 0 ? 1 : 0;
  let layers = put(state.layers, state.front, slides[index]!);
  layers = put(layers, back, n > 1 ? slides[(index + 1) % n]! : null);
  // A slide that vanished from the playlist is replaced at once, and gets its full dwell time.
  const step = same >= 0 || !onScreen ? state.step : state.step + 1;
  return { ...state, slides, index, layers, step };
}

function put(layers: PlayerState['layers'], at: Layer, slide: DisplaySlide | null): PlayerState['layers'] {
  return at === 0 ? [slide, layers[1]] : [layers[0], slide];
}

/** Dwell time of the slide on screen, shortened by the accelerated (soak) factor. */
export function dwellMs(slide: DisplaySlide | null, speed: number): number {
  return Math.max(1, Math.round((slide?.durationMs ?? 10_000) / speed));
}
