-- Guichet schema, version 8 (both dialects): the rules that select dossiers for medical control
-- and the reasons a controller gives (docs/dossiers.md). A change of policy is an update of
-- these rows by the fund, not a change of code.
INSERT INTO control_rules (code, kind, parameter, category) VALUES
    ('RANDOM', 'random', 500, NULL),          -- 5 % of dossiers, drawn with the control key
    ('THRESHOLD', 'amount', 500000, NULL),    -- more than 5,000 DH billed
    ('DEVIATION', 'deviation', 5000, NULL),   -- a line billed more than 150 % of its reference tariff
    ('ALD', 'category', 0, 'ald'),
    ('DENTAL', 'category', 0, 'dental_prosthesis');

INSERT INTO control_reasons (code, label) VALUES
    ('NOT_JUSTIFIED', 'Acte non justifié médicalement'),
    ('QUANTITY', 'Quantité supérieure à la prescription'),
    ('NO_PRESCRIPTION', 'Absence de prescription'),
    ('NOT_COVERED', 'Prestation non couverte'),
    ('AMOUNT', 'Montant non conforme'),
    ('DUPLICATE', 'Doublon d''un autre dossier'),
    ('ILLEGIBLE', 'Pièce illisible ou incomplète');
