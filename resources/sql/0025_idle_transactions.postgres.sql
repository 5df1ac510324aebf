-- Guichet schema, version 25 (PostgreSQL): a session left idle inside a transaction (a client
-- stopped in the middle of a change, a psql left open on BEGIN) holds its row locks, and the
-- agents who need those rows wait. The server cuts such a session after 60 s; Guichet never
-- waits on the agent inside a transaction, and reconnects by itself (ConnectionMonitor).
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L', current_database(), '60s');
END
$$;
