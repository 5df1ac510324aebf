-- Guichet schema, version 3 (SQLite). Medical details live in a table of their own, read only
-- under the medical-control purposes (checked by the data layer here; by grants on PostgreSQL).

CREATE TABLE medical_notes (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES persons (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    diagnosis        TEXT    NOT NULL,
    decision         TEXT,
    reason           TEXT,
    created_at       TEXT    NOT NULL
);
CREATE INDEX medical_notes_person ON medical_notes (person_id);

ALTER TABLE agents ADD COLUMN db_login INTEGER NOT NULL DEFAULT 0;
