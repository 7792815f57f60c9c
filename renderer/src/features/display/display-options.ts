/**
 * Options read from the display page's address, for the accelerated soak (tests/bench/display.bench.ts)
 * and for commissioning a screen: `?speed=200` divides every slide duration by 200 (1–1000),
 * `?fade=20` sets the transition in ms (0–2000), `?soak=1` records transition times for the bench,
 * `?slide=vneid` loops only the slides of one kind (screenshots, checking a screen's layout).
 * They change timing and selection only: content always comes from the core.
 */
export interface DisplayOptions {
  readonly speed: number;
  /** Transition length in ms; null = the stylesheet's default (and none when reduced motion is asked). */
  readonly fadeMs: number | null;
  readonly soak: boolean;
  /** Only slides of this kind, or null for the whole playlist. */
  readonly slide: SlideKind | null;
}

const SLIDE_KINDS = ['services', 'benefits', 'vneid', 'announcements', 'statistics'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export function displayOptionsFrom(search: string): DisplayOptions {
  const p = new URLSearchParams(search);
  const num = (name: string, min: number, max: number): number | null => {
    const raw = p.get(name);
    if (raw === null || !/^\d{1,5}$/.test(raw)) return null;
    return Math.min(max, Math.max(min, Number(raw)));
  };
  const slide = SLIDE_KINDS.find((k) => k === p.get('slide')) ?? null;
  return { speed: num('speed', 1, 1000) ?? 1, fadeMs: num('fade', 0, 2000), soak: p.get('soak') === '1', slide };
}
