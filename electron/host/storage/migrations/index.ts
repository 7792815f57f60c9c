import citizenSessions from './001-citizen-sessions';
import staff from './002-staff';
import audit from './003-audit';
import display from './004-display';
import faceRestarted from './005-face-restarted';
import satisfaction from './006-satisfaction';

/**
 * Ordered schema migrations. Each is one file; its number is its position here and the database's
 * `user_version` records the last one applied. Never edit a shipped migration: add the next one.
 */
export const migrations: readonly { readonly version: number; readonly name: string; readonly sql: string }[] = [
  { version: 1, name: 'citizen-sessions', sql: citizenSessions },
  { version: 2, name: 'staff', sql: staff },
  { version: 3, name: 'audit', sql: audit },
  { version: 4, name: 'display', sql: display },
  { version: 5, name: 'face-restarted', sql: faceRestarted },
  { version: 6, name: 'satisfaction', sql: satisfaction },
];
