import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogueFilters } from '../../api/catalogue';
import { loadPack } from '../catalogue/pack/read-pack';
import { formatProblem, hasErrors } from '../catalogue/pack/problems';
import type { PackValidation } from '../catalogue/pack/validate-pack';
import { bundlePack, writePackFolder } from '../catalogue/pack/write-pack';
import { newPublisherKeys, signPack } from '../catalogue/remote/signature';
import { SearchIndex } from '../catalogue/search/search-index';
import { exportSpreadsheet, importSpreadsheet } from '../catalogue/spreadsheet/import-spreadsheet';
import { loadConfig } from '../config/load-config';
import { defaultConfigFile, packageRootFrom } from '../paths';
import type { CliCommand, CliIo } from './command';

/**
 * The pack `kiosk search` reads when --content is not given: the one the kiosk itself uses (content.dir
 * of --config, else KIOSK_CONFIG, else the shipped kiosk-config/kiosk.json), wherever the command runs.
 */
function configuredContent(configFile: string | undefined): { ok: true; dir: string } | { ok: false; problems: string[] } {
  const loaded = loadConfig(configFile ?? defaultConfigFile(packageRootFrom(dirname(fileURLToPath(import.meta.url)))));
  return loaded.ok ? { ok: true, dir: loaded.value.config.content.dir } : loaded;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The pack a reading verb works on: `--content` when given, else the configured one. Prints why on a bad
 * configuration (as `<verb>: …`) and answers null; the verb then exits 1.
 */
export function contentDirFor(verb: string, values: { content?: unknown; config?: unknown }, io: CliIo): string | null {
  const given = str(values.content);
  if (given !== undefined) return given;
  const configured = configuredContent(str(values.config));
  if (configured.ok) return configured.dir;
  io.err(`${verb}: the kiosk configuration is not valid (or give --content <dir>):`);
  for (const p of configured.problems) io.err(`  ${p}`);
  return null;
}

function printProblems(result: PackValidation, io: CliIo): void {
  for (const p of result.problems) (p.severity === 'error' ? io.err : io.out)(formatProblem(p));
}

const search: CliCommand = {
  path: ['search'],
  summary: 'Search the procedure catalogue as a citizen would type (no diacritics needed).',
  usage: '"<query>" [--limit n] [--json] [--content <dir|file> | --config <kiosk.json>] [--sector id] [--event id] [--level ward|province|ministry] [--online]',
  allowPositionals: true,
  options: {
    limit: { type: 'string' }, json: { type: 'boolean' }, content: { type: 'string' }, config: { type: 'string' },
    sector: { type: 'string' }, event: { type: 'string' }, level: { type: 'string' }, online: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const query = positionals.join(' ');
    const limit = Number(str(values.limit) ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      io.err('kiosk search: --limit must be a whole number from 1 to 50');
      return 2;
    }
    const level = str(values.level);
    if (level && !['ward', 'province', 'ministry'].includes(level)) {
      io.err('kiosk search: --level must be ward, province or ministry');
      return 2;
    }
    const contentDir = contentDirFor('kiosk search', values, io);
    if (contentDir === null) return 1;
    const pack = await loadPack(resolve(contentDir));
    if (!pack.ok) {
      io.err('kiosk search: the content pack is not valid:');
      printProblems(pack, io);
      return 1;
    }
    const filters: CatalogueFilters = {
      sector: str(values.sector), lifeEvent: str(values.event),
      level: level as CatalogueFilters['level'], fullyOnline: values.online === true ? true : undefined,
    };
    const index = SearchIndex.build(pack.pack);
    const t0 = performance.now();
    const hits = index.search(query, filters, limit);
    const ms = performance.now() - t0;
    index.close();
    if (values.json) {
      io.out(JSON.stringify({ query, ms: Math.round(ms * 1000) / 1000, hits }));
      return 0;
    }
    if (hits.length === 0) io.out(`no results for "${query}"`);
    hits.forEach((h, i) => {
      const id = h.ref.kind === 'procedure' ? h.ref.code : `dịch vụ thiết yếu ${h.ref.n}`;
      const name = h.nameParts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
      const tags = [h.essentialService ? `★${h.essentialService}` : '', h.atWard ? '' : 'not at ward'].filter(Boolean).join(' ');
      io.out(`${String(i + 1).padStart(2)}. ${id}  ${name}${tags ? `  (${tags})` : ''}`);
      const why = [
        h.why.citizenWords.length ? `citizen words: ${h.why.citizenWords.join(', ')}` : '',
        h.why.corrections.length ? `corrected: ${h.why.corrections.map((c) => `${c.typed}→${c.used}`).join(', ')}` : '',
        h.why.inText.length ? `in text: ${h.why.inText.join(', ')}` : '',
      ].filter(Boolean);
      if (why.length) io.out(`      ${why.join('; ')}`);
    });
    return 0;
  },
};

const check: CliCommand = {
  path: ['content', 'check'],
  summary: 'Validate a content pack (folder or single file) and list its problems.',
  usage: '<dir|file> [--json]',
  allowPositionals: true,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const target = positionals[0];
    if (!target || positionals.length > 1) {
      io.err('usage: kiosk content check <dir|file>');
      return 2;
    }
    const result = await loadPack(resolve(target));
    if (values.json) {
      io.out(JSON.stringify({ ok: result.ok, manifest: result.ok ? result.pack.manifest : null, problems: result.problems }));
      return result.ok ? 0 : 1;
    }
    printProblems(result, io);
    if (!result.ok) {
      io.err(`INVALID: ${result.problems.filter((p) => p.severity === 'error').length} error(s); a kiosk keeps its last good pack`);
      return 1;
    }
    const m = result.pack.manifest;
    io.out(`OK: ${m.packId} ${m.version} by ${m.publisher}, ${m.date}${m.sample ? ' (SAMPLE data: replace with the province\'s published procedures)' : ''}`);
    if (m.capturedAt || m.source) io.out(`    data of ${m.capturedAt ?? 'an unstated date'}${m.source ? `; source: ${m.source}` : ''}`);
    io.out(`    ${result.pack.procedures.length} procedures, ${result.pack.essentialServices.length} essential services, ${result.pack.lifeEvents.length} life events, ${result.pack.sectors.length} sectors, ${result.pack.citizenWords.length} citizen words`);
    return 0;
  },
};

