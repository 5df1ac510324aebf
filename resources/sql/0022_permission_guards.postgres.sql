-- Guichet schema, version 22 (PostgreSQL): the server applies the permission matrix of 0021 to
-- the dossier pipeline and the payment batches, whatever the client (psql included).
--
-- The grants of 0007 give a regime's purpose (AMO, STU) the dossiers' tables, and both the
-- counter and the liquidator work under it: what separates them is the agent's role, which only
-- the server knows for sure (the agent whose login is session_user). So every change of a
-- dossier or a batch made under a purpose's role asks guichet_may() whether that role may do, under
-- that purpose, the work the change is: a move of the pipeline, the amounts, the entry, the
-- medical control, the batch, the archive. The owner's own connection (migrations, guichet-admin)
-- is not an agent and is not asked.

-- Whether the agent of this connection may do `p_action` under the purpose role given (the
-- caller's current_user: a SECURITY DEFINER function sees its owner there, not the purpose).
CREATE FUNCTION guichet_may(p_purpose_role text, p_action text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, p_purpose_role, 'MEMBER') AND EXISTS (
        SELECT 1 FROM agents a JOIN roles r ON r.id = a.role_id JOIN permissions p ON p.role_code = r.code
        WHERE a.login = session_user AND a.active AND a.db_login
          AND p.purpose_code = upper(substr(p_purpose_role, 3)) AND p.action = p_action)
$$;

-- Refuses unless the agent may do `p_action` under the purpose it works under. Runs as the
-- invoker, so that current_user is that purpose.
CREATE FUNCTION guichet_require(p_action text) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF current_user LIKE 'p\_%' AND NOT guichet_may(current_user, p_action) THEN
        RAISE EXCEPTION 'permission denied: % may not do % under the purpose %',
            session_user, p_action, upper(substr(current_user, 3))
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- The server's time in the stored format of timestamps (core/Clock: UTC, milliseconds, "Z").
CREATE FUNCTION guichet_now_text() RETURNS text
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE FUNCTION guichet_dossier_permission_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    move_action text;
BEGIN
    IF current_user NOT LIKE 'p\_%' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM guichet_require('dossier.deposit');
        -- Who deposited and when: the server's, not the client's.
        NEW.deposited_by := session_user;
        NEW.deposited_at := guichet_now_text();
        IF NEW.status <> 'entry' OR NEW.amo <> 0 OR NEW.complementary <> 0 OR NEW.reimbursed <> 0
           OR NEW.batch_id IS NOT NULL OR NEW.archive_box_id IS NOT NULL OR NEW.taken_by IS NOT NULL THEN
            RAISE EXCEPTION 'permission denied: a dossier is deposited for entry, without amounts, batch or box'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    -- The purge anonymises a dossier (its dates rounded to the month, its free texts emptied,
    -- PurgeRepository) and changes nothing else of it.
    IF guichet_may(current_user, 'data.purge') THEN
        IF (NEW.organisation_id, NEW.number, NEW.person_id, NEW.member_id, NEW.regime, NEW.status, NEW.billed,
            NEW.amo, NEW.complementary, NEW.reimbursed, NEW.batch_id, NEW.archive_box_id, NEW.archive_place, NEW.taken_by)
           IS DISTINCT FROM
           (OLD.organisation_id, OLD.number, OLD.person_id, OLD.member_id, OLD.regime, OLD.status, OLD.billed,
            OLD.amo, OLD.complementary, OLD.reimbursed, OLD.batch_id, OLD.archive_box_id, OLD.archive_place, OLD.taken_by) THEN
            RAISE EXCEPTION 'permission denied: the purge anonymises a dossier and changes nothing else of it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    -- What was deposited is not changed afterwards, by anyone working under a purpose.
    IF (NEW.organisation_id, NEW.number, NEW.person_id, NEW.member_id, NEW.regime, NEW.date_of_care,
        NEW.deposited_on, NEW.deposited_at, NEW.deposited_by, NEW.late_justification, NEW.created_at)
       IS DISTINCT FROM
       (OLD.organisation_id, OLD.number, OLD.person_id, OLD.member_id, OLD.regime, OLD.date_of_care,
        OLD.deposited_on, OLD.deposited_at, OLD.deposited_by, OLD.late_justification, OLD.created_at) THEN
        RAISE EXCEPTION 'permission denied: what was deposited does not change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        SELECT m.action INTO move_action FROM dossier_moves m
        WHERE m.from_status = OLD.status AND m.to_status = NEW.status;
        IF move_action IS NULL THEN
            RAISE EXCEPTION 'permission denied: a dossier does not move from % to %', OLD.status, NEW.status
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM guichet_require(move_action);
    END IF;
    -- The amounts are liquidation's, written while the dossier is to liquidate.
    IF (NEW.amo, NEW.complementary, NEW.reimbursed) IS DISTINCT FROM (OLD.amo, OLD.complementary, OLD.reimbursed) THEN
        PERFORM guichet_require('dossier.liquidate');
        IF OLD.status <> 'liquidation' OR NEW.reimbursed <> NEW.amo + NEW.complementary THEN
            RAISE EXCEPTION 'permission denied: the amounts are written by liquidation only, reimbursed = AMO + complementary'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    -- The entry's fields, while the dossier is in entry.
    IF (NEW.billed, NEW.missing, NEW.control_reasons, NEW.fraud_flags, NEW.long_term, NEW.payment_target)
       IS DISTINCT FROM (OLD.billed, OLD.missing, OLD.control_reasons, OLD.fraud_flags, OLD.long_term, OLD.payment_target) THEN
        PERFORM guichet_require('dossier.enter');
        IF OLD.status NOT IN ('entry', 'incomplete') THEN
            RAISE EXCEPTION 'permission denied: a dossier''s entry changes only while it is entered'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.taken_by IS DISTINCT FROM OLD.taken_by THEN
        PERFORM guichet_require('dossier.control');
    END IF;
    IF NEW.batch_id IS DISTINCT FROM OLD.batch_id THEN
        PERFORM guichet_require('batch.build');
        IF OLD.batch_id IS NOT NULL OR NEW.status <> 'batched' THEN
            RAISE EXCEPTION 'permission denied: a liquidated dossier goes into one batch, once'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF (NEW.archive_box_id, NEW.archive_place) IS DISTINCT FROM (OLD.archive_box_id, OLD.archive_place) THEN
        PERFORM guichet_require('dossier.archive');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER dossiers_permission_guard BEFORE INSERT OR UPDATE ON dossiers
    FOR EACH ROW EXECUTE FUNCTION guichet_dossier_permission_guard();

-- Batches: built and paid by the roles whose work it is; a paid batch never changes, whoever asks.
CREATE FUNCTION guichet_batch_permission_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.paid_at IS NOT NULL THEN
        RAISE EXCEPTION 'permission denied: batch % is paid and does not change', OLD.number
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF current_user NOT LIKE 'p\_%' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM guichet_require('batch.build');
        NEW.created_by := session_user;
        NEW.created_at := guichet_now_text();
        IF NEW.paid_at IS NOT NULL OR NEW.paid_by IS NOT NULL THEN
            RAISE EXCEPTION 'permission denied: a batch is paid after it is built'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    PERFORM guichet_require('batch.pay');
    IF NEW.paid_at IS NOT NULL THEN
        NEW.paid_by := session_user;
        NEW.paid_at := guichet_now_text();
    END IF;
    IF (NEW.organisation_id, NEW.number, NEW.regime, NEW.period, NEW.created_at, NEW.created_by, NEW.dossier_count,
        NEW.total, NEW.control_sum, NEW.order_file)
       IS DISTINCT FROM
       (OLD.organisation_id, OLD.number, OLD.regime, OLD.period, OLD.created_at, OLD.created_by, OLD.dossier_count,
        OLD.total, OLD.control_sum, OLD.order_file) THEN
        RAISE EXCEPTION 'permission denied: recording a batch paid changes nothing else of it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER payment_batches_permission_guard BEFORE INSERT OR UPDATE ON payment_batches
    FOR EACH ROW EXECUTE FUNCTION guichet_batch_permission_guard();

-- The triggers run as the agent's purpose and read whose work each move is.
DO $$
DECLARE
    purpose record;
BEGIN
    FOR purpose IN SELECT 'p_' || lower(code) AS role FROM purposes LOOP
        EXECUTE format('GRANT SELECT ON permissions, dossier_moves TO %I', purpose.role);
    END LOOP;
END
$$;

-- The auditor and the data-protection officer both work under AUD, whose grants the purge needs
-- (0015: it reads and anonymises persons' data, deletes medical notes and attachments). The
-- auditor reads and never writes: under AUD, every write, and every read of persons' data, is
-- the officer's alone (data.purge in the matrix). Restrictive policies, so that they bound what
-- the other policies already allow; a table without row-level security gets it, with a policy
-- that keeps every row to everyone else.
DO $$
DECLARE
    t text;
    personal text[] := ARRAY['persons', 'dossiers', 'dossier_events', 'complaints', 'complaint_events',
                             'complaint_pauses', 'complaint_attachments', 'litigation_cases', 'litigation_hearings',
                             'contribution_receipts', 'oppositions', 'medical_notes', 'audit_values',
                             'rights_requests', 'rights_request_parts', 'rights_letters', 'disclosures'];
    command text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'audit_log'
          AND (c.relname = ANY (personal)
               OR has_any_column_privilege('p_aud', c.oid, 'INSERT')
               OR has_any_column_privilege('p_aud', c.oid, 'UPDATE')
               OR has_table_privilege('p_aud', c.oid, 'DELETE'))
    LOOP
        IF NOT (SELECT relrowsecurity FROM pg_class WHERE oid = t::regclass) THEN
            EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
            EXECUTE format('CREATE POLICY %I ON %I USING (true) WITH CHECK (true)', t || '_every_row', t);
        END IF;
        FOREACH command IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
            EXECUTE format('CREATE POLICY %I ON %I AS RESTRICTIVE FOR %s TO p_aud %s ((SELECT guichet_may(''p_aud'', ''data.purge'')))',
                           t || '_aud_' || lower(command), t, command,
                           CASE command WHEN 'INSERT' THEN 'WITH CHECK' ELSE 'USING' END);
        END LOOP;
        IF t = ANY (personal) THEN
            EXECUTE format('CREATE POLICY %I ON %I AS RESTRICTIVE FOR SELECT TO p_aud USING ((SELECT guichet_may(''p_aud'', ''data.purge'')))',
                           t || '_aud_select', t);
        END IF;
    END LOOP;
END
$$;

-- The purge deletes medical notes by person; it never reads a diagnosis.
REVOKE SELECT ON medical_notes FROM p_aud;
GRANT SELECT (id, person_id, organisation_id) ON medical_notes TO p_aud;
