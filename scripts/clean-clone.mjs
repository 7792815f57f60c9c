#!/usr/bin/env node
// `npm run test:clean-clone [-- --full]`: what a newcomer gets (issue 13). Clones this repository's committed
// HEAD into a temporary folder with no ../shared beside it, runs `npm install` there, fails if npm skipped an
// install script the project has not decided about or if installing changed a tracked file (package-lock.json),
// then runs the unit suite there (`--full`: the whole `npm test`). Removes the folder unless it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirtyFiles, unreviewedInstallScripts } from './clean-clone-verdict.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const full = process.argv.includes('--full');
const source = new URL('..', import.meta.url).pathname;
const base = mkdtempSync(join(tmpdir(), 'kiosk-clean-clone-'));
const repo = join(base, 'repo');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return r;
}

function fail(message) {
  console.error(`clean-clone: FAILED: ${message}\nclean-clone: the clone is kept at ${repo}`);
  process.exit(1);
}

const changed = dirtyFiles(run('git', ['status', '--porcelain'], { cwd: source }).stdout);
if (changed.length > 0) console.log(`clean-clone: note: ${changed.length} uncommitted change(s) are not in the clone (it checks the last commit)`);

const clone = run('git', ['clone', '--quiet', source, repo], { cwd: base });
if (clone.status !== 0) fail(`git clone: ${clone.stderr.trim()}`);
if (existsSync(join(base, 'shared'))) fail(`${join(base, 'shared')} exists; the check needs a clone without ../shared`);
console.log(`clean-clone: cloned into ${repo} (no ../shared beside it); npm install …`);

const started = Date.now();
const install = run(npm, ['install', '--no-audit', '--no-fund']);
const output = `${install.stdout}\n${install.stderr}`;
if (install.status !== 0) fail(`npm install exited ${install.status}:\n${output.split('\n').slice(-30).join('\n')}`);
console.log(`clean-clone: npm install took ${Math.round((Date.now() - started) / 1000)} s`);

const unreviewed = unreviewedInstallScripts(output);
if (unreviewed.length > 0) {
  fail(`npm skipped install scripts nobody reviewed: ${unreviewed.join(', ')}. Decide for each in package.json's allowScripts (true only if it must run) and say why in README.md, "Install scripts".`);
}
const dirty = dirtyFiles(run('git', ['status', '--porcelain']).stdout);
if (dirty.length > 0) fail(`npm install changed tracked files: ${dirty.join(', ')} (commit what npm produces, e.g. package-lock.json)`);
console.log('clean-clone: install left the clone clean and every install script is decided');

const tests = run(npm, ['run', full ? 'test' : 'test:unit'], { stdio: 'inherit' });
if (tests.status !== 0) fail(`npm ${full ? 'test' : 'run test:unit'} exited ${tests.status} in the clean clone`);
rmSync(base, { recursive: true, force: true });
console.log(`clean-clone: ok (${full ? 'npm test' : 'unit suite'} passed in a clean clone without ../shared)`);
