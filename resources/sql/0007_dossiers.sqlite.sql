-- Guichet schema, version 7 (SQLite): ambulatory dossiers from deposit to payment and archive
-- (processings AMO, STU, MCM/MCC, ARM). Keep in step with 0007_dossiers.postgres.sql.

-- A supervisor may accept a dossier deposited more than 60 days after the care, with a reason.
ALTER TABLE agents ADD COLUMN supervisor INTEGER NOT NULL DEFAULT 0;

-- Numbered boxes of paper dossiers, each at a known place.
CREATE TABLE archive_boxes (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    number           TEXT    NOT NULL,
    place            TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    UNIQUE (organisation_id, number)
);

-- A payment batch of one mutuelle, regime and period; its payment-order file is kept as sent.
CREATE TABLE payment_batches (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    number           TEXT    NOT NULL UNIQUE,
    regime           TEXT    NOT NULL CHECK (regime IN ('AMO', 'STU')),
    period           TEXT    NOT NULL, -- YYYY-MM
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    dossier_count    INTEGER NOT NULL CHECK (dossier_count > 0),
    total            INTEGER NOT NULL CHECK (total > 0),
    control_sum      TEXT    NOT NULL,
    order_file       TEXT    NOT NULL,
    paid_at          TEXT,
    paid_by          TEXT
);

CREATE TABLE dossiers (
    id                  INTEGER PRIMARY KEY,
    organisation_id     INTEGER NOT NULL REFERENCES organisations (id),
    number              TEXT    NOT NULL, -- the barcode; a number seen twice is flagged, not refused
    person_id           INTEGER NOT NULL, -- the beneficiary
    member_id           INTEGER NOT NULL,
    regime              TEXT    NOT NULL CHECK (regime IN ('AMO', 'STU')),
    date_of_care        TEXT    NOT NULL,
    deposited_on        TEXT    NOT NULL,
    deposited_at        TEXT    NOT NULL,
    deposited_by        TEXT    NOT NULL,
    late_justification  TEXT,
    long_term           INTEGER NOT NULL DEFAULT 0, -- ALD/ALC: paid within 30 days, not 60
    payment_target      TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('entry', 'incomplete', 'control', 'liquidation',
                                                           'liquidated', 'batched', 'paid', 'rejected')),
    missing             TEXT    NOT NULL DEFAULT '', -- what an incomplete dossier lacks, one per line
    control_reasons     TEXT    NOT NULL DEFAULT '', -- codes of the rules that selected it for control
    fraud_flags         TEXT    NOT NULL DEFAULT '', -- numbers of the dossiers it may duplicate
    billed              INTEGER NOT NULL DEFAULT 0 CHECK (billed >= 0),
    amo                 INTEGER NOT NULL DEFAULT 0 CHECK (amo >= 0),
    complementary       INTEGER NOT NULL DEFAULT 0 CHECK (complementary >= 0),
    reimbursed          INTEGER NOT NULL DEFAULT 0 CHECK (reimbursed >= 0 AND reimbursed <= billed),
    batch_id            INTEGER REFERENCES payment_batches (id),
    archive_box_id      INTEGER REFERENCES archive_boxes (id),
    archive_place       TEXT,
    taken_by            INTEGER REFERENCES agents (id),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX dossiers_number ON dossiers (number);
CREATE INDEX dossiers_queue  ON dossiers (organisation_id, regime, status, payment_target, id);
CREATE INDEX dossiers_queue_all ON dossiers (regime, status, payment_target, id);
CREATE INDEX dossiers_person ON dossiers (person_id, date_of_care);
CREATE INDEX dossiers_member ON dossiers (member_id);
-- Partial: most dossiers have no batch or box yet, and a change of status need not touch these.
CREATE INDEX dossiers_batch  ON dossiers (batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX dossiers_box    ON dossiers (archive_box_id) WHERE archive_box_id IS NOT NULL;

-- The lines of a dossier: what was billed, what medical control allowed, what was paid.
CREATE TABLE dossier_lines (
    id                INTEGER PRIMARY KEY,
    dossier_id        INTEGER NOT NULL REFERENCES dossiers (id),
    organisation_id   INTEGER NOT NULL REFERENCES organisations (id),
    line_no           INTEGER NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('act', 'medicine')),
    code              TEXT    NOT NULL, -- act code, or MED-<id> for a medicine
    label             TEXT    NOT NULL,
    category          TEXT    NOT NULL REFERENCES care_categories (code),
    provider_inpe     TEXT    NOT NULL,
    quantity          INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    billed_unit       INTEGER NOT NULL CHECK (billed_unit >= 0),
    allowed_quantity  INTEGER CHECK (allowed_quantity BETWEEN 0 AND 999),
    allowed_unit      INTEGER CHECK (allowed_unit >= 0),
    base              INTEGER,
    amo               INTEGER,
    complementary     INTEGER,
    reimbursed        INTEGER,
    notes             INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dossier_id, line_no)
);
CREATE INDEX dossier_lines_provider ON dossier_lines (provider_inpe, dossier_id);

-- Medical control: the rules that select dossiers (reference data), the reasons a controller
-- gives, and the controller's review of each line. Reviews are medical data: only the
-- medical-control purposes read them.
CREATE TABLE control_rules (
    code       TEXT    PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('random', 'amount', 'deviation', 'category')),
    parameter  INTEGER NOT NULL DEFAULT 0 CHECK (parameter >= 0),
    category   TEXT    REFERENCES care_categories (code),
    active     INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE control_reasons (
    code   TEXT PRIMARY KEY,
    label  TEXT NOT NULL
);
CREATE TABLE line_reviews (
    line_id          INTEGER PRIMARY KEY REFERENCES dossier_lines (id),
    dossier_id       INTEGER NOT NULL REFERENCES dossiers (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    decision         TEXT    NOT NULL CHECK (decision IN ('accepted', 'adjusted', 'rejected')),
    reason_code      TEXT    REFERENCES control_reasons (code),
    reviewed_by      TEXT    NOT NULL,
    reviewed_at      TEXT    NOT NULL
);
CREATE INDEX line_reviews_dossier ON line_reviews (dossier_id);

-- Every transition of a dossier: who, when, under which purpose, why.
CREATE TABLE dossier_events (
    id               INTEGER PRIMARY KEY,
    dossier_id       INTEGER NOT NULL REFERENCES dossiers (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    at               TEXT    NOT NULL,
    agent            TEXT    NOT NULL,
    agent_name       TEXT    NOT NULL,
    purpose          TEXT    NOT NULL,
    from_status      TEXT    NOT NULL DEFAULT '',
    to_status        TEXT    NOT NULL,
    reason           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);

-- The key of the random share of medical control: without it nobody can tell which dossiers it
-- will pick.
CREATE TABLE control_key (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    key  TEXT    NOT NULL
);
INSERT INTO control_key (id, key) VALUES (1, lower(hex(randomblob(32))));
