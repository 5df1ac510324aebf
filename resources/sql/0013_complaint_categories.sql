-- The categories of complaints and their service levels: starting values, to be set by the
-- CNOPS (reference data, changed by the owner). The processing concerned gives the division that
-- answers: DLP for reimbursements, DCM for medical control, DIC for registration and
-- contributions, DAJ for the rest.
INSERT INTO complaint_categories (code, name, name_ar, purpose_code, first_response_amount, first_response_unit,
                                  resolution_amount, resolution_unit) VALUES
    ('REIMB_DELAY',  'Retard de remboursement', 'تأخر التعويض', 'AMO', 2, 'days', 10, 'days'),
    ('REIMB_AMOUNT', 'Montant remboursé contesté', 'الاعتراض على مبلغ التعويض', 'AMO', 2, 'days', 15, 'days'),
    ('STUDENT',      'Dossier d''étudiant', 'ملف طالب', 'STU', 2, 'days', 10, 'days'),
    ('MED_CONTROL',  'Décision du contrôle médical', 'قرار المراقبة الطبية', 'MCM', 2, 'days', 15, 'days'),
    ('REGISTRATION', 'Immatriculation, carte ou ayants droit', 'التسجيل أو البطاقة أو ذوو الحقوق', 'REG', 1, 'days', 5, 'days'),
    ('CONTRIBUTION', 'Cotisations', 'الاشتراكات', 'REG', 2, 'days', 10, 'days'),
    ('RECEPTION',    'Accueil au guichet', 'الاستقبال في الشباك', 'CPL', 4, 'hours', 3, 'days'),
    ('OTHER',        'Autre', 'أخرى', 'CPL', 2, 'days', 15, 'days');
