import { ApiFailure } from '../api/api-failure';
import type { Handlers } from '../api/dispatcher';
import type { CitizenSessionLog } from '../storage/repositories/citizen-session-log';
import type { CitizenSessions } from './citizen-sessions';

type SessionHandlers = Pick<Handlers, 'session.get' | 'session.start' | 'session.activity' | 'session.outcome' | 'session.end'>;

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
    'session.end': ({ reason }) => {
      sessions.end(reason);
      return {};
    },
  };
}
