-- Guichet schema, version 17 (SQLite): nothing to do; PostgreSQL grants AUD the audit holds
-- (0017_audit_holds.postgres.sql).
SELECT 1;
