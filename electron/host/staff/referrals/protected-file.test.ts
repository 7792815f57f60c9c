import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderXlsx } from '../reports/table-files';
import type { ReportDocument } from '../reports/report-model';
import { encryptOffThread } from './encrypt-off-thread';
import { decryptXlsx, encryptXlsx, isPasswordProtected, oneTimePassword, PASSWORD_ALPHABET } from './protected-file';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const POLICE_LIST: ReportDocument = {
  title: 'Danh sách công dân đề nghị Công an phường điều chỉnh thông tin',
  subtitle: 'thử',
  baseName: 'chuyen-cong-an-test',
  tables: [{
    id: 'referrals', sheet: 'Danh sách', title: 'Sai sót',
    columns: [{ title: 'Họ và tên', kind: 'text', width: 28 }, { title: 'Số định danh cá nhân', kind: 'text', width: 18 }],
    rows: [['Nguyễn Văn An', '001093012345']],
  }],
};

/** Every cell value of the workbook's first sheet, row by row (what an officer would read). */
async function cells(xlsx: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const out: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

// Debian's msoffcrypto-tool (package python3-msoffcrypto-tool, installed by .ci/run) is an independent
// implementation of the same ECMA-376 decryption that Excel does.
const msoffcrypto = spawnSync('msoffcrypto-tool', ['--help'], { encoding: 'utf8' }).status === 0;

// Excel's key derivation is deliberately slow (100,000 SHA-512 rounds per open): give these room on a busy machine.
const SLOW = { timeout: 90_000 };

describe('the police list encrypted with a one-time password', SLOW, () => {
  it('round-trips: encrypted, unreadable without the password, identical bytes with it', async () => {
    const plain = await renderXlsx(POLICE_LIST);
    const password = oneTimePassword();
    const locked = await encryptXlsx(plain, password);
    expect(locked.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1'); // an OLE compound file, as Excel writes
    expect(await isPasswordProtected(locked)).toBe(true);
    expect(await isPasswordProtected(plain)).toBe(false);
    // The workbook is a zip inside the encrypted stream: neither its parts' names nor the data show.
    expect(locked.includes(Buffer.from('xl/worksheets'))).toBe(false);
    expect(locked.includes(Buffer.from(plain.subarray(0, 64)))).toBe(false);
    // Excel's own key derivation (100,000 SHA-512 rounds) takes a second or two: decrypt once.
    const opened = await decryptXlsx(locked, password);
    expect(Buffer.compare(opened, plain)).toBe(0);
    expect(await cells(opened)).toContainEqual(['Nguyễn Văn An', '001093012345']);
  });

  it('locks the file without holding up the core: its timers keep running during the key derivation', async () => {
    const plain = await renderXlsx(POLICE_LIST);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = performance.now();
    const locked = await encryptXlsx(plain, oneTimePassword());
    const took = performance.now() - started;
    clearInterval(timer);
    expect(await isPasswordProtected(locked)).toBe(true);
    // On the core's own thread the hashing lets no tick through (a few slip in while a worker is tried):
    // here at least a quarter of the 20 ms ticks the encryption lasted must have run.
    expect(ticks).toBeGreaterThanOrEqual(Math.max(5, Math.floor(took / 20 / 4)));
  });

  it('where no worker can run, encrypts on the core\'s thread instead, says why, and the file still opens', async () => {
    const plain = await renderXlsx(POLICE_LIST);
    const password = oneTimePassword();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const locked = await encryptXlsx(plain, password, { workerModule: '/nonexistent/officecrypto-tool.js' });
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/worker thread failed .*Cannot find module/));
      expect(warn.mock.calls.flat().join(' ')).not.toContain(password);
      expect(Buffer.compare(await decryptXlsx(locked, password), plain)).toBe(0);
    } finally {
      warn.mockRestore();
    }
  });

  it('a worker that does not finish in time is stopped and said so (the caller then encrypts here)', async () => {
    const plain = await renderXlsx(POLICE_LIST);
    await expect(encryptOffThread(plain, oneTimePassword(), undefined, 1)).rejects.toThrow(/did not finish within/);
  });

  it('refuses the password of another export', async () => {
    const locked = await encryptXlsx(await renderXlsx(POLICE_LIST), oneTimePassword());
    await expect(decryptXlsx(locked, oneTimePassword())).rejects.toThrow();
  });

  it('opens with an independent implementation (Debian msoffcrypto-tool) given the password, and not without it', async (ctx) => {
    ctx.skip(!msoffcrypto, 'skipped: needs msoffcrypto-tool (apt-get install python3-msoffcrypto-tool)');
    const dir = mkdtempSync(join(tmpdir(), 'police-list-'));
    dirs.push(dir);
    const password = oneTimePassword();
    writeFileSync(join(dir, 'locked.xlsx'), await encryptXlsx(await renderXlsx(POLICE_LIST), password));
    const probe = spawnSync('msoffcrypto-tool', ['-t', '-v', join(dir, 'locked.xlsx')], { encoding: 'utf8' });
    expect(`${probe.stdout}${probe.stderr}`).toMatch(/OOXMLFile\.type: agile[\s\S]*: encrypted/);
    execFileSync('msoffcrypto-tool', ['-p', password, join(dir, 'locked.xlsx'), join(dir, 'open.xlsx')]);
    expect(await cells(readFileSync(join(dir, 'open.xlsx')))).toContainEqual(['Nguyễn Văn An', '001093012345']);
    const wrong = spawnSync('msoffcrypto-tool', ['-p', 'AAAA-AAAA-AAAA-AAAA', join(dir, 'locked.xlsx'), join(dir, 'wrong.xlsx')], { encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
  });
});

describe('oneTimePassword', () => {
  it('is four groups of four unambiguous capitals and digits, fresh every time', () => {
    const many = Array.from({ length: 500 }, oneTimePassword);
    for (const p of many) expect(p).toMatch(new RegExp(`^[${PASSWORD_ALPHABET}]{4}(-[${PASSWORD_ALPHABET}]{4}){3}$`));
    expect(new Set(many).size).toBe(many.length);
    // Every symbol of the alphabet turns up (8,000 draws of 25 symbols), and none outside it.
    expect(new Set(many.join('').replaceAll('-', ''))).toEqual(new Set(PASSWORD_ALPHABET));
    expect(PASSWORD_ALPHABET).not.toMatch(/[0O1IL5S2Z8B]/);
  });
});
