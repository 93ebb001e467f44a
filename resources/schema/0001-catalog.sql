-- Schema 1: settings and the breach catalog.
-- Migrations are applied in file-name order, each in its own transaction;
-- PRAGMA user_version holds the number of the last one applied.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A breach keeps its id for life: the leak index refers to it.
CREATE TABLE breach (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title                TEXT NOT NULL,
    domain               TEXT NOT NULL DEFAULT '',
    breach_date          TEXT NOT NULL,
    added_date           TEXT,
    modified_date        TEXT,
    pwn_count            INTEGER NOT NULL DEFAULT 0,
    is_verified          INTEGER NOT NULL DEFAULT 0,
    is_fabricated        INTEGER NOT NULL DEFAULT 0,
    is_sensitive         INTEGER NOT NULL DEFAULT 0,
    is_retired           INTEGER NOT NULL DEFAULT 0,
    is_spam_list         INTEGER NOT NULL DEFAULT 0,
    is_malware           INTEGER NOT NULL DEFAULT 0,
    is_stealer_log       INTEGER NOT NULL DEFAULT 0,
    is_subscription_free INTEGER NOT NULL DEFAULT 0,
    attribution          TEXT,
    disclosure_url       TEXT,
    source_description   TEXT,              -- the imported file's own prose (HIBP's)
    origin               TEXT NOT NULL,     -- bundled | imported | added
    facts_source         TEXT,              -- hibp | breach-advisor | NULL when unknown
    -- ours, kept when the breach is imported again:
    our_description      TEXT,
    provenance_notes     TEXT,
    provenance_sources   TEXT               -- newline-separated addresses
);

CREATE TABLE breach_data_class (
    breach_id INTEGER NOT NULL REFERENCES breach(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (breach_id, position)
) WITHOUT ROWID;
