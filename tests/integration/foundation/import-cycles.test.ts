import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const ROOTS = ['drivers', 'electron', 'renderer/src'];
const isSource = (f: string) => /\.tsx?$/.test(f) && !/\.(test|spec)\.tsx?$|\.d\.ts$/.test(f);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return isSource(e.name) ? [p] : [];
  });
}

/** Relative imports of each file (type-only ones too: a type cycle still ties two files' contracts together). */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolveSpec = (from: string, spec: string) => {
    const base = resolve(dirname(from), spec);
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base].find((c) => known.has(c));
  };
  return new Map(files.map((f) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(f, 'utf8'), true, false);
    const deps = importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => resolveSpec(f, i.fileName));
    return [f, deps.filter((d): d is string => d !== undefined)];
  }));
}

/** Strongly connected components with more than one file (Tarjan): each is an import cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      component.push(relative(REPO, w));
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

// House style: a composition root wires and does nothing else; the contracts it wires live in their own files
// (issue 13 found kiosk-core.ts and core-module.ts importing each other).
describe('source files do not import each other in a cycle', () => {
  it('finds a planted cycle (the check works)', () => {
    const a = join(REPO, 'a.ts');
    const b = join(REPO, 'b.ts');
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']]);
  });

  it.each(ROOTS)('has no cycle under %s', (root) => {
    expect(cycles(importGraph(sourceFiles(join(REPO, root))))).toEqual([]);
  });
});
