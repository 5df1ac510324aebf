-- Guichet schema, version 24 (SQLite): nothing to do; on PostgreSQL an agent lists only its own
-- organisation's agents (0024_agents_by_organisation.postgres.sql).
SELECT 1;
