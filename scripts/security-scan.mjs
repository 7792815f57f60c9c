#!/usr/bin/env node
// The security scan of `npm test`: Doyensec's electronegativity over the Electron app's sources (main,
// preload, shell helpers, core, renderer), failing on any finding that security/electronegativity-
// allowlist.json does not accept with a reviewed reason, on stale allowlist entries, and on files the
// scanner could not parse (an unparsed file is an unscanned file).
//
//   node scripts/security-scan.mjs [--root dir] [--allowlist file]
//
// Electronegativity fetches translations and Electron's release list from the internet; both fail
// quickly here and are optional (the version check is done by `npm audit` and the checklist test).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareWithAllowlist, formatFinding, isScannedFile, parseAllowlist, SCANNED_PATHS, toFinding } from './security-scan-lib.mjs';

const { values } = parseArgs({ options: { root: { type: 'string' }, allowlist: { type: 'string' } } });
const repo = resolve(dirname(new URL(import.meta.url).pathname), '..');
const root = resolve(values.root ?? repo);
const allowlistFile = resolve(values.allowlist ?? join(repo, 'security', 'electronegativity-allowlist.json'));

let allowlist;
try {
  allowlist = parseAllowlist(JSON.parse(readFileSync(allowlistFile, 'utf8')));
} catch (e) {
  allowlist = { ok: false, problems: [`cannot read ${allowlistFile}: ${e.message}`] };
}
if (!allowlist.ok) {
  console.error(`security scan: ${allowlistFile}:\n  ${allowlist.problems.join('\n  ')}`);
  process.exit(2);
}

// Stage the scanned sources with the same relative layout, without tests and node_modules, so that
// findings name project paths and the scanner never walks node_modules.
const stage = mkdtempSync(join(tmpdir(), 'kiosk-security-scan-'));
try {
  for (const rel of SCANNED_PATHS) {
    const from = join(root, rel);
    if (!existsSync(from)) continue;
    cpSync(from, join(stage, rel), {
      recursive: statSync(from).isDirectory(),
      filter: (src) => isScannedFile(relative(root, src).split('\\').join('/')),
    });
  }

  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity');
  const result = await run({ input: stage, isRelative: true, parserPlugins: [], customScan: [], excludeFromScan: [] }, false);
  const findings = result.issues.map(toFinding).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const broken = result.errors.filter((e) => !e.tolerable);
  const verdict = compareWithAllowlist(findings, allowlist.entries);

  console.log(`security scan: electronegativity ran ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${SCANNED_PATHS.join(', ')}`);
  for (const a of verdict.accepted) console.log(`  accepted  ${formatFinding(a.finding)}\n            reason: ${a.reason}`);
  for (const f of verdict.unexpected) console.error(`  FINDING   ${formatFinding(f)}`);
  for (const e of verdict.stale) console.error(`  STALE     allowlist entry ${e.id} ${e.file} matches nothing: remove it`);
  for (const e of broken) console.error(`  UNPARSED  ${relative(stage, e.file)}: ${e.message}`);
  const ok = verdict.ok && broken.length === 0;
  console.log(ok ? `security scan: no findings beyond the ${verdict.accepted.length} reviewed in ${relative(repo, allowlistFile)}` : 'security scan: FAILED');
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
