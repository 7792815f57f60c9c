// Pure parts of the security scan (scripts/security-scan.mjs), kept apart so unit tests can call them.

/**
 * @typedef {{ id: string, file: string, line: number, column: number, severity: string, confidence: string, description: string }} Finding
 * @typedef {{ id: string, file: string, reason: string }} AllowlistEntry
 */

/** The sources the scan covers, relative to the project root: the Electron app and the renderer it loads. */
export const SCANNED_PATHS = ['electron', 'renderer/index.html', 'renderer/src', 'package.json'];

/** Files the scan leaves out: tests (not shipped) and anything under node_modules. */
export function isScannedFile(relPath) {
  return !/(^|\/)node_modules(\/|$)/.test(relPath) && !/\.test\.(ts|tsx|js|mjs)$/.test(relPath) && !/(^|\/)__fixtures__(\/|$)/.test(relPath);
}

/** Electronegativity's issue object → a plain finding with a project-relative, forward-slash path. */
export function toFinding(issue) {
  return {
    id: String(issue.id),
    file: String(issue.file).replace(/\\/g, '/').replace(/^\.\//, ''),
    line: Number(issue.location?.line ?? 0),
    column: Number(issue.location?.column ?? 0),
    severity: String(issue.severity?.name ?? issue.severity ?? '?'),
    confidence: String(issue.confidence?.name ?? issue.confidence ?? '?'),
    description: String(issue.description ?? '').replace(/\s+/g, ' ').trim(),
  };
}

/**
 * Reads the allowlist file's JSON: `{ "findings": [ { "id", "file", "reason" } ] }`. Every entry needs
 * a real reason (at least 30 characters): an allowlist is a reviewed decision, not a mute button.
 * @returns {{ ok: true, entries: AllowlistEntry[] } | { ok: false, problems: string[] }}
 */
export function parseAllowlist(raw) {
  const problems = [];
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.findings)) return { ok: false, problems: ['expected { "findings": [ … ] }'] };
  const entries = [];
  raw.findings.forEach((e, i) => {
    if (!e || typeof e !== 'object') return problems.push(`findings.${i}: expected an object`);
    if (typeof e.id !== 'string' || !/^[A-Z0-9_]+$/.test(e.id)) problems.push(`findings.${i}.id: expected a check id such as CSP_GLOBAL_CHECK`);
    if (typeof e.file !== 'string' || !e.file) problems.push(`findings.${i}.file: expected the file the finding is in ("N/A" for global checks)`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 30) problems.push(`findings.${i}.reason: expected the reviewed reason (30 characters or more)`);
    if (e.count !== undefined && !(Number.isInteger(e.count) && e.count >= 1)) problems.push(`findings.${i}.count: expected how many findings of this check in this file were reviewed (1 or more)`);
    entries.push({ id: e.id, file: e.file, reason: e.reason, count: e.count ?? 1 });
  });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}

/**
 * Splits findings into accepted (matched by an allowlist entry's id and file, up to the entry's
 * `count` of reviewed findings: a new finding of the same check in the same file is NOT covered by the
 * old review) and new ones, and lists the entries that matched nothing (stale: the code changed, so
 * the entry must go).
 * @param {Finding[]} findings
 * @param {AllowlistEntry[]} entries
 */
export function compareWithAllowlist(findings, entries) {
  const uses = new Map();
  const accepted = [];
  const unexpected = [];
  for (const f of findings) {
    const i = entries.findIndex((e, j) => e.id === f.id && e.file === f.file && (uses.get(j) ?? 0) < (e.count ?? 1));
    if (i >= 0) {
      uses.set(i, (uses.get(i) ?? 0) + 1);
      accepted.push({ finding: f, reason: entries[i].reason });
    } else {
      unexpected.push(f);
    }
  }
  const stale = entries.filter((_e, i) => !uses.has(i));
  return { accepted, unexpected, stale, ok: unexpected.length === 0 && stale.length === 0 };
}

/** One line per finding, for the CI log. */
export function formatFinding(f) {
  return `${f.id} ${f.file}:${f.line}:${f.column} [${f.severity}/${f.confidence}] ${f.description}`;
}
