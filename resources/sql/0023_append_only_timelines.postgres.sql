-- Guichet schema, version 23 (PostgreSQL): the timelines of dossiers and complaints are
-- append-only, and a row's time is the server's.
--
-- An agent working under a purpose adds rows; none changes or removes one, save the purge
-- (data.purge), which empties a row's free text (PurgeRepository) and changes nothing else. The
-- owner (migrations, guichet-admin) is not an agent.

-- Who wrote a row and under which purpose were already the server's (0007); its time is too,
-- so that nobody back-dates a step.
CREATE OR REPLACE FUNCTION guichet_dossier_event_stamp() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    -- Agents write under a purpose's role (p_…); the owner's own connection is not stamped.
    IF current_user LIKE 'p\_%' AND guichet_agent_organisation() IS NOT NULL THEN
        NEW.agent := session_user;
        NEW.agent_name := coalesce((SELECT full_name FROM agents WHERE login = session_user), session_user);
        NEW.purpose := upper(substr(current_user, 3));
        NEW.at := guichet_now_text();
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION guichet_timeline_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    text_column text := TG_ARGV[0];
    old_row jsonb := to_jsonb(OLD);
    new_row jsonb;
BEGIN
    IF current_user NOT LIKE 'p\_%' THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'UPDATE' AND guichet_may(current_user, 'data.purge') THEN
        new_row := to_jsonb(NEW);
        IF new_row ->> text_column = '' AND (new_row - text_column) = (old_row - text_column) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'permission denied: a timeline is written once (% of %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER dossier_events_append_only BEFORE UPDATE OR DELETE ON dossier_events
    FOR EACH ROW EXECUTE FUNCTION guichet_timeline_append_only('reason');
CREATE TRIGGER complaint_events_append_only BEFORE UPDATE OR DELETE ON complaint_events
    FOR EACH ROW EXECUTE FUNCTION guichet_timeline_append_only('text');
