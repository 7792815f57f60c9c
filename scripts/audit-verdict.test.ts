import { describe, expect, it } from 'vitest';
import { auditVerdict } from './audit-verdict.mjs';

const report = (counts: Record<string, number>, vulns: Record<string, unknown> = {}) => ({
  auditReportVersion: 2, vulnerabilities: vulns, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: 0 } },
});

describe('auditVerdict', () => {
  it('passes a report without high or critical advisories', () => {
    expect(auditVerdict(report({ moderate: 2 }))).toEqual({ kind: 'clean', line: 'production dependencies: 0 critical, 0 high, 2 moderate, 0 low advisories (none high or critical)' });
  });
  it('blocks on a high or critical advisory and names the packages', () => {
    const v = auditVerdict(report({ high: 1, critical: 1 }, {
      b: { name: 'b', severity: 'critical', range: '<2.0.1' }, a: { name: 'a', severity: 'high', range: '*' }, c: { name: 'c', severity: 'low' },
    }));
    expect(v).toMatchObject({ kind: 'blocked', advisories: ['a (high, *)', 'b (critical, <2.0.1)'] });
  });
  it('says "not checked" when the registry refuses the audit request, without printing its address', () => {
    const v = auditVerdict({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } });
    expect(v.kind).toBe('unavailable');
    expect(v.line).toContain('NOT CHECKED');
    expect(v.line).not.toContain('registry.example');
  });
  it('refuses output that is not an audit report', () => {
    expect(auditVerdict(null).kind).toBe('unreadable');
    expect(auditVerdict({ something: 'else' }).kind).toBe('unreadable');
  });
});
