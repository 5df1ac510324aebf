-- Guichet schema, version 23 (SQLite): nothing to do. The embedded database has one user at a
-- time; on PostgreSQL the server keeps the timelines append-only
-- (0023_append_only_timelines.postgres.sql).
SELECT 1;
