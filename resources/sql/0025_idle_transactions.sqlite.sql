-- Guichet schema, version 25 (SQLite): nothing to do; on PostgreSQL an agent's session idle
-- inside a transaction is cut (0025_idle_transactions.postgres.sql).
SELECT 1;
