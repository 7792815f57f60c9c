// Staff accounts, assisted records with minimal personal data, and data-error referrals (privacy.md §3).
// An assisted record keeps a masked ID (first 3 + last 2 digits) and a keyed hash of the ID, never the
// number, the name or the phone. A referral's personal part is an AES-256-GCM blob that is set to NULL
// when it is exported-and-confirmed or its retention ends; the rest of the row stays, for the counts.
export default `
CREATE TABLE staff_accounts (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('staff', 'volunteer', 'admin')),
  team            TEXT NOT NULL DEFAULT '',
  pin_hash        TEXT NOT NULL,            -- scrypt$log2N$r$p$salt$hash
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TEXT,                     -- ISO 8601 UTC
  must_change_pin INTEGER NOT NULL DEFAULT 0 CHECK (must_change_pin IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX staff_accounts_name ON staff_accounts (name COLLATE NOCASE);

CREATE TABLE assisted_records (
  id          INTEGER PRIMARY KEY,
  masked_id   TEXT NOT NULL CHECK (length(masked_id) = 12 AND substr(masked_id, 4, 7) = '*******'),
  id_hash     TEXT NOT NULL CHECK (length(id_hash) = 64),
  source      TEXT NOT NULL CHECK (source IN ('chip', 'qr', 'manual')),
  staff_id    INTEGER NOT NULL REFERENCES staff_accounts (id),
  team        TEXT NOT NULL,               -- the staff member's team when the record was made
  goal        TEXT NOT NULL CHECK (goal IN ('vneid-level1', 'vneid-activation', 'vneid-level2-referral', 'portal-link', 'first-dossier')),
  readiness   TEXT NOT NULL,               -- JSON: verdict and check statuses (codes only)
  status      TEXT NOT NULL CHECK (status IN ('open', 'completed', 'pending', 'failed', 'incomplete', 'abandoned')),
  follow_up   TEXT CHECK (follow_up IN ('awaiting-approval', 'referred-police')),
  started_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  closed_at   TEXT,
  resolved_by INTEGER REFERENCES staff_accounts (id)
);
CREATE INDEX assisted_records_started ON assisted_records (started_at);
CREATE INDEX assisted_records_hash ON assisted_records (id_hash);
CREATE INDEX assisted_records_status ON assisted_records (status);

CREATE TABLE assisted_steps (
  record_id INTEGER NOT NULL REFERENCES assisted_records (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  step      TEXT NOT NULL,
  outcome   TEXT CHECK (outcome IN ('done', 'failed', 'skipped')),
  reason    TEXT,
  at        TEXT,
  PRIMARY KEY (record_id, step)
);

CREATE TABLE referrals (
  id           INTEGER PRIMARY KEY,
  ref          TEXT NOT NULL UNIQUE,       -- random; bound into the ciphertext as associated data
  created_at   TEXT NOT NULL,
  staff_id     INTEGER NOT NULL REFERENCES staff_accounts (id),
  team         TEXT NOT NULL,
  record_id    INTEGER REFERENCES assisted_records (id),
  masked_id    TEXT,
  kinds        TEXT NOT NULL,              -- JSON array of error kinds (no personal data)
  payload      BLOB,                       -- AES-256-GCM blob of name, ID and note; NULL once deleted
  key_id       TEXT,
  status       TEXT NOT NULL CHECK (status IN ('open', 'exported', 'purged')),
  export_batch TEXT,
  exported_at  TEXT,
  purged_at    TEXT,
  purge_reason TEXT CHECK (purge_reason IN ('retention', 'export-confirmed')),
  CHECK ((status = 'purged') = (payload IS NULL))
);
CREATE INDEX referrals_created ON referrals (created_at);
CREATE INDEX referrals_batch ON referrals (export_batch);
`;
