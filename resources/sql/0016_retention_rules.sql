-- Guichet reference data, version 16: the retention rules of the fifteen processings, from the
-- privacy policy ("cinq ans après la fin de la relation"): starting values for the
-- data-protection officer to set (docs/retention.md).
INSERT INTO retention_rules (purpose_code, starts_with, keep_months, action, valid_from) VALUES
    ('REG',  'relationship_end', 60, 'anonymise', '2016-01-01'),
    ('AMO',  'dossier_closed',   60, 'anonymise', '2016-01-01'),
    ('STU',  'dossier_closed',   60, 'anonymise', '2016-01-01'),
    ('TP',   'dossier_closed',   60, 'anonymise', '2016-01-01'),
    ('ARC',  'dossier_closed',   60, 'delete',    '2016-01-01'),
    ('ARM',  'dossier_closed',   60, 'delete',    '2016-01-01'),
    ('MCM',  'dossier_closed',   60, 'delete',    '2016-01-01'),
    ('MCC',  'dossier_closed',   60, 'delete',    '2016-01-01'),
    ('CPL',  'complaint_closed', 60, 'anonymise', '2016-01-01'),
    ('HR',   'relationship_end', 60, 'anonymise', '2016-01-01'),
    ('SUP',  'relationship_end', 60, 'anonymise', '2016-01-01'),
    ('LEG',  'case_closed',      60, 'anonymise', '2016-01-01'),
    ('AUD',  'relationship_end', 60, 'delete',    '2016-01-01'),
    ('WEB',  'relationship_end', 60, 'delete',    '2016-01-01'),
    ('CCTV', 'recorded',          1, 'delete',    '2016-01-01');
