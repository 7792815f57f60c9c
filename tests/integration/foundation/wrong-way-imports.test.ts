import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const probes: string[] = [];

/**
 * Writes a probe file that imports the wrong way into a runtime's folder and type-checks it alone under
 * that runtime's own tsconfig (extended, with only the probe as input, so the check takes seconds), then
 * returns the compiler's output.
 */
function checkProbe(project: string, probePath: string, source: string): { failed: boolean; output: string } {
  const file = join(REPO, probePath);
  const config = join(REPO, `tsconfig.__probe_${project.replace(/\W/g, '_')}.json`);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, source);
  // The real project's references, so the contract is seen as the real build sees it (a built project).
  const real = JSON.parse(readFileSync(join(REPO, project), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { references?: unknown };
  const out = mkdtempSync(join(tmpdir(), 'kiosk-probe-'));
  writeFileSync(config, JSON.stringify({
    extends: `./${project}`,
    compilerOptions: { outDir: out, tsBuildInfoFile: join(out, 'probe.tsbuildinfo') },
    files: [probePath],
    include: [],
    references: real.references ?? [],
  }));
  probes.push(file, config, out);
  try {
    const output = execFileSync(process.execPath, [tsc, '-b', config, '--pretty', 'false'], { cwd: REPO, encoding: 'utf8' });
    return { failed: false, output };
  } catch (e) {
    return { failed: true, output: String((e as { stdout?: string }).stdout ?? e) };
  } finally {
    rmSync(file, { force: true });
    rmSync(config, { force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

afterAll(() => probes.forEach((p) => rmSync(p, { recursive: true, force: true })));

// The rule of architecture.md: renderer → api ← host → drivers. A wrong-way import is a compile error.
describe('dependency direction is enforced by the type-check', () => {
  it('refuses a renderer file importing the core', () => {
    const r = checkProbe('tsconfig.renderer.json', 'renderer/src/__probe_wrong_way.ts', "import { VERSION } from '../../electron/host/version';\nexport const x = VERSION;\n");
    expect(r.failed).toBe(true);
    expect(r.output).toMatch(/__probe_wrong_way\.ts.*(TS6307|TS6059)/);
  });

  it('refuses a renderer file importing a driver', () => {
    const r = checkProbe('tsconfig.renderer.json', 'renderer/src/__probe_wrong_way.ts', "import { ok } from '../../drivers/result';\nexport const x = ok;\n");
    expect(r.failed).toBe(true);
    expect(r.output).toMatch(/TS6307|TS6059/);
  });

  it('refuses a driver importing the core', () => {
    const r = checkProbe('tsconfig.drivers.json', 'drivers/__probe_wrong_way.ts', "import { VERSION } from '../electron/host/version';\nexport const x = VERSION;\n");
    expect(r.failed).toBe(true);
    expect(r.output).toMatch(/TS6307|TS6059/);
  });

  it('refuses the contract importing Node', () => {
    const r = checkProbe('tsconfig.api.json', 'electron/api/__probe_wrong_way.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(r.failed).toBe(true);
    expect(r.output).toMatch(/TS2307|TS2591/);
  });

  it.each([
    ['tsconfig.drivers.json', 'drivers/__probe_wrong_way.ts', "import Database from 'better-sqlite3';\nexport const db = new Database(':memory:');\n"],
    ['tsconfig.drivers.json', 'drivers/__probe_wrong_way.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['tsconfig.renderer.json', 'renderer/src/__probe_wrong_way.ts', "import { SerialPort } from 'serialport';\nexport const x = SerialPort;\n"],
    ['tsconfig.renderer.json', 'renderer/src/__probe_wrong_way.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['tsconfig.api.json', 'electron/api/__probe_wrong_way.ts', "import { WebSocket } from 'ws';\nexport const x = WebSocket;\n"],
    ['tsconfig.host.json', 'electron/host/__probe_wrong_way.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
  ])('refuses a package its runtime must not use (%s: %s)', (project, probe, source) => {
    const r = checkProbe(project, probe, source);
    expect(r.failed).toBe(true);
    expect(r.output).toMatch(/__probe_wrong_way\.ts.*(TS2305|TS2614|TS2351)/);
  });

  it('refuses the core importing Electron', () => {
    const r = checkProbe('tsconfig.host.json', 'electron/host/__probe_wrong_way.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(r.failed).toBe(true);
    expect(r.output).toMatch(/__probe_wrong_way\.ts.*(TS2305|TS2614)/);
  });

  it('accepts the right way: renderer importing the contract', () => {
    const r = checkProbe('tsconfig.renderer.json', 'renderer/src/__probe_right_way.ts', "import type { KioskClient } from '../../electron/api/contract';\nexport type X = KioskClient;\n");
    expect(r.output).not.toMatch(/__probe_right_way/);
  });
});

/** The packages a runtime's tsconfig maps to types/forbidden-import.d.ts: one list, read from the config. */
function forbiddenPackages(project: string): string[] {
  const config = JSON.parse(readFileSync(join(REPO, project), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as {
    compilerOptions?: { paths?: Record<string, string[]> };
  };
  return Object.entries(config.compilerOptions?.paths ?? {})
    .filter(([, to]) => to.some((t) => t.endsWith('types/forbidden-import.d.ts')))
    .map(([from]) => from);
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

// Every form of import, not only those the compiler refuses: namespace and side-effect imports,
// dynamic import() and require() of a forbidden package are refused too.
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

describe('no runtime imports a package its tsconfig forbids, in any form', () => {
  it.each([
    // The contract and the faces never touch Node either: in the whole-project build the tests' types
    // make Node's modules visible everywhere, so the scan is what refuses `node:` imports there.
    ['tsconfig.api.json', 'electron/api', ['node:*']],
    ['tsconfig.drivers.json', 'drivers', []],
    ['tsconfig.host.json', 'electron/host', []],
    ['tsconfig.renderer.json', 'renderer/src', ['node:*']],
  ])('%s (%s)', (project, dir, extra) => {
    const forbidden = [...forbiddenPackages(project), ...extra];
    expect(forbidden.length).toBeGreaterThan(0);
    const matches = (spec: string) =>
      forbidden.some((f) => (f.endsWith('*') ? spec.startsWith(f.slice(0, -1)) : spec === f || spec.startsWith(`${f}/`)));
    const offences = sourcesUnder(dir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)].filter((m) => matches(m[1]!)).map((m) => `${file.slice(REPO.length + 1)}: ${m[1]}`),
    );
    expect(offences).toEqual([]);
  });

  it('would catch the forms the compiler lets through', () => {
    const specs = ["import * as e from 'electron';", "import 'react';", "await import('better-sqlite3')", "require('ws')"].map(
      (src) => [...src.matchAll(IMPORT_SPECIFIER)].map((m) => m[1]),
    );
    expect(specs).toEqual([['electron'], ['react'], ['better-sqlite3'], ['ws']]);
  });
});