const importCmd: CliCommand = {
  path: ['content', 'import'],
  summary: 'Turn a spreadsheet (XLSX or CSV, one row per procedure) into a content pack folder.',
  usage: '<xlsx|csv> --out <dir> [--base <pack>] [--pack-id id] [--version v] [--publisher name] [--date yyyy-mm-dd] [--sample]',
  allowPositionals: true,
  options: {
    out: { type: 'string' }, base: { type: 'string' }, 'pack-id': { type: 'string' }, version: { type: 'string' },
    publisher: { type: 'string' }, date: { type: 'string' }, sample: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const input = positionals[0];
    const out = str(values.out);
    if (!input || !out || positionals.length > 1) {
      io.err('usage: kiosk content import <xlsx|csv> --out <dir>');
      return 2;
    }
    let base;
    if (str(values.base)) {
      const b = await loadPack(resolve(str(values.base)!));
      if (!b.ok) {
        io.err('kiosk content import: the --base pack is not valid:');
        printProblems(b, io);
        return 1;
      }
      base = b.pack;
    }
    const result = await importSpreadsheet(resolve(input), {
      base, packId: str(values['pack-id']), version: str(values.version), publisher: str(values.publisher),
      date: str(values.date), sample: values.sample === true,
    });
    printProblems(result, io);
    if (!result.ok || hasErrors(result.problems)) {
      // A spreadsheet holds procedures only: sectors, life events and groups come from a pack.
      const unknownReference = result.problems.some((p) => p.severity === 'error' && /\bunknown (sector|life event|group|essential)/i.test(p.message));
      if (!base && unknownReference) {
        io.err('kiosk content import: the rows name sectors, life events or groups that only a pack defines: give --base <pack>, e.g. --base kiosk-config/content');
      }
      io.err('kiosk content import: nothing written; fix the rows above and import again');
      return 1;
    }
    await writePackFolder(resolve(out), result.pack);
    io.out(`wrote ${result.pack.procedures.length} procedures to ${out}`);
    return 0;
  },
};

