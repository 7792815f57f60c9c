#!/usr/bin/env node
// `npm run audit:prod`: `npm audit --omit=dev` judged by scripts/audit-verdict.mjs. Exit 0 when clean
// or when the registry cannot be asked (said loudly), 1 on a high or critical advisory or an unreadable report.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report = null;
try {
  report = JSON.parse(run.stdout || 'null');
} catch {
  report = null;
}
const verdict = auditVerdict(report);
const say = verdict.kind === 'clean' || verdict.kind === 'unavailable' ? console.log : console.error;
say(`audit: ${verdict.line}`);
for (const a of verdict.advisories ?? []) console.error(`  ${a}`);
process.exit(verdict.kind === 'blocked' || verdict.kind === 'unreadable' ? 1 : 0);
