-- Schema 3: people whose data is checked, and their progress through their plan.
-- Identifiers are kept as typed (inside the encrypted vault) so a check can run again
-- against later imports.
CREATE TABLE person (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    country    TEXT NOT NULL DEFAULT '',  -- default region for their numbers; else taken from them
    platforms  TEXT NOT NULL DEFAULT '',  -- comma-separated: android, iphone, computer
    uses       TEXT NOT NULL DEFAULT '',  -- comma-separated service ids
    created_at TEXT NOT NULL
);

CREATE TABLE person_identifier (
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,              -- phone, email, username
    input     TEXT NOT NULL,
    PRIMARY KEY (person_id, kind, input)
) WITHOUT ROWID;

-- One row per step the person marked. reasons: the breaches the step had when marked;
-- a later breach that triggers the step again reopens it.
CREATE TABLE step_progress (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    step_id    TEXT NOT NULL,
    status     TEXT NOT NULL,             -- done, skipped, not_applicable
    note       TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    reasons    TEXT NOT NULL,             -- newline-separated breach names
    PRIMARY KEY (person_id, step_id)
) WITHOUT ROWID;
