// The append-only audit log (sign-ins, lockouts, record changes, exports, config changes). Each entry
// carries the SHA-256 of the previous one, so an edit or a deletion breaks the chain at that entry;
// the triggers refuse UPDATE and DELETE through SQLite, so only a deliberate edit of the file can.
export default `
CREATE TABLE audit_log (
  seq       INTEGER PRIMARY KEY,           -- 1, 2, 3, … without gaps
  at        TEXT NOT NULL,                 -- ISO 8601 UTC
  actor     TEXT NOT NULL,                 -- "staff:3", "cli", "system"
  action    TEXT NOT NULL,                 -- "staff.signedIn", "record.created", …
  subject   TEXT,                          -- "account:3", "record:12", …
  details   TEXT NOT NULL,                 -- JSON, never personal data
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;
