import { describe, expect, it } from 'vitest';
import type { DisplaySlide } from '../../../../electron/api/display';
import { dwellMs, emptyPlayer, playerReducer, type PlayerState } from './player';

const slide = (key: string, durationMs = 10_000): DisplaySlide => ({
  kind: 'benefits', key, durationMs, title: { vi: key }, groups: [{ title: { vi: 'a' }, body: { vi: 'b' } }],
});
const [a, b, c] = [slide('a'), slide('b'), slide('c')];
const keys = (s: PlayerState) => s.layers.map((l) => l?.key ?? null);

describe('playerReducer', () => {
  it('shows the first slide in front and preloads the second behind it', () => {
    const s = playerReducer(emptyPlayer, { type: 'feed', slides: [a, b, c] });
    expect(s.front).toBe(0);
    expect(keys(s)).toEqual(['a', 'b']);
  });

  it('swaps layers on advance and loads the slide after next only at preload', () => {
    let s = playerReducer(emptyPlayer, { type: 'feed', slides: [a, b, c] });
    s = playerReducer(s, { type: 'advance' });
    expect(s.front).toBe(1);
    expect(keys(s)).toEqual(['a', 'b']); // the old slide stays while it fades out
    s = playerReducer(s, { type: 'preload' });
    expect(keys(s)).toEqual(['c', 'b']);
    s = playerReducer(playerReducer(s, { type: 'advance' }), { type: 'advance' });
    expect(s.index).toBe(0);
    expect(s.layers[s.front]!.key).toBe('a');
    expect(s.step).toBe(3);
  });

  it('keeps the slide on screen (with its new content) when a new feed arrives, without restarting its dwell', () => {
    let s = playerReducer(playerReducer(emptyPlayer, { type: 'feed', slides: [a, b, c] }), { type: 'advance' });
    const b2 = { ...slide('b'), title: { vi: 'B mới' } };
    const d = slide('d');
    const next = playerReducer(s, { type: 'feed', slides: [d, b2, a] });
    expect(next.layers[next.front]).toBe(b2);
    expect(next.index).toBe(1);
    expect(next.layers[next.front === 0 ? 1 : 0]).toBe(a);
    expect(next.step).toBe(s.step);
    s = next;
  });

  it('replaces at once a slide that left the playlist', () => {
    const s = playerReducer(playerReducer(emptyPlayer, { type: 'feed', slides: [a, b, c] }), { type: 'advance' });
    const next = playerReducer(s, { type: 'feed', slides: [a, c] });
    expect(next.layers[next.front]!.key).toBe('c');
    expect(next.step).toBe(s.step + 1);
  });

  it('holds still with one slide and empties with none', () => {
    const one = playerReducer(emptyPlayer, { type: 'feed', slides: [a] });
    expect(playerReducer(one, { type: 'advance' })).toBe(one);
    expect(keys(one)).toEqual(['a', null]);
    expect(keys(playerReducer(one, { type: 'feed', slides: [] }))).toEqual([null, null]);
  });
});

describe('dwellMs', () => {
  it('divides the duration by the soak speed, never below 1 ms', () => {
    expect(dwellMs(a, 1)).toBe(10_000);
    expect(dwellMs(a, 1000)).toBe(10);
    expect(dwellMs(slide('x', 1000), 1000)).toBe(1);
  });
});
