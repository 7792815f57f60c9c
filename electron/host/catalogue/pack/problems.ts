import type { z } from 'zod';
import type { ContentProblem } from '../../../api/catalogue';

export type { ContentProblem };

export const problem = (file: string, path: string, message: string): ContentProblem => ({
  severity: 'error', file, path, message,
});
export const warning = (file: string, path: string, message: string): ContentProblem => ({
  severity: 'warning', file, path, message,
});

export const hasErrors = (problems: readonly ContentProblem[]): boolean => problems.some((p) => p.severity === 'error');

/** "procedures/1.001193.json: channels[0].kind: Invalid option …" — one line a technician can act on. */
export function formatProblem(p: ContentProblem): string {
  const where = p.path ? `${p.file}: ${p.path}` : p.file;
  return `${p.severity === 'error' ? 'error' : 'warning'}: ${where}: ${p.message}`;
}

/** ["procedures", 2, "kind"] → "procedures[2].kind", after an optional prefix path. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Zod issues as content problems of one file. */
export function zodProblems(file: string, prefix: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((i) => problem(file, formatPath(prefix, i.path), i.message));
}
