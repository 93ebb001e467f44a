-- Schema 7: leak imports hashed with another vault's identifier key (a help desk's signed
-- bundle, issue 24), and the help desks whose signatures this vault trusts.
-- A key is kept once (key_digest finds it again); an import names its key, or NULL for this
-- vault's own. The keys never leave the encrypted database.
CREATE TABLE index_key (
    id         INTEGER PRIMARY KEY,
    key_digest BLOB NOT NULL UNIQUE, -- BLAKE2b-256 of the key
    key        BLOB NOT NULL         -- 32 bytes: the HMAC key the import's hashes were made with
);
ALTER TABLE leak_import ADD COLUMN key_id INTEGER REFERENCES index_key(id);
-- A signer: its Ed25519 public key, the name a person gave it, and the newest bundle taken
-- from it (a bundle older than that is a replay, reported before anything is merged).
CREATE TABLE bundle_signer (
    public_key     BLOB PRIMARY KEY,
    name           TEXT NOT NULL,
    trusted_at     TEXT NOT NULL,
    last_bundle_at TEXT
) WITHOUT ROWID;
