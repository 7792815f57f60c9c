export interface Finding { id: string; file: string; line: number; column: number; severity: string; confidence: string; description: string }
export interface AllowlistEntry { id: string; file: string; reason: string; count?: number }
export declare const SCANNED_PATHS: readonly string[];
export declare function isScannedFile(relPath: string): boolean;
export declare function toFinding(issue: unknown): Finding;
export declare function parseAllowlist(raw: unknown): { ok: true; entries: AllowlistEntry[] } | { ok: false; problems: string[] };
export declare function compareWithAllowlist(findings: Finding[], entries: AllowlistEntry[]): {
  accepted: { finding: Finding; reason: string }[];
  unexpected: Finding[];
  stale: AllowlistEntry[];
  ok: boolean;
};
export declare function formatFinding(f: Finding): string;
