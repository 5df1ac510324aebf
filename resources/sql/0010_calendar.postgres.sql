-- The business-day calendar (ARCHITECTURE.md): the dated public holidays. The fixed ones are
-- known years ahead; the Islamic ones move with the moon, so they are entered ahead as
-- provisional and confirmed (or moved) when the ministry announces them.
CREATE TABLE public_holidays (
    day          text    COLLATE "C" PRIMARY KEY CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    name         text    NOT NULL CHECK (btrim(name) <> ''),
    name_ar      text    NOT NULL DEFAULT '',
    provisional  boolean NOT NULL DEFAULT false
);

-- Reference data: every purpose reads it; only the owner (guichet-admin) changes it.
REVOKE ALL ON public_holidays FROM PUBLIC;
DO $$
DECLARE
    purpose record;
BEGIN
    FOR purpose IN SELECT 'p_' || lower(code) AS role FROM purposes LOOP
        EXECUTE format('GRANT SELECT ON public_holidays TO %I', purpose.role);
    END LOOP;
END
$$;
