-- Guichet schema, version 15 (SQLite): retention rules and the purge. Keep in step with
-- 0015_retention.postgres.sql, where the comments are.

CREATE TABLE retention_rules (
    id            INTEGER PRIMARY KEY,
    purpose_code  TEXT    NOT NULL REFERENCES purposes (code),
    starts_with   TEXT    NOT NULL CHECK (starts_with IN ('relationship_end', 'dossier_closed', 'complaint_closed',
                                                          'case_closed', 'request_closed', 'recorded')),
    keep_months   INTEGER NOT NULL CHECK (keep_months > 0),
    action        TEXT    NOT NULL CHECK (action IN ('anonymise', 'delete')),
    valid_from    TEXT    NOT NULL,
    valid_to      TEXT,
    UNIQUE (purpose_code, valid_from)
);

ALTER TABLE persons ADD COLUMN anonymised_at TEXT;
CREATE INDEX persons_relation_end ON persons (relation_end, id) WHERE anonymised_at IS NULL AND relation_end IS NOT NULL;

CREATE TABLE purge_runs (
    id              INTEGER PRIMARY KEY,
    as_of           TEXT    NOT NULL,
    started_at      TEXT    NOT NULL,
    started_by      TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('running', 'done')),
    last_person_id  INTEGER NOT NULL DEFAULT 0,
    batches         INTEGER NOT NULL DEFAULT 0,
    finished_at     TEXT
);

CREATE TABLE purge_counts (
    run_id        INTEGER NOT NULL REFERENCES purge_runs (id),
    purpose_code  TEXT    NOT NULL,
    what          TEXT    NOT NULL,
    count         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, purpose_code, what)
);

ALTER TABLE archive_boxes ADD COLUMN destroyed_at TEXT;
ALTER TABLE archive_boxes ADD COLUMN destroyed_by TEXT;
