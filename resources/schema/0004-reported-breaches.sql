-- Schema 4: breaches a person says a notice named ("I was told I'm in a breach"),
-- with the kinds of data the notice listed. They count as "reported" evidence in the
-- person's plan, apart from records found in imported leak files.
CREATE TABLE person_reported_breach (
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    breach_id   INTEGER NOT NULL REFERENCES breach(id),
    fields      TEXT NOT NULL,            -- newline-separated data classes
    reported_at TEXT NOT NULL,
    PRIMARY KEY (person_id, breach_id)
) WITHOUT ROWID;
