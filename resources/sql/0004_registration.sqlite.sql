-- Guichet schema, version 4 (SQLite): the member file of registration and contributions (REG).
-- Keep in step with 0004_registration.postgres.sql.

-- The rest of the member file. The end of the relationship starts the retention clock.
ALTER TABLE persons ADD COLUMN address TEXT;
ALTER TABLE persons ADD COLUMN phone TEXT;
ALTER TABLE persons ADD COLUMN email TEXT;
ALTER TABLE persons ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired', 'ended'));
ALTER TABLE persons ADD COLUMN relation_start TEXT;
ALTER TABLE persons ADD COLUMN relation_end TEXT;
ALTER TABLE persons ADD COLUMN rib TEXT;
-- A child stays a beneficiary past 21 while a student (to 26), or for life when disabled.
ALTER TABLE persons ADD COLUMN child_condition TEXT NOT NULL DEFAULT '' CHECK (child_condition IN ('', 'student', 'disabled'));
CREATE INDEX persons_cin_id     ON persons (cin, id);
CREATE INDEX persons_org_cin    ON persons (organisation_id, cin, id);

-- The dated rules of contributions (reference data, docs/contributions.md): from valid_from on,
-- rate_bp basis points of the income of kind `basis`, within floor and ceiling (centimes a
-- month), of which employer_share_bp basis points are the employer's. A change is a new row;
-- the published rules are in 0006_reference_rates.sql.
CREATE TABLE contribution_rules (
    id                 INTEGER PRIMARY KEY,
    valid_from         TEXT    NOT NULL,
    basis              TEXT    NOT NULL CHECK (basis IN ('salary', 'pension')),
    rate_bp            INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    floor              INTEGER NOT NULL CHECK (floor >= 0),
    ceiling            INTEGER NOT NULL CHECK (ceiling >= floor),
    employer_share_bp  INTEGER NOT NULL CHECK (employer_share_bp BETWEEN 0 AND 10000),
    UNIQUE (valid_from, basis)
);

-- The contributions ledger: what a member owes each month (computed from the dated rules) and
-- what was received for it. Amounts in centimes.
CREATE TABLE contribution_dues (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    period           TEXT    NOT NULL, -- YYYY-MM
    basis            TEXT    NOT NULL CHECK (basis IN ('salary', 'pension')),
    income           INTEGER NOT NULL CHECK (income >= 0),
    employee         INTEGER NOT NULL CHECK (employee >= 0),
    employer         INTEGER NOT NULL CHECK (employer >= 0),
    total            INTEGER NOT NULL CHECK (total = employee + employer),
    recorded_at      TEXT    NOT NULL,
    UNIQUE (person_id, period),
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE TABLE contribution_receipts (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    period           TEXT    NOT NULL,
    amount           INTEGER NOT NULL CHECK (amount > 0),
    received_on      TEXT    NOT NULL,
    reference        TEXT    NOT NULL DEFAULT '',
    recorded_at      TEXT    NOT NULL,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX contribution_receipts_person ON contribution_receipts (person_id, period);

-- Consents a person gave (direct prospecting, …) and oppositions to a processing.
CREATE TABLE consents (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    kind             TEXT    NOT NULL,
    given_at         TEXT    NOT NULL,
    withdrawn_at     TEXT,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX consents_person ON consents (person_id);
CREATE TABLE oppositions (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    purpose_code     TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    recorded_at      TEXT    NOT NULL,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX oppositions_person ON oppositions (person_id);

-- The old and new values of a change, apart from the audit log: the log is kept for ever,
-- personal values only as long as the person's data. The log row holds `values_ref` and a digest
-- of (salt, values); the salt lives here, so once the row is erased the digest reveals nothing.
CREATE TABLE audit_values (
    ref         TEXT    PRIMARY KEY,
    person_id   INTEGER NOT NULL,
    salt        TEXT    NOT NULL,
    change_set  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX audit_values_person ON audit_values (person_id);
