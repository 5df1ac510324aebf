-- Guichet schema, version 5 (SQLite): the medicines reference list (dossier entry and
-- liquidation). Keep in step with 0005_medicines.postgres.sql.

CREATE TABLE medicines (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    dci           TEXT,   -- the active ingredient; missing for many medicines of the published list
    dosage        TEXT    NOT NULL DEFAULT '',
    form          TEXT    NOT NULL DEFAULT '',
    presentation  TEXT    NOT NULL DEFAULT '',
    kind          TEXT    NOT NULL DEFAULT '', -- Princeps, Générique
    reimbursable  INTEGER NOT NULL,
    name_key      TEXT    NOT NULL
);
CREATE INDEX medicines_search ON medicines (name_key, id);

-- Prices are dated: a dossier is priced with the ones in force on its date of care.
CREATE TABLE medicine_prices (
    medicine_id  INTEGER NOT NULL REFERENCES medicines (id),
    valid_from   TEXT    NOT NULL,
    ppv          INTEGER NOT NULL CHECK (ppv >= 0),  -- public price, centimes
    base         INTEGER NOT NULL CHECK (base >= 0), -- reimbursement base, centimes
    PRIMARY KEY (medicine_id, valid_from)
);
