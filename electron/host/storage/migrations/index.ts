import citizenSessions from './001-citizen-sessions';

/**
 * Ordered schema migrations. Each is one file; its number is its position here and the database's
 * `user_version` records the last one applied. Never edit a shipped migration: add the next one.
 */
export const migrations: readonly { readonly version: number; readonly name: string; readonly sql: string }[] = [
  { version: 1, name: 'citizen-sessions', sql: citizenSessions },
];
