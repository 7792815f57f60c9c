import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** One line of a portal download: its parsed JSON, or why it could not be parsed. */
export type RecordLine =
  | { readonly file: string; readonly line: number; readonly ok: true; readonly value: unknown }
  | { readonly file: string; readonly line: number; readonly ok: false; readonly problem: string };

/** Files of a download folder that hold records: *.jsonl, *.jsonl.gz, *.ndjson(.gz). */
const recordFile = /\.(jsonl|ndjson)(\.gz)?$/i;

/** The record files a source names: the file itself, or the record files of a folder in name order. */
export async function recordFiles(source: string): Promise<string[]> {
  const info = await stat(source);
  if (!info.isDirectory()) return [source];
  return (await readdir(source)).filter((f) => recordFile.test(f)).sort().map((f) => join(source, f));
}

/** gzip files start with 1f 8b (RFC 1952 §2.3.1): decided by content, not by the file name. */
async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/**
 * Streams the records of a portal download (one JSON object a line, plain or gzip), a line at a time, so
 * the whole file is never held in memory. A line that is not JSON is yielded as a problem and reading
 * goes on; a damaged gzip stream ends the file with a problem at the line it reached.
 */
export async function* readRecords(path: string): AsyncGenerator<RecordLine> {
  let stream: Readable = createReadStream(path);
  if (await isGzip(path)) stream = stream.pipe(createGunzip());
  let failure: Error | undefined;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  stream.on('error', (e) => {
    failure = e;
    lines.close();
  });
  let n = 0;
  try {
    for await (const text of lines) {
      n += 1;
      const t = text.replace(/^\uFEFF/, '').trim();
      if (t.length === 0) continue;
      try {
        yield { file: path, line: n, ok: true, value: JSON.parse(t) };
      } catch (e) {
        yield { file: path, line: n, ok: false, problem: `not valid JSON (${(e as Error).message})` };
      }
    }
  } catch (e) {
    // A damaged gzip stream rejects the line iterator itself (zlib "unexpected end of file").
    failure ??= e as Error;
  }
  if (failure) yield { file: path, line: n + 1, ok: false, problem: `the file is damaged and was read only to line ${n} (${failure.message})` };
}
