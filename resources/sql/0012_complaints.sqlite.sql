-- Guichet schema, version 12 (SQLite): complaints (processing CPL). Keep in step with
-- 0012_complaints.postgres.sql, where the comments are.

CREATE TABLE complaint_categories (
    code                   TEXT    PRIMARY KEY,
    name                   TEXT    NOT NULL,
    name_ar                TEXT    NOT NULL DEFAULT '',
    purpose_code           TEXT    NOT NULL REFERENCES purposes (code),
    first_response_amount  INTEGER NOT NULL CHECK (first_response_amount > 0),
    first_response_unit    TEXT    NOT NULL CHECK (first_response_unit IN ('days', 'hours')),
    resolution_amount      INTEGER NOT NULL CHECK (resolution_amount > 0),
    resolution_unit        TEXT    NOT NULL CHECK (resolution_unit IN ('days', 'hours')),
    active                 INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE complaints (
    id                 INTEGER PRIMARY KEY,
    organisation_id    INTEGER NOT NULL REFERENCES organisations (id),
    number             TEXT    NOT NULL UNIQUE,
    channel            TEXT    NOT NULL CHECK (channel IN ('call_centre', 'portal', 'counter', 'email', 'post')),
    received_at        TEXT    NOT NULL,
    requester_kind     TEXT    NOT NULL CHECK (requester_kind IN ('member', 'beneficiary', 'other')),
    person_id          INTEGER,
    requester_name     TEXT    NOT NULL,
    requester_contact  TEXT    NOT NULL DEFAULT '',
    category_code      TEXT    NOT NULL REFERENCES complaint_categories (code),
    division_id        INTEGER NOT NULL REFERENCES divisions (id),
    assigned_to        INTEGER REFERENCES agents (id),
    status             TEXT    NOT NULL CHECK (status IN ('open', 'waiting', 'answered', 'closed')),
    description        TEXT    NOT NULL,
    first_response_at  TEXT,
    closed_at          TEXT,
    resolution         TEXT    NOT NULL DEFAULT '',
    reopened           INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id),
    CHECK ((requester_kind = 'other') = (person_id IS NULL))
);
CREATE INDEX complaints_queue ON complaints (organisation_id, division_id, status, received_at, id);
CREATE INDEX complaints_person ON complaints (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE complaint_dossiers (
    complaint_id     INTEGER NOT NULL REFERENCES complaints (id),
    dossier_id       INTEGER NOT NULL REFERENCES dossiers (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (complaint_id, dossier_id)
);

CREATE TABLE complaint_attachments (
    id               INTEGER PRIMARY KEY,
    complaint_id     INTEGER NOT NULL REFERENCES complaints (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    file_name        TEXT    NOT NULL,
    content          BLOB    NOT NULL,
    added_at         TEXT    NOT NULL,
    added_by         TEXT    NOT NULL
);
CREATE INDEX complaint_attachments_complaint ON complaint_attachments (complaint_id);

CREATE TABLE complaint_pauses (
    id               INTEGER PRIMARY KEY,
    complaint_id     INTEGER NOT NULL REFERENCES complaints (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    paused_at        TEXT    NOT NULL,
    resumed_at       TEXT,
    reason           TEXT    NOT NULL
);
CREATE INDEX complaint_pauses_complaint ON complaint_pauses (complaint_id, id);

CREATE TABLE complaint_events (
    id               INTEGER PRIMARY KEY,
    complaint_id     INTEGER NOT NULL REFERENCES complaints (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    at               TEXT    NOT NULL,
    agent            TEXT    NOT NULL,
    agent_name       TEXT    NOT NULL,
    purpose          TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('intake', 'assign', 'pause', 'resume', 'note', 'answer',
                                                      'close', 'reopen')),
    internal         INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    text             TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX complaint_events_complaint ON complaint_events (complaint_id, id);
