-- Guichet schema, version 20 (SQLite): requests of people who exercise their rights under law
-- 09-08 (access, rectification, opposition, deletion), the divisions' parts of each, the letters
-- answering them, and the disclosures of persons' data to third parties that access reports
-- list. Keep in step with 0020_rights.postgres.sql.

-- Whether a processing is a legal obligation (compulsory health insurance): an opposition to it
-- is answered so, not recorded.
ALTER TABLE purposes ADD COLUMN legal_obligation INTEGER NOT NULL DEFAULT 1;
UPDATE purposes SET legal_obligation = 0 WHERE code IN ('WEB', 'CCTV');

CREATE TABLE rights_requests (
    id                   INTEGER PRIMARY KEY,
    organisation_id      INTEGER NOT NULL REFERENCES organisations (id),
    number               TEXT    NOT NULL UNIQUE, -- D-<mutuelle>-<year>-<id>
    kind                 TEXT    NOT NULL CHECK (kind IN ('access', 'rectification', 'opposition', 'deletion')),
    channel              TEXT    NOT NULL CHECK (channel IN ('call_centre', 'portal', 'counter', 'email', 'post')),
    person_id            INTEGER, -- NULL: the requester is not on file
    requester_name       TEXT    NOT NULL,
    requester_contact    TEXT    NOT NULL DEFAULT '',
    details              TEXT    NOT NULL DEFAULT '',
    identity_method      TEXT, -- NULL until the identity is checked: the request goes no further
    identity_note        TEXT    NOT NULL DEFAULT '',
    identity_checked_by  TEXT,
    identity_checked_at  TEXT,
    received_on          TEXT    NOT NULL,
    due_on               TEXT,    -- one month after the identity check, on a business day
    extended_to          TEXT,
    extension_reason     TEXT,
    status               TEXT    NOT NULL DEFAULT 'identity' CHECK (status IN ('identity', 'open', 'answered')),
    outcome              TEXT    NOT NULL DEFAULT '' CHECK (outcome IN ('', 'granted', 'partly', 'refused')),
    -- rectification: the field, the value asked for, its evidence, and the second agent's approval
    field                TEXT    NOT NULL DEFAULT '',
    requested_value      TEXT    NOT NULL DEFAULT '',
    evidence             TEXT    NOT NULL DEFAULT '',
    approved_by          TEXT,
    approved_at          TEXT,
    -- access: the medical part, as the medical controller signed it off (JSON)
    medical_part         TEXT,
    medical_signed_by    TEXT,
    medical_signed_at    TEXT,
    created_by           TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    answered_by          TEXT,
    answered_at          TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id),
    CHECK ((status = 'answered') = (answered_at IS NOT NULL))
);
CREATE INDEX rights_requests_open ON rights_requests (organisation_id, status, due_on, id);
CREATE INDEX rights_requests_person ON rights_requests (person_id);

-- Each processing the request concerns, answered by that processing's division.
CREATE TABLE rights_request_parts (
    request_id       INTEGER NOT NULL REFERENCES rights_requests (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    purpose_code     TEXT    NOT NULL,
    division_id      INTEGER NOT NULL REFERENCES divisions (id),
    state            TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'answered')),
    answer           TEXT    NOT NULL DEFAULT '',
    answered_by      TEXT,
    answered_at      TEXT,
    PRIMARY KEY (request_id, purpose_code)
);

-- The letters sent to the requester (an extension notice, the answer), as sent.
CREATE TABLE rights_letters (
    id               INTEGER PRIMARY KEY,
    request_id       INTEGER NOT NULL REFERENCES rights_requests (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('extension', 'answer')),
    language         TEXT    NOT NULL CHECK (language IN ('fr', 'ar')),
    title            TEXT    NOT NULL,
    html             TEXT    NOT NULL,
    written_by       TEXT    NOT NULL,
    written_at       TEXT    NOT NULL
);
CREATE INDEX rights_letters_request ON rights_letters (request_id, id);

-- Every transmission of a person's data to a third party.
CREATE TABLE disclosures (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id),
    person_id        INTEGER NOT NULL,
    purpose_code     TEXT    NOT NULL,
    recipient_kind   TEXT    NOT NULL CHECK (recipient_kind IN ('tiers_payant', 'care_network', 'professional', 'auditor')),
    recipient        TEXT    NOT NULL,
    what             TEXT    NOT NULL,
    disclosed_at     TEXT    NOT NULL,
    recorded_by      TEXT    NOT NULL,
    FOREIGN KEY (person_id, organisation_id) REFERENCES persons (id, organisation_id)
);
CREATE INDEX disclosures_person ON disclosures (person_id, disclosed_at);
