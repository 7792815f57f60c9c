import { describe, expect, it } from 'vitest';
import { HelpRequests } from './help-requests';

function clock(start = Date.parse('2026-03-02T08:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('HelpRequests', () => {
  it('raises a request with kiosk, time and screen, and nothing else', () => {
    const c = clock();
    const list = new HelpRequests({ kiosk: 'Phường Minh Họa', now: c.now });
    const { request, alreadyOpen } = list.request('procedure');
    expect(alreadyOpen).toBe(false);
    expect(request).toEqual({ id: 1, kiosk: 'Phường Minh Họa', screen: 'procedure', requestedAt: '2026-03-02T08:00:00.000Z' });
    expect(Object.keys(request).sort()).toEqual(['id', 'kiosk', 'requestedAt', 'screen']);
    expect(list.list()).toEqual([request]);
  });

  it('a second press while open updates the screen instead of adding a request', () => {
    const c = clock();
    const list = new HelpRequests({ kiosk: 'K', now: c.now });
    list.request('find');
    c.advance(30_000);
    const again = list.request('guide');
    expect(again.alreadyOpen).toBe(true);
    expect(again.request).toMatchObject({ id: 1, screen: 'guide', requestedAt: '2026-03-02T08:00:00.000Z' });
    expect(list.list()).toHaveLength(1);
  });

  it('acknowledging takes the request off; the next press opens a new one', () => {
    const list = new HelpRequests({ kiosk: 'K', now: clock().now });
    const { request } = list.request('find');
    expect(list.acknowledge(request.id)).toBe(true);
    expect(list.acknowledge(request.id)).toBe(false);
    expect(list.list()).toEqual([]);
    expect(list.request('attract').request.id).toBe(2);
  });

  it('drops requests nobody took after the maximum age', () => {
    const c = clock();
    const list = new HelpRequests({ kiosk: 'K', now: c.now, maxAgeMs: 60_000 });
    list.request('find');
    c.advance(59_999);
    expect(list.list()).toHaveLength(1);
    c.advance(2);
    expect(list.expire()).toBe(true);
    expect(list.list()).toEqual([]);
    expect(list.expire()).toBe(false);
  });
});
