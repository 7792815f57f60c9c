import type { EmergencyMessage } from '../../api/display';
import type { Db } from '../storage/database';

/**
 * The emergency message in SQLite, so a restart (or a power cut) keeps it on the displays until an
 * admin withdraws it. At most one is live; putting up a new one withdraws the old one in the same
 * transaction. All SQL of the display lives here.
 */
export class EmergencyStore {
  private readonly liveQuery;
  private readonly withdrawAll;
  private readonly insert;
  private readonly setTx;

  constructor(db: Db) {
    this.liveQuery = db.prepare<[], { id: number; text: string; set_at: string }>(
      'SELECT id, text, set_at FROM display_emergency_messages WHERE withdrawn_at IS NULL ORDER BY id DESC LIMIT 1',
    );
    this.withdrawAll = db.prepare<[string]>('UPDATE display_emergency_messages SET withdrawn_at = ? WHERE withdrawn_at IS NULL');
    this.insert = db.prepare<[string, string], { id: number }>(
      'INSERT INTO display_emergency_messages (text, set_at) VALUES (?, ?) RETURNING id',
    );
    this.setTx = db.transaction((text: string, at: string) => {
      this.withdrawAll.run(at);
      return this.insert.get(text, at)!.id;
    });
  }

  /** The message up now, or null. */
  live(): EmergencyMessage | null {
    const row = this.liveQuery.get();
    return row ? { id: row.id, text: row.text, setAt: row.set_at } : null;
  }

  /** Puts up `text` (already trimmed and length-checked by the contract), replacing any live one. */
  set(text: string, at: Date): EmergencyMessage {
    const setAt = at.toISOString();
    const id = this.setTx(text, setAt);
    return { id, text, setAt };
  }

  /** Takes the live message down; false when none was up. */
  withdraw(at: Date): boolean {
    return this.withdrawAll.run(at.toISOString()).changes > 0;
  }
}
