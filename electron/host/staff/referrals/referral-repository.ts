import type { DataErrorKind, ReferralSummary } from '../../../api/staff';
import type { Db } from '../../storage/database';

interface Row {
  id: number;
  ref: string;
  created_at: string;
  staff_name: string;
  masked_id: string | null;
  kinds: string;
  payload: Buffer | null;
  key_id: string | null;
  status: 'open' | 'exported' | 'purged';
  export_batch: string | null;
}

export interface StoredReferral {
  readonly id: number;
  readonly ref: string;
  readonly createdAt: string;
  readonly staffName: string;
  readonly maskedId: string | null;
  readonly kinds: DataErrorKind[];
  readonly payload: Buffer | null;
  readonly keyId: string | null;
  readonly status: 'open' | 'exported' | 'purged';
  /** The export this referral was last handed over in (a random id, nothing personal). */
  readonly exportBatch: string | null;
}

const toStored = (r: Row): StoredReferral => ({
  id: r.id, ref: r.ref, createdAt: r.created_at, staffName: r.staff_name, maskedId: r.masked_id,
  kinds: JSON.parse(r.kinds) as DataErrorKind[], payload: r.payload, keyId: r.key_id, status: r.status, exportBatch: r.export_batch,
});

const SELECT = `SELECT f.id, f.ref, f.created_at, s.name AS staff_name, f.masked_id, f.kinds, f.payload, f.key_id, f.status, f.export_batch
                  FROM referrals f JOIN staff_accounts s ON s.id = f.staff_id`;

/** All SQL on referrals. The personal part is only ever the encrypted `payload`. */
export class ReferralRepository {
  constructor(private readonly db: Db) {}

  insert(r: { ref: string; at: string; staffId: number; team: string; recordId: number | null; maskedId: string; kinds: readonly DataErrorKind[]; payload: Buffer; keyId: string }): number {
    return this.db
      .prepare<unknown[], { id: number }>(
        `INSERT INTO referrals (ref, created_at, staff_id, team, record_id, masked_id, kinds, payload, key_id, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open') RETURNING id`,
      )
      .get(r.ref, r.at, r.staffId, r.team, r.recordId, r.maskedId, JSON.stringify(r.kinds), r.payload, r.keyId)!.id;
  }

  get(id: number): StoredReferral | null {
    const row = this.db.prepare<[number], Row>(`${SELECT} WHERE f.id = ?`).get(id);
    return row ? toStored(row) : null;
  }

  /** Newest first; purged ones (counts only) included. */
  all(limit = 500): StoredReferral[] {
    return this.db.prepare<[number], Row>(`${SELECT} ORDER BY f.created_at DESC, f.id DESC LIMIT ?`).all(limit).map(toStored);
  }

  /** Referrals whose personal part still exists (open, or exported but not confirmed). */
  unpurged(): StoredReferral[] {
    return this.db.prepare<[], Row>(`${SELECT} WHERE f.status <> 'purged' ORDER BY f.created_at, f.id`).all().map(toStored);
  }

  markExported(ids: readonly number[], batch: string, at: string): void {
    const stmt = this.db.prepare("UPDATE referrals SET status = 'exported', export_batch = ?, exported_at = ? WHERE id = ? AND status <> 'purged'");
    this.db.transaction(() => ids.forEach((id) => stmt.run(batch, at, id)))();
  }

  /** Deletes the personal part of one export batch; returns how many rows lost it. */
  purgeBatch(batch: string, at: string): number {
    return this.scrubbed(
      this.db
        .prepare(
          `UPDATE referrals SET payload = NULL, key_id = NULL, masked_id = NULL, status = 'purged', purged_at = ?, purge_reason = 'export-confirmed'
            WHERE export_batch = ? AND status = 'exported'`,
        )
        .run(at, batch).changes,
    );
  }

  /** Deletes the personal part of every referral created before `before` (retention). */
  purgeCreatedBefore(before: string, at: string): number {
    return this.scrubbed(
      this.db
        .prepare(
          `UPDATE referrals SET payload = NULL, key_id = NULL, masked_id = NULL, status = 'purged', purged_at = ?, purge_reason = 'retention'
            WHERE status <> 'purged' AND created_at < ?`,
        )
        .run(at, before).changes,
    );
  }

  /**
   * Deleted must mean gone from the disk, not only from the table (privacy.md §3). secure_delete
   * (staff-services.ts) zeroes freed space in the database file, but the WAL still holds the pages as
   * they were before the purge until a checkpoint; TRUNCATE copies the new pages back and cuts the
   * WAL file to zero bytes. A reader holding an old snapshot can make it busy: the next purge or the
   * next checkpoint (SQLite runs one as the WAL grows, and at close) finishes the job.
   */
  private scrubbed(changes: number): number {
    if (changes > 0) {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy) console.warn('[staff] referral purge: the WAL is in use, it is cleared at the next checkpoint');
    }
    return changes;
  }
}
