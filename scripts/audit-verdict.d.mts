export interface AuditVerdict { kind: 'clean' | 'blocked' | 'unavailable' | 'unreadable'; line: string; advisories?: string[] }
export declare function auditVerdict(report: unknown): AuditVerdict;
