-- Schema 2: the leak index. Every import of a leak file is one row here and one
-- table leak_bucket_<id>(bucket INTEGER PRIMARY KEY, entries BLOB): the records'
-- keyed identifier hashes, grouped by their top bits, sorted, with the number of the
-- record's field set. No leaked value is ever stored.
CREATE TABLE leak_import (
    id             INTEGER PRIMARY KEY,
    breach_id      INTEGER NOT NULL REFERENCES breach(id),
    source_name    TEXT NOT NULL,     -- the file's name, without its folder
    content_digest BLOB NOT NULL,     -- BLAKE2b-256 of the (decompressed) file
    settings       TEXT NOT NULL,     -- mapping, phone format and region, as JSON
    imported_at    TEXT NOT NULL,
    row_count      INTEGER NOT NULL,
    record_count   INTEGER NOT NULL,  -- distinct (identifier, field set) pairs stored
    skipped_count  INTEGER NOT NULL,
    bucket_bits    INTEGER NOT NULL,
    entry_size     INTEGER NOT NULL,  -- bytes per record: 6 of hash + 1 or 2 of field set
    field_sets     TEXT NOT NULL,     -- JSON array: field set number -> data classes
    byte_count     INTEGER NOT NULL   -- database growth the import caused
);
-- The same file with the same settings is imported once per breach.
CREATE UNIQUE INDEX leak_import_once ON leak_import(breach_id, content_digest, settings);
