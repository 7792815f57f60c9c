// The lobby display's emergency messages: the one up now (withdrawn_at IS NULL) survives a restart;
// withdrawn ones stay as a record of what was shown and when. Staff-written text, no personal data.
export default `
CREATE TABLE display_emergency_messages (
  id           INTEGER PRIMARY KEY,
  text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 280),
  set_at       TEXT NOT NULL,             -- ISO 8601 UTC
  withdrawn_at TEXT
);
CREATE INDEX display_emergency_live ON display_emergency_messages (withdrawn_at) WHERE withdrawn_at IS NULL;
`;
