import { loadTrustStore, type TrustStore } from '../../../drivers/emrtd/pa';
import type { CliCommand } from './command';

/** Lines for a technician: each usable CSCA with its key and validity, then each file that was not used. */
export function describeTrustStore(dir: string, store: TrustStore): string[] {
  const lines = [`trust store ${dir}: ${store.entries.length} usable CSCA certificate(s), ${store.rejected.length} rejected file(s)`];
  for (const { file, summary: s } of store.entries) {
    const key = s.keyAlgorithm === 'EC' ? `EC ${s.curve}${s.explicitParameters ? ' (explicit parameters)' : ''}` : `${s.keyAlgorithm} ${s.keyBits}`;
    lines.push(`  ok  ${file}`);
    lines.push(`      subject:  ${s.subject}`);
    if (!s.selfSigned) lines.push(`      issuer:   ${s.issuer} (link certificate)`);
    lines.push(`      key:      ${key}`);
    lines.push(`      valid:    ${s.notBefore} to ${s.notAfter}`);
    if (s.selfSignatureValid) lines.push('      self-signature verified');
  }
  for (const r of store.rejected) lines.push(`  NO  ${r.file}: ${r.code}: ${r.reason}`);
  for (const name of store.ignored) lines.push(`  --  ${name}: skipped (not a .der/.cer/.crt/.pem file)`);
  return lines;
}

const trustList: CliCommand = {
  path: ['trust', 'list'],
  summary: 'List the CSCA certificates of a trust store directory usable for Passive Authentication, and the files it cannot use and why.',
  usage: '<dir> [--json]',
  allowPositionals: true,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [dir] = positionals;
    if (positionals.length !== 1 || dir === undefined) {
      io.err('usage: kiosk trust list <dir> [--json]');
      return 2;
    }
    const store = await loadTrustStore(dir);
    if (!store.ok) {
      io.err(`kiosk trust list: ${store.error.code}: ${store.error.detail}`);
      return 1;
    }
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            dir,
            certificates: store.value.entries.map((e) => ({ file: e.file, ...e.summary })),
            rejected: store.value.rejected,
            ignored: store.value.ignored,
          },
          null,
          2,
        ),
      );
    } else {
      for (const line of describeTrustStore(dir, store.value)) io.out(line);
    }
    // An empty trust store is a configuration problem worth a non-zero exit for scripts.
    return store.value.entries.length > 0 ? 0 : 1;
  },
};

export const trustCommands: CliCommand[] = [trustList];
