-- Guichet schema, version 18 (both dialects): the registry of processings. Each processing gets
-- the categories of data it holds and the recipients it may disclose them to; the
-- data-protection officer edits them (RegistryRepository). Starting values from the CNOPS legal
-- notice: "certaines données peuvent être communiquées aux instances d'audit, internes et
-- externes, et aux sous-traitants".
ALTER TABLE purposes ADD COLUMN data_categories TEXT NOT NULL DEFAULT '';
ALTER TABLE purposes ADD COLUMN recipients TEXT NOT NULL DEFAULT '';

UPDATE purposes SET recipients = 'Instances d''audit internes et externes ; sous-traitants';
UPDATE purposes SET data_categories = CASE code
    WHEN 'REG'  THEN 'Identité, coordonnées, situation familiale et ayants droit, affiliation, cotisations, RIB'
    WHEN 'AMO'  THEN 'Identité, immatriculation, dossiers de soins, montants facturés et remboursés, RIB'
    WHEN 'STU'  THEN 'Identité, immatriculation, scolarité, dossiers de soins, montants remboursés'
    WHEN 'TP'   THEN 'Identité, immatriculation, factures des prestataires, montants pris en charge'
    WHEN 'ARC'  THEN 'Références des dossiers archivés, emplacements'
    WHEN 'ARM'  THEN 'Références des dossiers archivés, emplacements'
    WHEN 'MCM'  THEN 'Identité, données de santé des dossiers contrôlés, décisions médicales'
    WHEN 'MCC'  THEN 'Identité, données de santé, décisions médicales'
    WHEN 'CPL'  THEN 'Identité, coordonnées, objet de la réclamation, dossiers liés, pièces jointes'
    WHEN 'HR'   THEN 'Identité et carrière des agents de la CNOPS'
    WHEN 'SUP'  THEN 'Identité et coordonnées des fournisseurs et de leurs contacts'
    WHEN 'LEG'  THEN 'Identité, parties, pièces et décisions des affaires'
    WHEN 'AUD'  THEN 'Journaux d''accès et de modification'
    WHEN 'WEB'  THEN 'Identifiants de connexion, état des dossiers en ligne'
    WHEN 'CCTV' THEN 'Images de vidéosurveillance des locaux'
    ELSE '' END;
