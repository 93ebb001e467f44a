-- Schema 6: which site a leaked login was for (stealer logs' URL:login:password lines).
-- An import with a site column stores, after each entry's field-set number, 2 bytes
-- (big-endian) naming the row's site here; 0 is no site. Host names, never logins.
CREATE TABLE leak_import_site (
    import_id INTEGER NOT NULL REFERENCES leak_import(id),
    site      INTEGER NOT NULL,  -- 1..65535, as in the entries
    host      TEXT NOT NULL,     -- "accounts.example.com"
    PRIMARY KEY (import_id, site)
) WITHOUT ROWID;
