import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importPortal, type PortalImportReport } from '../catalogue/portal/import-portal';
import { formatProblem } from '../catalogue/pack/problems';
import { loadPack } from '../catalogue/pack/read-pack';
import { contentDirFor } from './catalogue-commands';
import type { CliCommand, CliIo } from './command';
import { formatProcedure } from './format-procedure';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const list = (codes: readonly string[], max = 20): string =>
  codes.length === 0 ? '-' : `${codes.slice(0, max).join(', ')}${codes.length > max ? `, … (${codes.length - max} more)` : ''}`;

function printReport(r: PortalImportReport, io: CliIo, showAll: boolean): void {
  io.out(`records read: ${r.records}; kept: ${r.kept}; left out as unreadable: ${r.skipped}`);
  for (const [rule, n] of Object.entries(r.rules)) io.out(`  ward rule ${rule}: ${n}`);
  io.out(`  commune-level flag but no ward agency (not the ward's): ${r.communeFlagWithoutRule}`);
  io.out(`  other levels kept because citizens ask the ward about them: ${r.askedAtWard.length} (${list(r.askedAtWard)})`);
  for (const [province, n] of Object.entries(r.provinces).sort()) io.out(`  province's own: ${province}: ${n}`);
  io.out(`  kept as they were (not portal records, entered by hand): ${list(r.keptByHand)}`);
  io.out(`problems: ${r.problems.length} record(s) not mapped in full${r.problems.length > 0 && !showAll ? ' (first 30; --problems for all)' : ''}`);
  for (const p of showAll ? r.problems : r.problems.slice(0, 30)) {
    io.out(`  ${p.file}:${p.line} ${p.code || '(no code)'}${p.skipped ? ' LEFT OUT' : ''}: ${p.problems.join('; ')}`);
  }
  io.out(`changes: ${r.changes.added.length} added, ${r.changes.removed.length} removed, ${r.changes.changed.length} changed`);
  io.out(`  added: ${list(r.changes.added)}`);
  io.out(`  removed: ${list(r.changes.removed)}`);
  io.out(`  changed: ${list(r.changes.changed)}`);
}

const importPortalCmd: CliCommand = {
  path: ['content', 'import-portal'],
  summary: 'Turn the national portal\'s procedure records (JSONL, plain or gzip, or a folder of them) into a content pack.',
  usage: '<file.jsonl|file.jsonl.gz|folder> --out <pack> [--province "<name as the portal writes it>"] [--level ward|all] [--full-text] [--topics <file>] [--captured yyyy-mm-dd] [--dry-run] [--problems] [--json]',
  allowPositionals: true,
  options: {
    out: { type: 'string' }, province: { type: 'string' }, level: { type: 'string' }, 'full-text': { type: 'boolean' },
    topics: { type: 'string' }, captured: { type: 'string' }, 'dry-run': { type: 'boolean' }, problems: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const source = positionals[0];
    const out = str(values.out);
    if (!source || !out || positionals.length > 1) {
      io.err('usage: kiosk content import-portal <file.jsonl|file.jsonl.gz|folder> --out <pack>');
      return 2;
    }
    const level = str(values.level) ?? 'ward';
    if (level !== 'ward' && level !== 'all') {
      io.err('kiosk content import-portal: --level must be ward or all');
      return 2;
    }
    const captured = str(values.captured);
    if (captured !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(captured)) {
      io.err('kiosk content import-portal: --captured must be a date yyyy-mm-dd');
      return 2;
    }
    if (!(await stat(resolve(source)).catch(() => undefined))) {
      io.err(`kiosk content import-portal: ${source}: no such file or folder`);
      return 1;
    }
    const report = await importPortal({
      source: resolve(source), out: resolve(out), level, keepTexts: values['full-text'] === true,
      ...(str(values.province) ? { province: str(values.province)! } : {}),
      ...(str(values.topics) ? { topicsFile: resolve(str(values.topics)!) } : {}),
      ...(captured ? { capturedAt: captured } : {}),
      dryRun: values['dry-run'] === true,
    });
    if (values.json) {
      const { validation, ...rest } = report;
      io.out(JSON.stringify({ ...rest, valid: validation.ok, packProblems: validation.problems }));
    } else {
      printReport(report, io, values.problems === true);
      for (const p of report.validation.problems) (p.severity === 'error' ? io.err : io.out)(formatProblem(p));
    }
    if (!report.validation.ok) {
      io.err('kiosk content import-portal: the resulting pack is not valid: nothing written');
      return 1;
    }
    io.out(report.written ? `wrote ${report.kept} procedures to ${out}` : `dry run: nothing written (${report.kept} procedures would be)`);
    return 0;
  },
};

const show: CliCommand = {
  path: ['content', 'show'],
  summary: 'Print one procedure as the kiosk holds it (every part, cases with papers, channels, source record).',
  usage: '<code> [--json] [--config <kiosk.json> | --content <dir|file>]',
  allowPositionals: true,
  options: { json: { type: 'boolean' }, config: { type: 'string' }, content: { type: 'string' } },
  async run({ values, positionals }, io) {
    const code = positionals[0];
    if (!code || positionals.length > 1) {
      io.err('usage: kiosk content show <code> [--json] [--config <kiosk.json> | --content <dir|file>]');
      return 2;
    }
    const national = /^\s*(\d\.\d{6})/.exec(code)?.[1];
    if (!national) {
      io.err(`kiosk content show: "${code}" is not a procedure code like 1.000894`);
      return 2;
    }
    const dir = contentDirFor('kiosk content show', values, io);
    if (dir === null) return 1;
    const pack = await loadPack(resolve(dir));
    if (!pack.ok) {
      io.err('kiosk content show: the content pack is not valid (see `kiosk content check`)');
      return 1;
    }
    const p = pack.pack.procedures.find((x) => x.code === national);
    if (!p) {
      io.err(`kiosk content show: no procedure ${national} in this pack`);
      return 1;
    }
    const group = pack.pack.groups.find((g) => g.id === p.interconnectedGroup);
    if (values.json) {
      io.out(JSON.stringify({ procedure: p, group: group ?? null, pack: { version: pack.pack.manifest.version, capturedAt: pack.pack.manifest.capturedAt ?? null } }));
      return 0;
    }
    for (const line of formatProcedure(p, pack.pack.sectors.find((s) => s.id === p.sector)?.name, group?.name)) io.out(line);
    io.out(`pack: ${pack.pack.manifest.packId} ${pack.pack.manifest.version}${pack.pack.manifest.capturedAt ? `, data of ${pack.pack.manifest.capturedAt}` : ''}`);
    return 0;
  },
};

export const portalCommands: CliCommand[] = [importPortalCmd, show];
