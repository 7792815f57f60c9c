import { ApiFailure } from '../api/api-failure';
import type { Handlers } from '../api/dispatcher';
import type { CitizenSessionLog } from '../storage/repositories/citizen-session-log';
import type { CitizenSessions } from './citizen-sessions';

type SessionHandlers = Pick<Handlers, 'session.get' | 'session.start' | 'session.activity' | 'session.outcome' | 'session.rate' | 'session.end'>;

/** The citizen session's calls: start, activity (resets the idle timer), outcome (a count), end (the wipe). */
export function sessionHandlers(sessions: CitizenSessions, log: CitizenSessionLog): SessionHandlers {
  return {
    'session.get': () => sessions.state(),
    'session.start': () => {
      sessions.start();
      return sessions.state();
    },
    'session.activity': () => {
      sessions.activity();
      return sessions.state();
    },
    'session.outcome': ({ procedureCode, outcome }) => {
      const data = sessions.data();
      if (!data) throw new ApiFailure('session.none');
      if (data.logId !== null) log.recordOutcome(data.logId, procedureCode, outcome);
      return {};
    },
    'session.rate': ({ rating, reason }) => {
      const data = sessions.data();
      if (!data) throw new ApiFailure('session.none');
      // A reason belongs only to a low rating (the question is asked only then).
      if (data.logId !== null) log.recordRating(data.logId, rating, rating === 'dissatisfied' ? reason ?? null : null);
      return {};
    },
    'session.end': ({ reason }) => {
      sessions.end(reason);
      return {};
    },
  };
}
