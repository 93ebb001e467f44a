-- Schema 8: "a password of theirs is known": a password checked for this person was in
-- the list of leaked passwords. Only that, how often it was seen (its seen class, an order
-- of magnitude) and the services they said use it are kept: never the password, nor any
-- hash of it.
CREATE TABLE person_known_password (
    person_id  INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    seen_class INTEGER NOT NULL,            -- PasswordSeen's class: 0 (once) to 7 (a million times or more)
    used_at    TEXT NOT NULL DEFAULT '',    -- comma-separated service ids
    found_at   TEXT NOT NULL
);
