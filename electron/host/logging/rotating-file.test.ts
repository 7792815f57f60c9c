import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RotatingFile } from './rotating-file';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('RotatingFile', () => {
  it('appends lines to <stem>.log in a folder it creates', () => {
    const f = new RotatingFile({ dir: join(dir, 'logs'), maxBytes: 1000, keep: 2 });
    f.write('one');
    f.write('two\nthree');
    f.close();
    expect(readFileSync(join(dir, 'logs', 'kiosk.log'), 'utf8')).toBe('one\ntwo\\nthree\n');
  });

  it('rotates before a line would pass the cap, keeps `keep` old files and deletes the oldest', () => {
    const f = new RotatingFile({ dir, maxBytes: 300, keep: 2 });
    for (let i = 0; i < 40; i++) f.write(`line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`);
    f.close();
    expect(readdirSync(dir).sort()).toEqual(['kiosk.1.log', 'kiosk.2.log', 'kiosk.log']);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(300);
    // The newest line is in the current file, the one before the rotation in .1, and the oldest are gone.
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toContain('line 039');
    const all = readdirSync(dir).map((n) => readFileSync(join(dir, n), 'utf8')).join('');
    expect(all).not.toContain('line 000');
  });

  it('continues an existing file after a restart and counts its size', () => {
    const first = new RotatingFile({ dir, maxBytes: 300, keep: 1 });
    first.write('a'.repeat(200));
    first.close();
    const second = new RotatingFile({ dir, maxBytes: 300, keep: 1 });
    second.write('b'.repeat(200));
    second.close();
    expect(readFileSync(join(dir, 'kiosk.1.log'), 'utf8')).toBe(`${'a'.repeat(200)}\n`);
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toBe(`${'b'.repeat(200)}\n`);
  });

  it('cuts a line longer than the cap on a character boundary', () => {
    const f = new RotatingFile({ dir, maxBytes: 256, keep: 0 });
    f.write('ệ'.repeat(200));
    f.close();
    const text = readFileSync(join(dir, 'kiosk.log'), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(256);
    expect(text.endsWith('ệ\n')).toBe(true);
  });

  it('never throws when the folder cannot be written, and says how many lines were lost once it can', () => {
    const target = join(dir, 'logs');
    writeFileSync(target, 'a file where the log folder should be');
    const f = new RotatingFile({ dir: target });
    expect(() => f.write('lost 1')).not.toThrow();
    expect(() => f.write('lost 2')).not.toThrow();
    rmSync(target);
    f.write('back');
    f.close();
    expect(readFileSync(join(target, 'kiosk.log'), 'utf8')).toBe('(2 log lines lost to write errors) back\n');
  });
});
