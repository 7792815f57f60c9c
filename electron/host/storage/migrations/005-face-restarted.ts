// A session may now end because the citizen face restarted (a reload or a renderer crash): the screen
// lost the citizen's state, so the core drops it too (privacy.md §1). SQLite cannot change a CHECK
// constraint in place: the table is rebuilt with the same rows (https://sqlite.org/lang_altertable.html §7).
export default `
CREATE TABLE citizen_sessions_new (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,            -- ISO 8601 UTC
  ended_at      TEXT,
  end_reason    TEXT CHECK (end_reason IN ('finished', 'idle', 'card-removed', 'staff', 'shutdown', 'face-restarted')),
  identified_by TEXT CHECK (identified_by IN ('chip', 'qr', 'none')) NOT NULL DEFAULT 'none',
  procedure_code TEXT,                    -- the procedure guided, if any (public data)
  outcome       TEXT CHECK (outcome IN ('submitted', 'finish-on-phone', 'need-help'))
);
INSERT INTO citizen_sessions_new (id, started_at, ended_at, end_reason, identified_by, procedure_code, outcome)
  SELECT id, started_at, ended_at, end_reason, identified_by, procedure_code, outcome FROM citizen_sessions;
DROP TABLE citizen_sessions;
ALTER TABLE citizen_sessions_new RENAME TO citizen_sessions;
CREATE INDEX citizen_sessions_started ON citizen_sessions (started_at);
`;
