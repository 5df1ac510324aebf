-- Guichet schema, version 6 (both dialects): the published figures of the reference tables
-- created by 0004 and 0005, kept in this one file so that each figure stands in one place.
-- Later changes are new dated rows, never edits of these.

-- Contributions (docs/contributions.md).
-- AMO-Public as published, from 2005-09-01: 5 % of salaries (half each), 2.5 % of pensions,
-- within 70 and 400 DH a month.
INSERT INTO contribution_rules (valid_from, basis, rate_bp, floor, ceiling, employer_share_bp) VALUES
    ('2005-09-01', 'salary', 500, 7000, 40000, 5000),
    ('2005-09-01', 'pension', 250, 7000, 40000, 0);

-- Liquidation (docs/reference-data.md).
INSERT INTO care_categories (code, name, always_control) VALUES
    ('consultation', 'Consultations et visites', FALSE),
    ('act', 'Actes techniques', FALSE),
    ('biology', 'Biologie', FALSE),
    ('radiology', 'Radiologie et imagerie', FALSE),
    ('medicine', 'Médicaments', FALSE),
    ('ald', 'Affections de longue durée et affections lourdes et coûteuses (ALD/ALC)', TRUE),
    ('dental_prosthesis', 'Prothèses dentaires', TRUE);
-- The AMO rates of PRODUCT.md: 80 % for consultations and acts, 70 % for medicines, 100 % for
-- ALD/ALC; the same in the students' regime until the fund says otherwise.
INSERT INTO care_rates (category, regime, valid_from, rate_bp) VALUES
    ('consultation', 'AMO', '2005-09-01', 8000), ('consultation', 'STU', '2005-09-01', 8000),
    ('act', 'AMO', '2005-09-01', 8000), ('act', 'STU', '2005-09-01', 8000),
    ('biology', 'AMO', '2005-09-01', 8000), ('biology', 'STU', '2005-09-01', 8000),
    ('radiology', 'AMO', '2005-09-01', 8000), ('radiology', 'STU', '2005-09-01', 8000),
    ('medicine', 'AMO', '2005-09-01', 7000), ('medicine', 'STU', '2005-09-01', 7000),
    ('ald', 'AMO', '2005-09-01', 10000), ('ald', 'STU', '2005-09-01', 10000),
    ('dental_prosthesis', 'AMO', '2005-09-01', 8000), ('dental_prosthesis', 'STU', '2005-09-01', 8000);
-- The consultations of the national reference tariff; the fund loads the rest of the act
-- nomenclature with guichet-admin import-acts.
INSERT INTO acts (code, name, category, usual_quantity) VALUES
    ('C', 'Consultation du médecin généraliste', 'consultation', 1),
    ('CS', 'Consultation du médecin spécialiste', 'consultation', 1);
INSERT INTO act_tariffs (act_code, valid_from, tariff) VALUES
    ('C', '2006-03-01', 8000),
    ('CS', '2006-03-01', 15000);
