-- Guichet schema, version 3 (SQLite): keep in step with 0003_security.postgres.sql. Medical details live in a table of their own, read only
-- under the medical-control purposes (checked by the data layer here; by grants on PostgreSQL).

CREATE UNIQUE INDEX persons_id_organisation ON persons (id, organisation_id);
CREATE TABLE medical_notes (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    diagnosis        TEXT    NOT NULL,
    decision         TEXT,
    reason           TEXT,
    created_at       TEXT    NOT NULL,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX medical_notes_person ON medical_notes (person_id);

ALTER TABLE agents ADD COLUMN db_login INTEGER NOT NULL DEFAULT 0;

-- Work waiting for an agent (dossiers to enter or control, complaints to answer, …). Taking an
-- item is one atomic UPDATE: two agents never take the same one.
CREATE TABLE work_items (
    id               INTEGER PRIMARY KEY,
    purpose          TEXT    NOT NULL,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    entity           TEXT    NOT NULL,
    entity_id        TEXT    NOT NULL,
    due_date         TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    taken_by         INTEGER REFERENCES agents (id),
    taken_at         TEXT,
    done_at          TEXT,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX work_items_waiting ON work_items (purpose, organisation_id, due_date, id) WHERE taken_by IS NULL AND done_at IS NULL;
