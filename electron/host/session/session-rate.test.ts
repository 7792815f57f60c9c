import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/database';
import { CitizenSessionLog } from '../storage/repositories/citizen-session-log';
import { CitizenSessions } from './citizen-sessions';
import { sessionHandlers } from './session-handlers';

const silent = { changed: () => undefined, warning: () => undefined, wiped: () => undefined };

describe('session.rate', () => {
  const db = openDatabase(':memory:');
  const log = new CitizenSessionLog(db);
  const sessions = new CitizenSessions({ idleTimeoutSeconds: 120, warningSeconds: 30 }, silent, {
    started: (at) => log.started(at), ended: (id, at, r) => id !== null && log.ended(id, at, r), identified: () => undefined,
  });
  const h = sessionHandlers(sessions, log);
  const call = (input: Parameters<typeof h['session.rate']>[0]) => (h['session.rate'] as (i: typeof input) => unknown)(input);
  afterEach(() => sessions.end('finished'));

  it('stores the rating on the session row, and a reason only with "Không hài lòng"', () => {
    sessions.start();
    call({ rating: 'satisfied', reason: 'too-many-steps' });
    const id = sessions.data()!.logId!;
    expect(db.prepare('SELECT rating, rating_reason FROM citizen_sessions WHERE id = ?').get(id)).toEqual({ rating: 'satisfied', rating_reason: null });
    call({ rating: 'dissatisfied', reason: 'portal-failed' });
    expect(db.prepare('SELECT rating, rating_reason FROM citizen_sessions WHERE id = ?').get(id)).toEqual({ rating: 'dissatisfied', rating_reason: 'portal-failed' });
  });

  it('refuses a rating with no session (it would have nothing to belong to)', () => {
    expect(() => call({ rating: 'satisfied' })).toThrow(/session.none/);
  });
});
