import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { err, ok, type Result } from '../../result';
import { resolveSignatureScheme } from './algorithms';
import { parseCertificate, type ParsedCertificate } from './certificate';
import { describePublicKey, parsePublicKey, type PublicKey } from './public-key';
import { verifySignature } from './verify-signature';

/**
 * The trust store: CSCA (Country Signing Certificate Authority) certificates the deployer installs.
 * The product ships none (shared/domain/cccd.md "Passive Authentication"); a directory of DER or PEM
 * files is read, and every file that cannot serve as a trust anchor is reported with the reason.
 */
export interface TrustStoreEntry {
  /** File name inside the directory (with "#2" etc. for the later certificates of a PEM bundle). */
  file: string;
  certificate: ParsedCertificate;
  key: PublicKey;
  summary: CscaSummary;
}

/** What `kiosk trust list` prints for a usable CSCA. Dates are ISO 8601 (UTC). */
export interface CscaSummary {
  subject: string;
  issuer: string;
  serial: string;
  keyAlgorithm: 'EC' | 'RSA' | 'RSASSA-PSS';
  curve?: string;
  explicitParameters?: boolean;
  keyBits: number;
  notBefore: string;
  notAfter: string;
  /** Issuer equals subject: a root CSCA (a link certificate is not self-signed). */
  selfSigned: boolean;
  /** For self-signed certificates: the self-signature verified (a failure rejects the file). */
  selfSignatureValid?: boolean;
}

export interface RejectedTrustFile {
  file: string;
  /** Machine code: trust.not-a-certificate, trust.unsupported-key, trust.not-a-ca, trust.self-signature-invalid, trust.unreadable. */
  code: string;
  /** English, for the technician. */
  reason: string;
}

export interface TrustStore {
  entries: TrustStoreEntry[];
  rejected: RejectedTrustFile[];
  /** Files skipped because their extension is not a certificate's (.der .cer .crt .pem). */
  ignored: string[];
}

const CERT_EXTENSIONS = new Set(['.der', '.cer', '.crt', '.pem']);

/** Reads every certificate file in `dir` (not recursive). Only an unreadable directory is an error. */
export async function loadTrustStore(dir: string): Promise<Result<TrustStore>> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch (e) {
    return err('trust.dir-unreadable', `cannot read trust store directory: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  const ignored: string[] = [];
  const rejected: RejectedTrustFile[] = [];
  for (const name of names) {
    if (!CERT_EXTENSIONS.has(extname(name).toLowerCase())) {
      ignored.push(name);
      continue;
    }
    try {
      files.push({ name, bytes: new Uint8Array(await readFile(join(dir, name))) });
    } catch (e) {
      rejected.push({ file: name, code: 'trust.unreadable', reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
    }
  }
  const store = trustStoreFromFiles(files);
  return ok({ entries: store.entries, rejected: [...rejected, ...store.rejected], ignored });
}

/** Builds a trust store from file contents (DER, or PEM with one or more certificates). */
export function trustStoreFromFiles(files: readonly { name: string; bytes: Uint8Array }[]): TrustStore {
  const store: TrustStore = { entries: [], rejected: [], ignored: [] };
  for (const { name, bytes } of files) {
    const ders = decodeCertificateFile(bytes);
    if (ders.length === 0) {
      store.rejected.push({ file: name, code: 'trust.not-a-certificate', reason: 'neither a DER certificate nor PEM with a CERTIFICATE block' });
      continue;
    }
    ders.forEach((der, i) => {
      const file = ders.length > 1 ? `${name}#${i + 1}` : name;
      const entry = trustEntry(file, der);
      if (entry.ok) store.entries.push(entry.value);
      else store.rejected.push({ file, code: entry.error.code, reason: entry.error.detail });
    });
  }
  return store;
}

/** One certificate → a usable trust anchor, or the reason it cannot be one. */
export function trustEntry(file: string, der: Uint8Array): Result<TrustStoreEntry> {
  const cert = parseCertificate(der);
  if (!cert.ok) return err('trust.not-a-certificate', cert.error.detail);
  const key = parsePublicKey(cert.value.subjectPublicKeyInfo);
  if (!key.ok) return err('trust.unsupported-key', key.error.detail);
  // A CSCA is a CA (ICAO 9303-12 §7.1.1): its profile requires basicConstraints with cA TRUE, so a
  // certificate without the extension (a leaf, a TLS certificate dropped in by mistake) is refused too.
  if (cert.value.isCa === false) return err('trust.not-a-ca', 'basicConstraints says this is not a CA certificate');
  if (cert.value.isCa === undefined) return err('trust.not-a-ca', 'no basicConstraints extension: a CSCA certificate must say cA=TRUE');
  const selfSigned = Buffer.from(cert.value.issuerDer).equals(Buffer.from(cert.value.subjectDer));
  let selfSignatureValid: boolean | undefined;
  if (selfSigned) {
    const scheme = resolveSignatureScheme(cert.value.signatureAlgorithm);
    if (!scheme.ok) return err('trust.unsupported-key', scheme.error.detail);
    const valid = verifySignature(scheme.value, key.value, cert.value.tbs, cert.value.signature);
    if (!valid.ok) return err('trust.unsupported-key', valid.error.detail);
    if (!valid.value) return err('trust.self-signature-invalid', 'the self-signature does not verify');
    selfSignatureValid = true;
  }
  const k = describePublicKey(key.value);
  const summary: CscaSummary = {
    subject: cert.value.subject,
    issuer: cert.value.issuer,
    serial: cert.value.serialHex,
    keyAlgorithm: k.algorithm,
    keyBits: k.bits,
    notBefore: cert.value.notBefore.toISOString(),
    notAfter: cert.value.notAfter.toISOString(),
    selfSigned,
  };
  if (k.curve) summary.curve = k.curve;
  if (k.explicitParameters !== undefined) summary.explicitParameters = k.explicitParameters;
  if (selfSignatureValid !== undefined) summary.selfSignatureValid = selfSignatureValid;
  return ok({ file, certificate: cert.value, key: key.value, summary });
}

/** DER as is, or every "-----BEGIN CERTIFICATE-----" block of a PEM file. */
function decodeCertificateFile(bytes: Uint8Array): Uint8Array[] {
  if (bytes[0] === 0x30) return [bytes];
  const text = Buffer.from(bytes).toString('latin1');
  const blocks = [...text.matchAll(/-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([\s\S]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g)];
  return blocks.map((m) => new Uint8Array(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64'))).filter((b) => b.length > 0);
}
