-- Guichet schema, version 14 (SQLite): litigation cases (processing LEG) and the legal holds
-- they put on a person's data. Keep in step with 0014_litigation.postgres.sql, where the
-- comments are.

CREATE TABLE litigation_cases (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    number           TEXT    NOT NULL UNIQUE,
    complaint_id     INTEGER REFERENCES complaints (id),
    person_id        INTEGER NOT NULL,
    court            TEXT    NOT NULL,
    case_number      TEXT    NOT NULL,
    parties          TEXT    NOT NULL,
    subject          TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    outcome          TEXT    NOT NULL DEFAULT '',
    opened_at        TEXT    NOT NULL,
    opened_by        TEXT    NOT NULL,
    closed_at        TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id),
    UNIQUE (organisation_id, court, case_number),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX litigation_cases_open ON litigation_cases (organisation_id, status, opened_at, id);
CREATE INDEX litigation_cases_person ON litigation_cases (person_id);

CREATE TABLE litigation_hearings (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES litigation_cases (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    at               TEXT    NOT NULL,
    purpose          TEXT    NOT NULL DEFAULT '',
    remind_days      INTEGER NOT NULL DEFAULT 3 CHECK (remind_days BETWEEN 0 AND 60),
    outcome          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX litigation_hearings_at ON litigation_hearings (organisation_id, at, id);
CREATE INDEX litigation_hearings_case ON litigation_hearings (case_id, at);

CREATE TABLE legal_holds (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    person_id        INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('litigation', 'audit', 'rights_request')),
    source_id        INTEGER NOT NULL,
    reason           TEXT    NOT NULL,
    placed_at        TEXT    NOT NULL,
    placed_by        TEXT    NOT NULL,
    lifted_at        TEXT,
    lifted_by        TEXT,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX legal_holds_person ON legal_holds (person_id) WHERE lifted_at IS NULL;
CREATE UNIQUE INDEX legal_holds_source ON legal_holds (kind, source_id, person_id) WHERE lifted_at IS NULL;

CREATE TRIGGER persons_legal_hold BEFORE DELETE ON persons
    WHEN EXISTS (SELECT 1 FROM legal_holds WHERE person_id = OLD.id AND lifted_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'guichet: under a legal hold: persons cannot be deleted');
END;
CREATE TRIGGER dossiers_legal_hold BEFORE DELETE ON dossiers
    WHEN EXISTS (SELECT 1 FROM legal_holds WHERE person_id IN (OLD.person_id, OLD.member_id) AND lifted_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'guichet: under a legal hold: dossiers cannot be deleted');
END;
CREATE TRIGGER complaints_legal_hold BEFORE DELETE ON complaints
    WHEN OLD.person_id IS NOT NULL
     AND EXISTS (SELECT 1 FROM legal_holds WHERE person_id = OLD.person_id AND lifted_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'guichet: under a legal hold: complaints cannot be deleted');
END;
