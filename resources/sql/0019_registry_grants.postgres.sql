-- Guichet schema, version 19 (PostgreSQL): the data-protection officer (AUD) edits the registry's
-- categories and recipients; every purpose already reads the processings.
GRANT UPDATE (data_categories, recipients) ON purposes TO p_aud;
