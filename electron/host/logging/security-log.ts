/**
 * Refused calls and connections, for technicians. Lines carry the origin, the call name and a code:
 * never payloads, which may hold personal data (privacy.md §2).
 */
export const securityLog = {
  refused(origin: string, name: string, code: string): void {
    console.warn(`[security] refused ${name} from ${origin}: ${code}`);
  },
};
