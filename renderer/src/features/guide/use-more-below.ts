import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Slack in CSS px: sub-pixel rounding must not count as "more below". */
const SLACK = 4;

/**
 * Whether a scrolling box has content hidden below its bottom edge, kept up to date as it scrolls
 * or as it or its content changes size (language, large text, card values arriving), and a way to
 * show the next part. The guide's step scrolls inside its own area so next / back never leave the
 * screen; a citizen who does not know to swipe gets a plain button instead. When `page` changes
 * (the next step in the same box) the box goes back to its top.
 */
export function useMoreBelow<T extends HTMLElement>(page: unknown): { ref: RefObject<T | null>; more: boolean; showMore: () => void } {
  const ref = useRef<T | null>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = 0;
    const measure = () => setMore(el.scrollTop + el.clientHeight < el.scrollHeight - SLACK);
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    // jsdom (component tests) has no ResizeObserver: there the box never overflows anyway.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    for (const child of el.children) observer?.observe(child);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [page]);
  const showMore = useCallback(() => {
    const el = ref.current;
    // Most of a box's height, so the line last seen stays in view as the anchor.
    el?.scrollBy({ top: Math.max(el.clientHeight * 0.8, 48), behavior: 'smooth' });
  }, []);
  return { ref, more, showMore };
}
