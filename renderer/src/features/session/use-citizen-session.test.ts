import { describe, expect, it } from 'vitest';
import { startedBeforeThisPage } from './use-citizen-session';

describe('startedBeforeThisPage', () => {
  const active = (startedAt: string) => ({ state: 'active' as const, id: 's', startedAt, idleTimeoutSeconds: 120 });
  const pageStart = Date.parse('2026-11-23T08:00:00.000Z');
  it('ends a session a previous screen left behind, keeps one started since this page loaded', () => {
    expect(startedBeforeThisPage(active('2026-11-23T07:59:30.000Z'), pageStart)).toBe(true);
    expect(startedBeforeThisPage(active('2026-11-23T08:00:00.500Z'), pageStart)).toBe(false);
    expect(startedBeforeThisPage({ state: 'idle' }, pageStart)).toBe(false);
  });
});
