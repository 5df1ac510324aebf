-- Reference data from the CNOPS legal notice (shared/seeds): organisations, the divisions that
-- answer for each processing, the 15 processings authorised by the CNDP, and the roles of
-- PRODUCT.md as sets of purposes. Written for both dialects.

INSERT INTO organisations (code, name, is_cnops) VALUES
    ('CNOPS', 'Caisse Nationale des Organismes de Prévoyance Sociale', TRUE),
    ('MP',    'Mutuelle de la Police', FALSE),
    ('MDII',  'Mutuelle des Douanes et Impôts Indirects', FALSE),
    ('OMFAM', 'Œuvres de Mutualité des Fonctionnaires et Agents Assimilés du Maroc', FALSE),
    ('MPTT',  'Mutuelle des Postes et Télécommunications', FALSE),
    ('MGPAP', 'Mutuelle Générale du Personnel des Administrations Publiques du Maroc', FALSE),
    ('MGEN',  'Mutuelle Générale de l''Éducation Nationale', FALSE),
    ('MFA',   'Mutuelle des Forces Auxiliaires', FALSE),
    ('MODEP', 'Mutuelle du Personnel de l''Office d''Exploitation des Ports', FALSE);

INSERT INTO divisions (code, name, head, email, address) VALUES
    ('DIC',  'Division Immatriculation et Cotisations', 'Chef de la Division Immatriculation et Cotisation',
             'desdic@cnops.org.ma', 'Rue Moulay Rachid Hassan Rabat'),
    ('DLP',  'Division de la Production', 'Chef de la Division de la Production',
             'desdlp@cnops.org.ma', 'Rue Al Khalil Hassan Rabat'),
    ('DCM',  'Département Contrôle Médical', 'Chef du Département contrôle médical',
             'ladcm@cnops.org.ma', 'Rue Tindouf, Avenue d''Alger Rabat'),
    ('DAJ',  'Division des Affaires Juridiques', 'Chef de la division des affaires juridiques',
             'daj@cnops.org.ma', 'Rue Tindouf, Avenue d''Alger Rabat'),
    ('DRH',  'Division des Ressources Humaines', 'Chef de la division des ressources humaines',
             'drh@cnops.org.ma', 'Rue Al Khalil Hassan Rabat'),
    ('DL',   'Division de la Logistique', 'Chef de la division de la logistique',
             'dl@cnops.org.ma', 'Rue Al Khalil Hassan Rabat'),
    ('DACG', 'Département Audit et Contrôle de Gestion', 'Chef du Département audit et contrôle de gestion',
             'dacg@cnops.org.ma', 'Rue Al Khalil Hassan Rabat');

INSERT INTO purposes (code, name, cndp_number, division_id, has_screens, sort_order) VALUES
    ('REG',  'Gestion de l''immatriculation et des cotisations', 'A-GA-104/2016',
             (SELECT id FROM divisions WHERE code = 'DIC'), TRUE, 1),
    ('AMO',  'Liquidation et paiement des dossiers ambulatoires AMO-Public', 'A-GA-106/2016',
             (SELECT id FROM divisions WHERE code = 'DLP'), TRUE, 2),
    ('STU',  'Liquidation et paiement des dossiers ambulatoires des étudiants', 'A-PO-109/2016',
             (SELECT id FROM divisions WHERE code = 'DLP'), TRUE, 3),
    ('TP',   'Liquidation et paiement des factures en tiers payant', 'A-AC-105/2016',
             (SELECT id FROM divisions WHERE code = 'DLP'), TRUE, 4),
    ('ARC',  'Gestion des archives au niveau de la CNOPS', 'A-AR-110/2016',
             (SELECT id FROM divisions WHERE code = 'DLP'), TRUE, 5),
    ('ARM',  'Gestion des archives des dossiers ambulatoires au niveau des Mutuelles', 'A-AR-111/2016',
             (SELECT id FROM divisions WHERE code = 'DLP'), TRUE, 6),
    ('MCM',  'Contrôle médical des dossiers ambulatoires au niveau des Mutuelles', 'A-CG-107/2016',
             (SELECT id FROM divisions WHERE code = 'DCM'), TRUE, 7),
    ('MCC',  'Contrôle médical au niveau de la CNOPS', 'A-PO-103/2016',
             (SELECT id FROM divisions WHERE code = 'DCM'), TRUE, 8),
    ('CPL',  'Gestion des réclamations', 'A-PO-154/2016',
             (SELECT id FROM divisions WHERE code = 'DAJ'), TRUE, 9),
    ('HR',   'Gestion des ressources humaines', 'A-RH-113/2016',
             (SELECT id FROM divisions WHERE code = 'DRH'), FALSE, 10),
    ('SUP',  'Gestion des fournisseurs', 'A-GF-115/2016',
             (SELECT id FROM divisions WHERE code = 'DL'), FALSE, 11),
    ('LEG',  'Gestion des affaires juridiques et du contentieux', 'A-PO-114/2016',
             (SELECT id FROM divisions WHERE code = 'DAJ'), TRUE, 12),
    ('AUD',  'Audit et contrôle des traitements', 'A-AU-116/2016',
             (SELECT id FROM divisions WHERE code = 'DACG'), TRUE, 13),
    ('WEB',  'Suivi des dossiers en ligne', 'D-W-361/2017', NULL, FALSE, 14),
    ('CCTV', 'Vidéosurveillance', 'D-VS-157/2016', NULL, FALSE, 15);

INSERT INTO roles (code, name) VALUES
    ('COUNTER',    'Agent de guichet'),
    ('LIQUIDATOR', 'Liquidateur'),
    ('MEDICAL',    'Médecin contrôleur'),
    ('LEGAL',      'Juriste'),
    ('DPO',        'Délégué à la protection des données'),
    ('AUDITOR',    'Auditeur'),
    ('ADMIN',      'Administrateur');

INSERT INTO role_purposes (role_id, purpose_id)
SELECT r.id, p.id FROM roles r, purposes p WHERE
       (r.code = 'COUNTER'    AND p.code IN ('REG', 'AMO', 'STU', 'ARM', 'CPL'))
    OR (r.code = 'LIQUIDATOR' AND p.code IN ('AMO', 'STU', 'TP'))
    OR (r.code = 'MEDICAL'    AND p.code IN ('MCM', 'MCC'))
    OR (r.code = 'LEGAL'      AND p.code IN ('CPL', 'LEG'))
    OR (r.code = 'DPO'        AND p.code IN ('AUD', 'CPL', 'LEG'))
    OR (r.code = 'AUDITOR'    AND p.code IN ('AUD'));
