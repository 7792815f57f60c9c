// What `npm audit --omit=dev --json` said, as a verdict for CI (issue 9 §4: no high or critical
// advisories in what the kiosk ships). Pure: the JSON in, a verdict out.
//
// A registry that does not answer audit requests (our machines' registry mirror refuses the bulk
// advisory endpoint with 405) is "unavailable", not a pass: the line says so loudly, and the command
// is to be run where the registry answers. Anything else that is not an audit report is an error.

const BLOCKING = ['high', 'critical'];

/**
 * @param {unknown} report parsed JSON of `npm audit --json`
 * @returns {{ kind: 'clean' | 'blocked' | 'unavailable' | 'unreadable', line: string, advisories?: string[] }}
 */
export function auditVerdict(report) {
  if (!report || typeof report !== 'object') return { kind: 'unreadable', line: 'npm audit printed no JSON report' };
  const r = /** @type {Record<string, any>} */ (report);
  if (typeof r.statusCode === 'number' || (r.error && !r.metadata)) {
    const status = typeof r.statusCode === 'number' ? `HTTP ${r.statusCode}` : String(r.error?.code ?? 'an error');
    return { kind: 'unavailable', line: `the registry did not answer the audit request (${status}): NOT CHECKED here, run \`npm run audit:prod\` where it answers` };
  }
  const counts = r.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') return { kind: 'unreadable', line: 'npm audit report without metadata.vulnerabilities' };
  const advisories = Object.values(r.vulnerabilities ?? {})
    .filter((v) => v && BLOCKING.includes(v.severity))
    .map((v) => `${v.name} (${v.severity}${v.range ? `, ${v.range}` : ''})`)
    .sort();
  const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${Number(counts[s] ?? 0)} ${s}`).join(', ');
  const blocking = BLOCKING.reduce((n, s) => n + Number(counts[s] ?? 0), 0);
  return blocking > 0
    ? { kind: 'blocked', line: `production dependencies have ${summary} advisories`, advisories }
    : { kind: 'clean', line: `production dependencies: ${summary} advisories (none high or critical)` };
}
