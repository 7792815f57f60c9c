import type { AuditEntryView, AuditVerdict } from '../../../api/staff';
import type { AuditEntry, ChainVerdict } from './audit-chain';

type DetailValue = AuditEntryView['details'][string];

/**
 * An entry as the admin's viewer shows it: details parsed from their JSON text, the staff actor's name
 * looked up. Lenient on purpose: a row edited by hand (which the verdict then reports) may hold
 * anything, and the viewer must still show it rather than fail. Unreadable JSON becomes no details;
 * a nested value is shown as its JSON text.
 */
export function auditEntryView(e: AuditEntry, nameOf: (accountId: number) => string | null): AuditEntryView {
  return { seq: e.seq, at: e.at, actor: e.actor, actorName: actorName(e.actor, nameOf), action: e.action, subject: e.subject, details: parseDetails(e.details) };
}

/** The chain's verdict in the contract's words (the head's hash stays in the core). */
export function auditVerdictView(v: ChainVerdict): AuditVerdict {
  return v.ok ? { ok: true, entries: v.entries } : { ok: false, atSeq: v.seq, reason: v.problem };
}

/** "staff:3" → the name of account 3 (null for "cli", "system", an unknown account or a malformed actor). */
export function actorName(actor: string, nameOf: (accountId: number) => string | null): string | null {
  const m = /^staff:([1-9]\d{0,9})$/.exec(actor);
  return m ? nameOf(Number(m[1])) : null;
}

export function parseDetails(json: string): Record<string, DetailValue> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, DetailValue> = {};
  for (const [k, v] of Object.entries(raw)) out[k] = detailValue(v);
  return out;
}

function detailValue(v: unknown): DetailValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) return v;
  return JSON.stringify(v) ?? String(v);
}
