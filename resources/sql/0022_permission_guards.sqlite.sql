-- Guichet schema, version 22 (SQLite): nothing to do. The embedded database has one user at a
-- time and the data layer applies the matrix (core/Permissions); on PostgreSQL the server
-- applies it too (0022_permission_guards.postgres.sql).
SELECT 1;