const exportCmd: CliCommand = {
  path: ['content', 'export'],
  summary: 'Write a pack\'s procedures as a spreadsheet in the import template (XLSX or CSV).',
  usage: '<dir|file> --out <file.xlsx|file.csv>',
  allowPositionals: true,
  options: { out: { type: 'string' } },
  async run({ values, positionals }, io) {
    const out = str(values.out);
    if (!positionals[0] || !out || !/\.(xlsx|csv)$/i.test(out)) {
      io.err('usage: kiosk content export <dir|file> --out <file.xlsx|file.csv>');
      return 2;
    }
    const result = await loadPack(resolve(positionals[0]));
    if (!result.ok) {
      printProblems(result, io);
      return 1;
    }
    await exportSpreadsheet(resolve(out), result.pack.procedures);
    io.out(`wrote ${result.pack.procedures.length} rows to ${out}`);
    return 0;
  },
};

const bundle: CliCommand = {
  path: ['content', 'bundle'],
  summary: 'Write a pack folder as one JSON file (the form a remote source serves and signs).',
  usage: '<dir> --out <pack.json>',
  allowPositionals: true,
  options: { out: { type: 'string' } },
  async run({ values, positionals }, io) {
    const out = str(values.out);
    if (!positionals[0] || !out) {
      io.err('usage: kiosk content bundle <dir> --out <pack.json>');
      return 2;
    }
    const result = await loadPack(resolve(positionals[0]));
    if (!result.ok) {
      printProblems(result, io);
      return 1;
    }
    await writeFile(resolve(out), bundlePack(result.pack), 'utf8');
    io.out(`wrote ${out}`);
    return 0;
  },
};

const sign: CliCommand = {
  path: ['content', 'sign'],
  summary: 'Sign a single-file pack with the publisher\'s Ed25519 key (writes <file>.sig); --new-key makes a key pair.',
  usage: '<pack.json> --key <secret-key-file> | --new-key <prefix>',
  allowPositionals: true,
  options: { key: { type: 'string' }, 'new-key': { type: 'string' } },
  async run({ values, positionals }, io) {
    const prefix = str(values['new-key']);
    if (prefix) {
      const keys = newPublisherKeys();
      await writeFile(`${prefix}.secret`, `${keys.secretKeyHex}\n`, { mode: 0o600 });
      await writeFile(`${prefix}.public`, `${keys.publicKeyHex}\n`);
      io.out(`wrote ${prefix}.secret (keep it offline) and ${prefix}.public: ${keys.publicKeyHex}`);
      return 0;
    }
    const keyFile = str(values.key);
    if (!positionals[0] || !keyFile) {
      io.err('usage: kiosk content sign <pack.json> --key <secret-key-file>');
      return 2;
    }
    const check = await loadPack(resolve(positionals[0]));
    if (!check.ok) {
      printProblems(check, io);
      io.err('kiosk content sign: refusing to sign an invalid pack');
      return 1;
    }
    const bytes = new Uint8Array(await readFile(resolve(positionals[0])));
    try {
      const sig = signPack(bytes, (await readFile(resolve(keyFile), 'utf8')).trim());
      await writeFile(`${resolve(positionals[0])}.sig`, `${sig}\n`);
    } catch (e) {
      io.err(`kiosk content sign: ${(e as Error).message}`);
      return 1;
    }
    io.out(`wrote ${positionals[0]}.sig`);
    return 0;
  },
};

export const catalogueCommands: CliCommand[] = [search, check, importCmd, exportCmd, bundle, sign];
