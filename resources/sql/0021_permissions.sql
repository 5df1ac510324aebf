-- Guichet schema, version 21 (both dialects): the permission matrix, as data.
--
-- What each role may do under each purpose of its own (core/Permissions holds the same table:
-- tst_permissions checks that the two are equal), and whose work each move of the dossier
-- pipeline is (core/Permissions::actionOfMove, over the moves of core/DossierRules). On
-- PostgreSQL the server's guards read both (0022_permission_guards.postgres.sql).
CREATE TABLE permissions (
    role_code     text NOT NULL,
    purpose_code  text NOT NULL,
    action        text NOT NULL,
    PRIMARY KEY (role_code, purpose_code, action)
);
INSERT INTO permissions (role_code, purpose_code, action) VALUES
    ('COUNTER', 'REG', 'person.read'),
    ('COUNTER', 'REG', 'person.change'),
    ('COUNTER', 'AMO', 'person.read'),
    ('COUNTER', 'AMO', 'dossier.read'),
    ('COUNTER', 'AMO', 'dossier.deposit'),
    ('COUNTER', 'AMO', 'dossier.enter'),
    ('COUNTER', 'STU', 'person.read'),
    ('COUNTER', 'STU', 'dossier.read'),
    ('COUNTER', 'STU', 'dossier.deposit'),
    ('COUNTER', 'STU', 'dossier.enter'),
    ('COUNTER', 'ARM', 'person.read'),
    ('COUNTER', 'ARM', 'dossier.read'),
    ('COUNTER', 'ARM', 'dossier.archive'),
    ('COUNTER', 'CPL', 'person.read'),
    ('COUNTER', 'CPL', 'dossier.read'),
    ('COUNTER', 'CPL', 'complaint.read'),
    ('COUNTER', 'CPL', 'complaint.handle'),
    ('LIQUIDATOR', 'AMO', 'person.read'),
    ('LIQUIDATOR', 'AMO', 'dossier.read'),
    ('LIQUIDATOR', 'AMO', 'dossier.liquidate'),
    ('LIQUIDATOR', 'AMO', 'batch.build'),
    ('LIQUIDATOR', 'AMO', 'batch.pay'),
    ('LIQUIDATOR', 'STU', 'person.read'),
    ('LIQUIDATOR', 'STU', 'dossier.read'),
    ('LIQUIDATOR', 'STU', 'dossier.liquidate'),
    ('LIQUIDATOR', 'STU', 'batch.build'),
    ('LIQUIDATOR', 'STU', 'batch.pay'),
    ('LIQUIDATOR', 'TP', 'person.read'),
    ('MEDICAL', 'MCM', 'person.read'),
    ('MEDICAL', 'MCM', 'medical.read'),
    ('MEDICAL', 'MCM', 'dossier.read'),
    ('MEDICAL', 'MCM', 'dossier.control'),
    ('MEDICAL', 'MCC', 'person.read'),
    ('MEDICAL', 'MCC', 'medical.read'),
    ('MEDICAL', 'MCC', 'dossier.read'),
    ('MEDICAL', 'MCC', 'dossier.control'),
    ('LEGAL', 'CPL', 'person.read'),
    ('LEGAL', 'CPL', 'dossier.read'),
    ('LEGAL', 'CPL', 'complaint.read'),
    ('LEGAL', 'CPL', 'complaint.handle'),
    ('LEGAL', 'LEG', 'person.read'),
    ('LEGAL', 'LEG', 'dossier.read'),
    ('LEGAL', 'LEG', 'complaint.read'),
    ('LEGAL', 'LEG', 'litigation.handle'),
    ('LEGAL', 'LEG', 'rights.handle'),
    ('DPO', 'AUD', 'audit.read'),
    ('DPO', 'AUD', 'data.purge'),
    ('DPO', 'CPL', 'person.read'),
    ('DPO', 'CPL', 'dossier.read'),
    ('DPO', 'CPL', 'complaint.read'),
    ('DPO', 'CPL', 'complaint.handle'),
    ('DPO', 'LEG', 'person.read'),
    ('DPO', 'LEG', 'dossier.read'),
    ('DPO', 'LEG', 'complaint.read'),
    ('DPO', 'LEG', 'litigation.handle'),
    ('DPO', 'LEG', 'rights.handle'),
    ('AUDITOR', 'AUD', 'audit.read');

CREATE TABLE dossier_moves (
    from_status  text NOT NULL,
    to_status    text NOT NULL,
    action       text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO dossier_moves (from_status, to_status, action) VALUES
    ('entry', 'incomplete', 'dossier.enter'),
    ('incomplete', 'entry', 'dossier.enter'),
    ('entry', 'control', 'dossier.enter'),
    ('entry', 'liquidation', 'dossier.enter'),
    ('incomplete', 'rejected', 'dossier.enter'),
    ('entry', 'rejected', 'dossier.enter'),
    ('control', 'liquidation', 'dossier.control'),
    ('control', 'rejected', 'dossier.control'),
    ('liquidation', 'liquidated', 'dossier.liquidate'),
    ('liquidated', 'batched', 'batch.build'),
    ('batched', 'paid', 'batch.pay');
