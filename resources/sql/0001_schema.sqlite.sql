-- Guichet schema, version 1 (SQLite). Keep in step with 0001_schema.postgres.sql.

CREATE TABLE organisations (
    id        INTEGER PRIMARY KEY,
    code      TEXT    NOT NULL UNIQUE,
    name      TEXT    NOT NULL,
    is_cnops  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE divisions (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    head     TEXT NOT NULL,
    email    TEXT NOT NULL,
    address  TEXT NOT NULL
);

CREATE TABLE purposes (
    id           INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    cndp_number  TEXT    NOT NULL UNIQUE,
    division_id  INTEGER REFERENCES divisions (id),
    has_screens  INTEGER NOT NULL DEFAULT 0,
    sort_order   INTEGER NOT NULL
);

CREATE TABLE roles (
    id    INTEGER PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL
);

CREATE TABLE role_purposes (
    role_id     INTEGER NOT NULL REFERENCES roles (id),
    purpose_id  INTEGER NOT NULL REFERENCES purposes (id),
    PRIMARY KEY (role_id, purpose_id)
);

CREATE TABLE agents (
    id                   INTEGER PRIMARY KEY,
    login                TEXT    NOT NULL UNIQUE,
    full_name            TEXT    NOT NULL,
    organisation_id      INTEGER NOT NULL REFERENCES organisations (id),
    role_id              INTEGER NOT NULL REFERENCES roles (id),
    password_hash        TEXT,
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    active               INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT    NOT NULL,
    password_changed_at  TEXT,
    version              INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE persons (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    member_id        INTEGER REFERENCES persons (id),
    relation         TEXT    NOT NULL CHECK (relation IN ('member', 'spouse', 'child', 'other')),
    immatriculation  TEXT    NOT NULL,
    cin              TEXT,
    last_name        TEXT    NOT NULL,
    first_name       TEXT    NOT NULL,
    last_name_ar     TEXT,
    first_name_ar    TEXT,
    birth_date       TEXT    NOT NULL,
    sex              TEXT    NOT NULL CHECK (sex IN ('F', 'M')),
    regime           TEXT    NOT NULL CHECK (regime IN ('AMO', 'STU')),
    name_key         TEXT    NOT NULL,
    name_ar_key      TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX persons_org_name   ON persons (organisation_id, name_key, id);
CREATE INDEX persons_name       ON persons (name_key, id);
CREATE INDEX persons_org_nameAr ON persons (organisation_id, name_ar_key, id);
CREATE INDEX persons_nameAr     ON persons (name_ar_key, id);
CREATE INDEX persons_immat      ON persons (immatriculation, id);
CREATE INDEX persons_org_immat  ON persons (organisation_id, immatriculation, id);
CREATE INDEX persons_birth      ON persons (birth_date, id);
CREATE INDEX persons_org_birth  ON persons (organisation_id, birth_date, id);
CREATE INDEX persons_cin        ON persons (cin);
CREATE INDEX persons_member     ON persons (member_id);

-- Append-only and hash-chained: see app/core/AuditChain.h.
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    agent         TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    role          TEXT NOT NULL,
    purpose       TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    person_id     TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    details       TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_log_person ON audit_log (person_id, seq);

-- The newest row as the writer last saw it: a removed tail shows against it.
CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq   INTEGER NOT NULL,
    last_hash  TEXT    NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE app_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
