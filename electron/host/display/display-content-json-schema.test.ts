import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayContentJsonSchema } from './display-content-json-schema';
import { parseDisplayContentBytes } from './load-display-content';

const shippedDir = fileURLToPath(new URL('../../../kiosk-config/content/display/', import.meta.url));
const schemaFile = `${shippedDir}display-content.schema.json`;

describe('shipped display content', () => {
  it('keeps the JSON Schema beside the file equal to the zod schema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const expected = `${JSON.stringify(displayContentJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, expected);
    expect(readFileSync(schemaFile, 'utf8')).toBe(expected);
  });

  it('validates, names the five groups of Project 06 benefits and loops every slide kind', () => {
    const r = parseDisplayContentBytes(readFileSync(`${shippedDir}display.json`));
    if (!r.ok) throw new Error(r.problems.join('\n'));
    // Seed 004 §II.1.a lists five groups of benefits.
    expect(r.content.benefits.groups).toHaveLength(5);
    expect(new Set(r.content.playlist.map((e) => e.slide))).toEqual(new Set(['services', 'benefits', 'vneid', 'announcements', 'statistics']));
    // Seed 004 §II.1.b: the official guidance site.
    expect(r.content.vneid.guideUrl).toBe('https://tailieuhuongdan.dean06.vn');
    expect(r.content.sample).toBe(true);
  });
});
