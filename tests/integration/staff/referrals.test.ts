import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaffServices } from '../../../electron/host/staff/staff-services';
import { MemoryKeyProvider } from '../../../electron/host/staff/keys/key-provider';
import { decryptXlsx, isPasswordProtected } from '../../../electron/host/staff/referrals/protected-file';
import { SHEET_LAYOUT } from '../../../electron/host/staff/reports/report-model';
import { CITIZEN, makeWorld, sessionCitizen, signedIn, type StaffWorld } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

const blobs = (w: StaffWorld) => w.db.prepare('SELECT id, payload, status, masked_id FROM referrals ORDER BY id').all() as { id: number; payload: Buffer | null; status: string; masked_id: string | null }[];

describe('data-error referrals (encrypted at rest, deleted after export or retention)', () => {
  it('stores only ciphertext, exports the list for the police and deletes it once confirmed', async () => {
    w = makeWorld();
    const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    w.setSessionCitizen(sessionCitizen());
    const created = await w.call('staff.referrals.create', {
      token, citizen: { kind: 'session' }, kinds: ['date-of-birth', 'sex'], note: 'Năm sinh đúng là 1992', consent: true, recordId: null,
    });
    expect(created.value).toMatchObject({ maskedId: '001*******45', kinds: ['date-of-birth', 'sex'], status: 'open', staffName: 'Lê Thu Hà' });
    expect(created.value.deleteBy).toBe('2026-12-20T02:00:00.000Z');
    await w.call('staff.referrals.create', {
      token, citizen: { kind: 'manual', idNumber: '079203000001', fullName: 'Phạm Văn Đồng' }, kinds: ['duplicate-record'], note: '', consent: true, recordId: null,
    });

    const [first, second] = blobs(w);
    const ciphertexts = [first!.payload!, second!.payload!];
    expect(first!.payload).toBeInstanceOf(Buffer);
    expect(first!.payload!.includes(Buffer.from(CITIZEN.idNumber))).toBe(false);
    expect(first!.payload!.includes(Buffer.from('1992'))).toBe(false);

    const exported = await w.call('staff.referrals.export', { token, format: 'xlsx' });
    expect(exported.value.count).toBe(2);
    // The file is password-protected (issue 13): nothing in it reads as the citizen's data without the
    // one-time password, which the audit entry does not hold either.
    const file = Buffer.from(exported.value.file.base64, 'base64');
    expect(await isPasswordProtected(file)).toBe(true);
    expect(exported.value.password).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    await expect(decryptXlsx(file, 'AAAA-AAAA-AAAA-AAAA')).rejects.toThrow();
    const audit = w.s.audit.lastOf('referral.exported');
    expect(JSON.parse(audit!.details)).toEqual({ count: 2, format: 'xlsx', protection: 'password (ECMA-376 agile, AES-256)' });
    expect(audit!.details).not.toContain(exported.value.password);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await decryptXlsx(file, exported.value.password) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Danh sách')!;
    const row = (r: number) => [1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(SHEET_LAYOUT.firstDataRow + r, c).value);
    expect(row(0)).toEqual([1, CITIZEN.fullName, CITIZEN.idNumber, 'Sai ngày tháng năm sinh; Sai giới tính', 'Năm sinh đúng là 1992', '20/11/2026', 'Lê Thu Hà']);
    expect(row(1).slice(1, 4)).toEqual(['Phạm Văn Đồng', '079203000001', 'Trùng thông tin (hai hồ sơ)']);
    expect(blobs(w).map((b) => b.status)).toEqual(['exported', 'exported']);

    // A CSV cannot carry a password, so the police list has none.
    expect((await w.call('staff.referrals.export', { token, format: 'csv' })).error?.code).toBe('api.invalid-input');
    const again = await w.call('staff.referrals.export', { token, format: 'xlsx' });
    expect(again.value.password).not.toBe(exported.value.password);
    // The list remembers the unconfirmed export, so a reload or another sign-in can still confirm it.
    const waiting = await w.call('staff.referrals.list', { token });
    expect(waiting.value.referrals.map((r: { exportBatch: string | null }) => r.exportBatch)).toEqual([again.value.batchId, again.value.batchId]);
    // The later export re-batches the same referrals: confirming the first batch deletes nothing.
    expect((await w.call('staff.referrals.confirmExport', { token, batchId: exported.value.batchId })).error?.code).toBe('staff.batch-unknown');
    expect((await w.call('staff.referrals.confirmExport', { token, batchId: again.value.batchId })).value).toEqual({ deleted: 2 });

    expect(blobs(w)).toEqual([
      { id: 1, payload: null, status: 'purged', masked_id: null },
      { id: 2, payload: null, status: 'purged', masked_id: null },
    ]);
    // Gone from the disk too: neither the database file nor its WAL keeps the old ciphertext, which the
    // key file next to them would still open.
    for (const file of ['kiosk.db', 'kiosk.db-wal']) {
      const path = join(w.dataDir, file);
      const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
      for (const c of ciphertexts) expect(bytes.includes(c.subarray(0, 32)), `${file} still holds a purged referral`).toBe(false);
    }
    const list = await w.call('staff.referrals.list', { token });
    expect(list.value.retentionDays).toBe(30);
    expect(list.value.referrals.map((r: { status: string; kinds: string[] }) => [r.status, r.kinds])).toEqual([['purged', ['duplicate-record']], ['purged', ['date-of-birth', 'sex']]]);
    expect((await w.call('staff.referrals.export', { token, format: 'xlsx' })).value.count).toBe(0);
  });

  it('deletes the personal part after the retention period (default 30 days)', async () => {
    w = makeWorld('2026-11-01T02:00:00Z');
    const { id } = await signedIn(w, 'Lê Thu Hà', 'staff');
    const principal = { accountId: id, name: 'Lê Thu Hà', role: 'staff' as const, team: 'Tổ 1' };
    await w.s.referrals.create(principal, { fullName: CITIZEN.fullName, idNumber: CITIZEN.idNumber, kinds: ['name'], note: '', recordId: null });
    w.clock.now = new Date('2026-11-10T02:00:00Z');
    await w.s.referrals.create(principal, { fullName: 'Phạm Văn Đồng', idNumber: '079203000001', kinds: ['other'], note: '', recordId: null });

    w.clock.now = new Date('2026-12-01T01:59:59Z');
    expect(w.s.referrals.purgeExpired()).toBe(0);
    w.clock.now = new Date('2026-12-01T02:00:01Z');
    expect(w.s.referrals.purgeExpired()).toBe(1);
    expect(blobs(w).map((b) => b.status)).toEqual(['purged', 'open']);
    const purge = w.s.audit.lastOf('referral.purged');
    expect(JSON.parse(purge!.details)).toEqual({ count: 1, reason: 'retention', retentionDays: 30 });
    // A list also purges first; the remaining one goes 30 days after it was made.
    w.clock.now = new Date('2026-12-10T02:00:01Z');
    expect(w.s.referrals.list().map((r) => r.status)).toEqual(['purged', 'purged']);
  });

  it('honours a configured retention and cannot open blobs with another key', async () => {
    w = makeWorld('2026-11-01T02:00:00Z', { staff: { referralRetentionDays: 7 } });
    const { token } = await signedIn(w, 'Lê Thu Hà', 'admin');
    const r = await w.call('staff.referrals.create', {
      token, citizen: { kind: 'manual', idNumber: CITIZEN.idNumber, fullName: CITIZEN.fullName }, kinds: ['name'], note: '', consent: true, recordId: null,
    });
    expect(r.value.deleteBy).toBe('2026-11-08T02:00:00.000Z');
    const other = createStaffServices({ db: w.db, config: w.config, keys: new MemoryKeyProvider(), auditAnchorFile: null, now: () => w.clock.now });
    const p = { accountId: 1, name: 'x', role: 'admin' as const, team: '' };
    await expect(other.referrals.exportPending(p)).rejects.toMatchObject({ code: 'staff.referral-unreadable' });
  });

  it('lets volunteers record but not export referrals', async () => {
    w = makeWorld();
    const { token } = await signedIn(w, 'Trần Văn Bình', 'volunteer');
    expect((await w.call('staff.referrals.export', { token, format: 'xlsx' })).error?.code).toBe('staff.forbidden');
    w.setSessionCitizen({ ...sessionCitizen(), fullName: null });
    const noName = await w.call('staff.referrals.create', { token, citizen: { kind: 'session' }, kinds: ['name'], note: '', consent: true, recordId: null });
    expect(noName.error?.code).toBe('staff.name-unknown');
  });
});
