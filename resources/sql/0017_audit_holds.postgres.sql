-- Guichet schema, version 17 (PostgreSQL): holds for an audit. The data-protection officer and
-- the auditors (AUD) place and lift them (LitigationRepository::placeAuditHold), within the
-- row-level security of the holds.
GRANT INSERT, UPDATE ON legal_holds TO p_aud;
