-- Guichet schema, version 19 (SQLite): nothing to do (0019_registry_grants.postgres.sql grants
-- AUD the registry on PostgreSQL).
SELECT 1;
