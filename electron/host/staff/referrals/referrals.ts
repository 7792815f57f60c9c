import { randomBytes } from 'node:crypto';
import type { DataErrorKind, FileDownload, ReferralSummary } from '../../../api/staff';
import { ApiFailure } from '../../api/api-failure';
import type { StaffPrincipal } from '../accounts/staff-sessions';
import type { AuditLog } from '../audit/audit-log';
import { maskId } from '../crypto/id-privacy';
import { keyId, openReferral, sealReferral } from '../crypto/referral-cipher';
import type { StaffKeys } from '../keys/key-provider';
import { vnDate } from '../reports/periods';
import { ERROR_KIND_VI } from '../reports/report-labels';
import { viDate, type ReportDocument } from '../reports/report-model';
import { MIME, renderXlsx } from '../reports/table-files';
import { encryptXlsx, oneTimePassword } from './protected-file';
import type { ReferralRepository, StoredReferral } from './referral-repository';

/** The personal part of a referral: only ever stored sealed (referral-cipher.ts). */
interface ReferralSecret {
  readonly fullName: string;
  readonly idNumber: string;
  readonly note: string;
}

export interface NewReferral {
  readonly fullName: string;
  readonly idNumber: string;
  readonly kinds: readonly DataErrorKind[];
  readonly note: string;
  readonly recordId: number | null;
}

const DAY_MS = 86_400_000;

/**
 * Data-error referrals to the ward police (seed 000 §3.2), made only with the citizen's consent. The
 * name, ID and note are sealed with AES-256-GCM; they are deleted (the blob set to NULL) when the
 * police list is confirmed as delivered, or after `retentionDays` at the latest. The rest of the row
 * (kinds, dates, staff) stays for the counts. Errors: staff.referral-unknown, staff.batch-unknown,
 * staff.referral-unreadable.
 */
export class Referrals {
  constructor(
    private readonly repo: ReferralRepository,
    private readonly audit: AuditLog,
    private readonly keys: () => Promise<StaffKeys>,
    readonly retentionDays: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(principal: StaffPrincipal, r: NewReferral): Promise<ReferralSummary> {
    const { referralKey } = await this.keys();
    const ref = randomBytes(16).toString('hex');
    const secret: ReferralSecret = { fullName: r.fullName.trim().normalize('NFC'), idNumber: r.idNumber, note: r.note.trim().normalize('NFC') };
    const payload = sealReferral(referralKey, ref, Buffer.from(JSON.stringify(secret), 'utf8'));
    const id = this.repo.insert({
      ref, at: this.iso(), staffId: principal.accountId, team: principal.team, recordId: r.recordId,
      maskedId: maskId(r.idNumber), kinds: [...new Set(r.kinds)], payload, keyId: keyId(referralKey),
    });
    this.audit.append(`staff:${principal.accountId}`, 'referral.created', `referral:${id}`, { kinds: [...new Set(r.kinds)] });
    return this.summary(this.repo.get(id)!);
  }

  list(): ReferralSummary[] {
    this.purgeExpired();
    return this.repo.all().map((r) => this.summary(r));
  }

  /**
   * Decrypts every referral that still has its personal part into the police list, an XLSX encrypted with a
   * one-time password (protected-file.ts) returned with it for staff to pass on, and marks them as exported
   * under a new batch id. Nothing is deleted until `confirmExport(batchId)`. The password is not kept.
   */
  async exportPending(principal: StaffPrincipal): Promise<{ batchId: string; count: number; file: FileDownload; password: string }> {
    this.purgeExpired();
    const { referralKey } = await this.keys();
    const pending = this.repo.unpurged();
    const rows = pending.map((r, i) => {
      const secret = this.open(referralKey, r);
      return [i + 1, secret.fullName, secret.idNumber, r.kinds.map((k) => ERROR_KIND_VI[k]).join('; '), secret.note, vnDate(new Date(r.createdAt)), r.staffName];
    });
    const batchId = randomBytes(12).toString('hex');
    const at = this.now();
    const doc: ReportDocument = {
      title: 'Danh sách công dân đề nghị Công an phường điều chỉnh thông tin',
      subtitle: `Lập ngày ${viDate(vnDate(at))} · ${rows.length} trường hợp · mã lô ${batchId}`,
      baseName: `chuyen-cong-an-${vnDate(at)}-${batchId.slice(0, 6)}`,
      tables: [{
        id: 'referrals',
        sheet: 'Danh sách',
        title: 'Sai sót dữ liệu dân cư (làm sạch dữ liệu)',
        columns: [
          { title: 'STT', kind: 'int', width: 6 },
          { title: 'Họ và tên', kind: 'text', width: 28 },
          { title: 'Số định danh cá nhân', kind: 'text', width: 18 },
          { title: 'Sai sót', kind: 'text', width: 28 },
          { title: 'Ghi chú', kind: 'text', width: 40 },
          { title: 'Ngày ghi nhận', kind: 'date', width: 14 },
          { title: 'Cán bộ ghi nhận', kind: 'text', width: 22 },
        ],
        rows,
      }],
    };
    const password = oneTimePassword();
    const bytes = await encryptXlsx(await renderXlsx(doc), password);
    this.repo.markExported(pending.map((r) => r.id), batchId, at.toISOString());
    this.audit.append(`staff:${principal.accountId}`, 'referral.exported', `batch:${batchId}`, { count: rows.length, format: 'xlsx', protection: 'password (ECMA-376 agile, AES-256)' });
    return { batchId, count: rows.length, password, file: { fileName: `${doc.baseName}.xlsx`, mimeType: MIME.xlsx, base64: bytes.toString('base64') } };
  }

  confirmExport(principal: StaffPrincipal, batchId: string): number {
    const deleted = this.repo.purgeBatch(batchId, this.iso());
    if (deleted === 0) throw new ApiFailure('staff.batch-unknown');
    this.audit.append(`staff:${principal.accountId}`, 'referral.exportConfirmed', `batch:${batchId}`, { deleted });
    return deleted;
  }

  /** Deletes the personal part of referrals past retention. Called at start, hourly, and before lists. */
  purgeExpired(): number {
    const before = new Date(this.now().getTime() - this.retentionDays * DAY_MS).toISOString();
    const n = this.repo.purgeCreatedBefore(before, this.iso());
    if (n > 0) this.audit.append('system', 'referral.purged', null, { count: n, reason: 'retention', retentionDays: this.retentionDays });
    return n;
  }

  private open(key: Buffer, r: StoredReferral): ReferralSecret {
    if (!r.payload) throw new ApiFailure('staff.referral-unreadable');
    try {
      return JSON.parse(openReferral(key, r.ref, r.payload).toString('utf8')) as ReferralSecret;
    } catch {
      throw new ApiFailure('staff.referral-unreadable');
    }
  }

  private summary(r: StoredReferral): ReferralSummary {
    return {
      id: r.id, maskedId: r.maskedId, kinds: r.kinds, status: r.status, createdAt: r.createdAt, staffName: r.staffName,
      deleteBy: r.status === 'purged' ? null : new Date(Date.parse(r.createdAt) + this.retentionDays * DAY_MS).toISOString(),
      exportBatch: r.status === 'exported' ? r.exportBatch : null,
    };
  }

  private iso(): string {
    return this.now().toISOString();
  }
}
