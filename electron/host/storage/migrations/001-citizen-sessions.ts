// Citizen sessions as counts only (privacy.md §2): when, how long, how it ended. No personal data.
export default `
CREATE TABLE citizen_sessions (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,            -- ISO 8601 UTC
  ended_at      TEXT,
  end_reason    TEXT CHECK (end_reason IN ('finished', 'idle', 'card-removed', 'staff', 'shutdown')),
  identified_by TEXT CHECK (identified_by IN ('chip', 'qr', 'none')) NOT NULL DEFAULT 'none',
  procedure_code TEXT,                    -- the procedure guided, if any (public data)
  outcome       TEXT CHECK (outcome IN ('submitted', 'finish-on-phone', 'need-help'))
);
CREATE INDEX citizen_sessions_started ON citizen_sessions (started_at);
`;
