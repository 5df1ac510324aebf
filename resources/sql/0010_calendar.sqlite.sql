-- The business-day calendar (ARCHITECTURE.md): the dated public holidays. The fixed ones are
-- known years ahead; the Islamic ones move with the moon, so they are entered ahead as
-- provisional and confirmed (or moved) when the ministry announces them.
CREATE TABLE public_holidays (
    day          TEXT    PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name         TEXT    NOT NULL CHECK (trim(name) <> ''),
    name_ar      TEXT    NOT NULL DEFAULT '',
    provisional  INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1))
);
