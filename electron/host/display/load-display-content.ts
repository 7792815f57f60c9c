import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssues } from '../config/load-config';
import { DisplayContent } from './display-content-schema';

/** Folder of the display content inside the content directory, and its file. */
export const DISPLAY_CONTENT_FOLDER = 'display';
export const DISPLAY_CONTENT_FILE = 'display.json';
/** A content file larger than this is refused: it is a few kilobytes of text, anything bigger is a mistake. */
export const MAX_DISPLAY_CONTENT_BYTES = 1024 * 1024;

export const displayContentPath = (contentDir: string) => join(contentDir, DISPLAY_CONTENT_FOLDER, DISPLAY_CONTENT_FILE);

export type DisplayContentResult = { ok: true; content: DisplayContent } | { ok: false; problems: string[] };

/** Reads and validates the display content file; every problem is listed with its field path. Never throws. */
export async function loadDisplayContent(file: string): Promise<DisplayContentResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { ok: false, problems: [`${DISPLAY_CONTENT_FILE}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return parseDisplayContentBytes(bytes);
}

/** Parses the bytes of a display content file (UTF-8 JSON, an optional "$schema" key is ignored). */
export function parseDisplayContentBytes(bytes: Uint8Array): DisplayContentResult {
  if (bytes.length > MAX_DISPLAY_CONTENT_BYTES) return { ok: false, problems: [`${DISPLAY_CONTENT_FILE}: larger than 1 MB`] };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    return { ok: false, problems: [`${DISPLAY_CONTENT_FILE}: not valid JSON (${(e as Error).message})`] };
  }
  return parseDisplayContent(raw);
}

export function parseDisplayContent(raw: unknown): DisplayContentResult {
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && '$schema' in raw) {
    const { $schema: _ignored, ...rest } = raw as Record<string, unknown>;
    raw = rest;
  }
  const parsed = DisplayContent.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues).map((p) => `${DISPLAY_CONTENT_FILE}: ${p}`) };
  if (!isKnownTimeZone(parsed.data.timeZone)) {
    return { ok: false, problems: [`${DISPLAY_CONTENT_FILE}: timeZone: unknown time zone "${parsed.data.timeZone}"`] };
  }
  return { ok: true, content: parsed.data };
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
