-- Guichet schema, version 5 (SQLite): the reference data of the dossier pipeline (medicines,
-- categories, rates, acts and tariffs). Keep in step with 0005_dossier_reference.postgres.sql.

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

-- What liquidation prices a dossier with (core/Liquidation, docs/reference-data.md), all dated.
CREATE TABLE care_categories (
    code            TEXT    PRIMARY KEY,
    name            TEXT    NOT NULL,
    always_control  INTEGER NOT NULL DEFAULT 0 -- ALD/ALC, dental prostheses: always to medical control
);
CREATE TABLE care_rates (
    category    TEXT    NOT NULL REFERENCES care_categories (code),
    regime      TEXT    NOT NULL CHECK (regime IN ('AMO', 'STU')),
    valid_from  TEXT    NOT NULL,
    rate_bp     INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (category, regime, valid_from)
);
CREATE TABLE complementary_rates (
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    category         TEXT    NOT NULL REFERENCES care_categories (code),
    valid_from       TEXT    NOT NULL,
    rate_bp          INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (organisation_id, category, valid_from)
);
CREATE TABLE acts (
    code            TEXT    PRIMARY KEY,
    name            TEXT    NOT NULL,
    category        TEXT    NOT NULL REFERENCES care_categories (code),
    usual_quantity  INTEGER NOT NULL DEFAULT 0 CHECK (usual_quantity >= 0) -- 0: no limit
);
CREATE TABLE act_tariffs (
    act_code    TEXT    NOT NULL REFERENCES acts (code),
    valid_from  TEXT    NOT NULL,
    tariff      INTEGER NOT NULL CHECK (tariff >= 0), -- Tarif National de Référence, centimes
    PRIMARY KEY (act_code, valid_from)
);

