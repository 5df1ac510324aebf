<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>ActImporter</name>
    <message>
        <source>The date from which the tariffs apply is not a valid date.</source>
        <translation>La date d&apos;application des tarifs n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>La colonne « %1 » manque.</translation>
    </message>
    <message>
        <source>The act code is 1 to 20 letters, digits or dashes.</source>
        <translation>Le code d&apos;un acte a de 1 à 20 lettres, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; the first line is kept.</source>
        <translation>« %1 » apparaît une deuxième fois ; la première ligne est gardée.</translation>
    </message>
    <message>
        <source>No name, or a name over 200 characters.</source>
        <translation>Pas de nom, ou un nom de plus de 200 caractères.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Catégorie « %1 » inconnue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the tariff is not an amount.</source>
        <translation>« %1 » : le tarif n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the usual quantity is a whole number from 0 (no limit) to 999.</source>
        <translation>« %1 » : la quantité habituelle est un nombre entier de 0 (sans limite) à 999.</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>The database is up to date (schema version %1).</source>
        <translation>La base de données est à jour (schéma version %1).</translation>
    </message>
    <message>
        <source>The database was migrated from schema version %1 to %2.</source>
        <translation>La base de données a été migrée du schéma version %1 à la version %2.</translation>
    </message>
    <message>
        <source>Demo data is already there; nothing was changed.</source>
        <translation>Les données de démonstration sont déjà là ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Demo data was added.</source>
        <translation>Les données de démonstration ont été ajoutées.</translation>
    </message>
    <message>
        <source>Demo agents (password: %1):</source>
        <translation>Agents de démonstration (mot de passe : %1) :</translation>
    </message>
    <message>
        <source>create-agent needs %1.</source>
        <translation>create-agent a besoin de %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Same password again: </source>
        <translation>Répétez le mot de passe : </translation>
    </message>
    <message>
        <source>The two passwords differ; no agent was created.</source>
        <translation>Les deux mots de passe diffèrent ; aucun agent n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>Donnez le mot de passe sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>Agent %1 created (number %2).</source>
        <translation>Agent %1 créé (numéro %2).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact : %n ligne vérifiée.</numerusform>
            <numerusform>Le journal d&apos;audit est intact : %n lignes vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is NOT intact: %n problem(s) in %1 rows.</source>
        <translation>
            <numerusform>Le journal d&apos;audit n&apos;est PAS intact : %n problème sur %1 lignes.</numerusform>
            <numerusform>Le journal d&apos;audit n&apos;est PAS intact : %n problèmes sur %1 lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database. Default: %1.</source>
        <translation>Un fichier SQLite, ou postgresql://utilisateur@hôte:port/base. Par défaut : %1.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>create-agent: COUNTER, LIQUIDATOR, MEDICAL, LEGAL, DPO, AUDITOR or ADMIN.</source>
        <translation>create-agent : COUNTER, LIQUIDATOR, MEDICAL, LEGAL, DPO, AUDITOR ou ADMIN.</translation>
    </message>
    <message>
        <source>create-agent: read the password from standard input.</source>
        <translation>create-agent : lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Commande « %1 » inconnue. Commandes : %2.</translation>
    </message>
    <message>
        <source>deactivate-agent needs --login.</source>
        <translation>deactivate-agent a besoin de --login.</translation>
    </message>
    <message>
        <source>Agent %1 deactivated: it can no longer sign in.</source>
        <translation>Agent %1 désactivé : il ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>create-agent, deactivate-agent: the agent&apos;s login.</source>
        <translation>create-agent, deactivate-agent : l&apos;identifiant de l&apos;agent.</translation>
    </message>
    <message>
        <source>import-members needs --file and --organisation.</source>
        <translation>import-members demande --file et --organisation.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Unknown mutuelle &quot;%1&quot;.</source>
        <translation>Mutuelle « %1 » inconnue.</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>%1 lignes vérifiées sur %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing was imported.</source>
        <translation>%1 problème(s) : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Dry run: %1 member(s) and %2 beneficiary(ies) would be imported.</source>
        <translation>Essai à blanc : %1 adhérent(s) et %2 ayant(s) droit seraient importés.</translation>
    </message>
    <message>
        <source>Imported: %1 member(s) and %2 beneficiary(ies).</source>
        <translation>Importés : %1 adhérent(s) et %2 ayant(s) droit.</translation>
    </message>
    <message>
        <source>create-agent, import-members: CNOPS or a mutuelle&apos;s code (MGPAP, OMFAM, …).</source>
        <translation>create-agent, import-members : CNOPS ou le code d&apos;une mutuelle (MGPAP, OMFAM, …).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--valid-from takes a date as YYYY-MM-DD.</source>
        <translation>--valid-from prend une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Dry run, nothing changed.</source>
        <translation>Essai à blanc, rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>%1 lines read: %2 medicines added, %3 updated, %4 prices from %5, %6 without an active ingredient (kept), %7 lines left out.</source>
        <translation>%1 lignes lues : %2 médicaments ajoutés, %3 mis à jour, %4 prix à partir du %5, %6 sans principe actif (gardés), %7 lignes écartées.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>%1 needs --file.</source>
        <translation>%1 demande --file.</translation>
    </message>
    <message>
        <source>%1 lines read: %2 acts added, %3 updated, %4 tariffs from %5, %6 lines left out.</source>
        <translation>%1 lignes lues : %2 actes ajoutés, %3 mis à jour, %4 tarifs à partir du %5, %6 lignes écartées.</translation>
    </message>
    <message>
        <source>import-members, import-medicines, import-acts: the CSV file (columns in docs/registration.md, docs/reference-data.md).</source>
        <translation>import-members, import-medicines, import-acts : le fichier CSV (colonnes dans docs/registration.md, docs/reference-data.md).</translation>
    </message>
    <message>
        <source>import-medicines, import-acts: the date from which the prices apply (default: today).</source>
        <translation>import-medicines, import-acts : la date à partir de laquelle les prix s&apos;appliquent (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The year is four digits, as 2027.</source>
        <translation>L&apos;année s&apos;écrit sur quatre chiffres, comme 2027.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s).</source>
        <translation>
            <numerusform>%n jour férié.</numerusform>
            <numerusform>%n jours fériés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the holiday&apos;s date with --date YYYY-MM-DD.</source>
        <translation>Indiquez la date du jour férié avec --date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No holiday on %1.</source>
        <translation>Aucun jour férié le %1.</translation>
    </message>
    <message>
        <source>The holiday of %1 is removed.</source>
        <translation>Le jour férié du %1 est supprimé.</translation>
    </message>
    <message>
        <source>The holiday of %1 is recorded.</source>
        <translation>Le jour férié du %1 est enregistré.</translation>
    </message>
    <message>
        <source>create-agent: the agent&apos;s full name; set-holiday: the holiday&apos;s name (French).</source>
        <translation>create-agent : le nom complet de l&apos;agent ; set-holiday : le nom du jour férié (en français).</translation>
    </message>
    <message>
        <source>set-holiday: the holiday&apos;s name in Arabic.</source>
        <translation>set-holiday : le nom du jour férié en arabe.</translation>
    </message>
    <message>
        <source>holidays: only the holidays of this year.</source>
        <translation>holidays : seulement les jours fériés de cette année.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>set-holiday: an estimated date, to confirm when it is announced.</source>
        <translation>set-holiday : une date estimée, à confirmer quand elle est annoncée.</translation>
    </message>
    <message>
        <source>Give the date with --date YYYY-MM-DD.</source>
        <translation>Donnez la date avec --date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give --as-of YYYY-MM-DD and --batch between 1 and 100000.</source>
        <translation>Donnez --as-of AAAA-MM-JJ et --batch entre 1 et 100000.</translation>
    </message>
    <message>
        <source>relationship ended %1; %2</source>
        <translation>relation terminée le %1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run as of %1: %n person(s) would be anonymised; nothing was changed.</source>
        <translation>
            <numerusform>Simulation au %1 : %n personne serait anonymisée ; rien n&apos;a été modifié.</numerusform>
            <numerusform>Simulation au %1 : %n personnes seraient anonymisées ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming purge run %1 as of %2 after person %3.</source>
        <translation>Reprise de la purge %1 au %2 après la personne %3.</translation>
    </message>
    <message>
        <source>Batch %1: %2 person(s) anonymised, %3 in this run so far.</source>
        <translation>Lot %1 : %2 personne(s) anonymisée(s), %3 dans cette purge jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Purge run %1 as of %2 is done.</source>
        <translation>La purge %1 au %2 est terminée.</translation>
    </message>
    <message>
        <source>set-holiday, remove-holiday: the holiday&apos;s date; retention: the day the rules are in force (YYYY-MM-DD).</source>
        <translation>set-holiday, remove-holiday : la date du jour férié ; retention : le jour où les règles sont en vigueur (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>import-members, import-medicines, import-acts: check the whole file, import nothing; purge: list who would be anonymised, change nothing.</source>
        <translation>import-members, import-medicines, import-acts : vérifier tout le fichier sans rien importer ; purge : lister qui serait anonymisé, sans rien changer.</translation>
    </message>
    <message>
        <source>purge: the date the retention is counted to (default: today).</source>
        <translation>purge : la date à laquelle la conservation est comptée (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>purge: persons per transaction (default: 1000).</source>
        <translation>purge : personnes par transaction (par défaut : 1000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>purge: write the report of the run, by processing, to this CSV file.</source>
        <translation>purge : écrire le rapport de la purge, par traitement, dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Give the person with --immatriculation.</source>
        <translation>Donnez la personne avec --immatriculation.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit hold(s) lifted.</source>
        <translation>
            <numerusform>%n gel d&apos;audit levé.</numerusform>
            <numerusform>%n gels d&apos;audit levés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data of %1 is held for the audit until the hold is lifted.</source>
        <translation>Les données de %1 sont gelées pour l&apos;audit jusqu&apos;à la levée du gel.</translation>
    </message>
    <message>
        <source>Administration of a Guichet database.

Commands:
  migrate        bring the schema to this version
  seed-demo      add demo agents and persons (demo databases only)
  create-agent   create an agent: --login, --name, --organisation, --role
  deactivate-agent  deactivate an agent: --login
  import-members register members from a CSV file: --file, --organisation [--dry-run]
  import-medicines import the medicines list: --file [--valid-from YYYY-MM-DD] [--dry-run]
  import-acts    import the acts and their reference tariffs: --file [--valid-from YYYY-MM-DD] [--dry-run]
  verify-audit   check the hash chain of the audit log
  holidays       list the public holidays of the business-day calendar [--year YYYY]
  set-holiday    add or correct a holiday: --date, --name [--name-ar] [--provisional]
  remove-holiday remove a holiday (an Islamic date that moved): --date
  retention      list the retention rules in force [--date YYYY-MM-DD]
  purge          anonymise what the retention rules no longer keep [--as-of YYYY-MM-DD] [--dry-run]
                 [--batch N] [--report FILE.csv]; an interrupted run resumes
  hold           hold a person&apos;s data for an audit: --immatriculation, --reason
  lift-hold      lift the audit holds of a person: --immatriculation</source>
        <translation>Administration d&apos;une base Guichet.

Commandes :
  migrate        amener le schéma à cette version
  seed-demo      ajouter des agents et des personnes de démonstration (bases de démonstration seulement)
  create-agent   créer un agent : --login, --name, --organisation, --role
  deactivate-agent  désactiver un agent : --login
  import-members immatriculer des adhérents depuis un fichier CSV : --file, --organisation [--dry-run]
  import-medicines importer la liste des médicaments : --file [--valid-from AAAA-MM-JJ] [--dry-run]
  import-acts    importer les actes et leurs tarifs de référence : --file [--valid-from AAAA-MM-JJ] [--dry-run]
  verify-audit   vérifier le chaînage du journal d&apos;audit
  holidays       lister les jours fériés du calendrier des jours ouvrés [--year AAAA]
  set-holiday    ajouter ou corriger un jour férié : --date, --name [--name-ar] [--provisional]
  remove-holiday retirer un jour férié (une date islamique qui a bougé) : --date
  retention      lister les règles de conservation en vigueur [--date AAAA-MM-JJ]
  purge          anonymiser ce que les règles de conservation ne gardent plus [--as-of AAAA-MM-JJ] [--dry-run]
                 [--batch N] [--report FICHIER.csv] ; une purge interrompue reprend
  hold           geler les données d&apos;une personne pour un audit : --immatriculation, --reason
  lift-hold      lever les gels d&apos;audit d&apos;une personne : --immatriculation</translation>
    </message>
    <message>
        <source>migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold</source>
        <translation>migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold ou lift-hold</translation>
    </message>
    <message>
        <source>hold, lift-hold: the person&apos;s immatriculation.</source>
        <translation>hold, lift-hold : l&apos;immatriculation de la personne.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>hold: the audit that holds the data.</source>
        <translation>hold : l&apos;audit qui gèle les données.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Name one command: migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold.</source>
        <translation>Nommez une commande : migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold ou lift-hold.</translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>The full name</source>
        <translation>Le nom complet</translation>
    </message>
    <message>
        <source>An agent with the login &quot;%1&quot; already exists.</source>
        <translation>Un agent avec l&apos;identifiant « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Unknown organisation &quot;%1&quot;.</source>
        <translation>Organisme « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rôle « %1 » inconnu.</translation>
    </message>
    <message>
        <source>No agent has the login &quot;%1&quot;.</source>
        <translation>Aucun agent n&apos;a l&apos;identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The recorded values %1 belong to no row of the log.</source>
        <translation>Les valeurs enregistrées %1 n&apos;appartiennent à aucune ligne du journal.</translation>
    </message>
    <message>
        <source>The old and new values recorded for row %1 were altered.</source>
        <translation>Les anciennes et nouvelles valeurs enregistrées pour la ligne %1 ont été altérées.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Row %1 was altered: its content no longer matches its hash.</source>
        <translation>La ligne %1 a été modifiée : son contenu ne correspond plus à son empreinte.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed.</source>
        <translation>Les lignes %1 à %2 ont été supprimées.</translation>
    </message>
    <message>
        <source>Row %1 was inserted: it is not part of the chain.</source>
        <translation>La ligne %1 a été insérée : elle ne fait pas partie de la chaîne.</translation>
    </message>
    <message>
        <source>The chain is broken before row %1: a row was removed or replaced.</source>
        <translation>La chaîne est rompue avant la ligne %1 : une ligne a été supprimée ou remplacée.</translation>
    </message>
    <message>
        <source>Row %1 was renumbered.</source>
        <translation>La ligne %1 a été renumérotée.</translation>
    </message>
    <message>
        <source>The head record of the log is missing.</source>
        <translation>L&apos;enregistrement de tête du journal manque.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 at the end of the log were removed.</source>
        <translation>Les lignes %1 à %2 à la fin du journal ont été supprimées.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were added behind the log&apos;s back.</source>
        <translation>Les lignes %1 à %2 ont été ajoutées à l&apos;insu du journal.</translation>
    </message>
    <message>
        <source>Row %1, the newest, does not match the recorded head of the log.</source>
        <translation>La ligne %1, la plus récente, ne correspond pas à la tête enregistrée du journal.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit différer de l&apos;actuel.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>A holiday needs a valid date (YYYY-MM-DD).</source>
        <translation>Un jour férié demande une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>A holiday needs a name.</source>
        <translation>Un jour férié demande un nom.</translation>
    </message>
    <message>
        <source>A holiday&apos;s name has at most %1 characters.</source>
        <translation>Le nom d&apos;un jour férié a au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Complaints are taken in and handled under the purpose CPL only.</source>
        <translation>Les réclamations ne se reçoivent et ne se traitent que sous la finalité CPL.</translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation>Indiquez quand la réclamation a été reçue.</translation>
    </message>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation>Une réclamation ne peut pas être reçue dans le futur.</translation>
    </message>
    <message>
        <source>A complaint received more than a year ago cannot be taken in: check the date.</source>
        <translation>Une réclamation reçue il y a plus d&apos;un an ne peut pas être enregistrée : vérifiez la date.</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>Décrivez la réclamation.</translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation>La description a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The contact has at most %1 characters.</source>
        <translation>Le contact a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A complaint has at most %1 attachments.</source>
        <translation>Une réclamation a au plus %1 pièces jointes.</translation>
    </message>
    <message>
        <source>Each attachment needs a file name of at most %1 characters.</source>
        <translation>Chaque pièce jointe demande un nom de fichier d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation>La pièce jointe %1 est vide.</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MB.</source>
        <translation>La pièce jointe %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>Someone not on file has no member file: choose member or beneficiary.</source>
        <translation>Une personne non enregistrée n&apos;a pas de dossier : choisissez adhérent ou ayant droit.</translation>
    </message>
    <message>
        <source>Enter the name of the person who complains.</source>
        <translation>Saisissez le nom de la personne qui réclame.</translation>
    </message>
    <message>
        <source>The name has at most %1 characters.</source>
        <translation>Le nom a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Choose the member or beneficiary who complains.</source>
        <translation>Choisissez l&apos;adhérent ou l&apos;ayant droit qui réclame.</translation>
    </message>
    <message>
        <source>This person is a member, not a beneficiary.</source>
        <translation>Cette personne est un adhérent, pas un ayant droit.</translation>
    </message>
    <message>
        <source>This person is a beneficiary, not a member.</source>
        <translation>Cette personne est un ayant droit, pas un adhérent.</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>Choisissez la catégorie de la réclamation.</translation>
    </message>
    <message>
        <source>No dossier %1 in this mutuelle.</source>
        <translation>Aucun dossier %1 dans cette mutuelle.</translation>
    </message>
    <message>
        <source>Complaints cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>Les réclamations ne s&apos;ouvrent pas sous la finalité « %1 ».</translation>
    </message>
    <message>
        <source>This complaint does not exist or is not yours to open.</source>
        <translation>Cette réclamation n&apos;existe pas ou ne vous est pas ouverte.</translation>
    </message>
    <message>
        <source>The complaint has no attachment %1.</source>
        <translation>La réclamation n&apos;a pas de pièce jointe %1.</translation>
    </message>
    <message>
        <source>Someone else changed this complaint meanwhile: open it again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette réclamation entre-temps : rouvrez-la.</translation>
    </message>
    <message>
        <source>Say what the member is asked for.</source>
        <translation>Indiquez ce qui est demandé à l&apos;adhérent.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters.</source>
        <translation>Le motif a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Only a complaint being handled can wait for the member.</source>
        <translation>Seule une réclamation en cours de traitement peut attendre l&apos;adhérent.</translation>
    </message>
    <message>
        <source>This complaint is not waiting for the member.</source>
        <translation>Cette réclamation n&apos;attend pas l&apos;adhérent.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Rédigez la note.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Une note a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Prise par %1</translation>
    </message>
    <message>
        <source>Say why the complaint goes to another division.</source>
        <translation>Indiquez pourquoi la réclamation passe à une autre division.</translation>
    </message>
    <message>
        <source>Choose the division.</source>
        <translation>Choisissez la division.</translation>
    </message>
    <message>
        <source>A closed complaint is reopened before it moves.</source>
        <translation>Une réclamation clôturée est rouverte avant d&apos;être transmise.</translation>
    </message>
    <message>
        <source>The complaint is already with this division.</source>
        <translation>La réclamation est déjà à cette division.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Vers %1 : %2</translation>
    </message>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>Le texte a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>Rédigez la réponse.</translation>
    </message>
    <message>
        <source>Only a complaint being handled is answered (resume it first if it waits).</source>
        <translation>Seule une réclamation en cours de traitement reçoit une réponse (reprenez-la d&apos;abord si elle attend).</translation>
    </message>
    <message>
        <source>Write the resolution.</source>
        <translation>Rédigez la résolution.</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>Cette réclamation est déjà clôturée.</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>Indiquez pourquoi la réclamation est rouverte.</translation>
    </message>
    <message>
        <source>Only a closed complaint is reopened.</source>
        <translation>Seule une réclamation clôturée se rouvre.</translation>
    </message>
</context>
<context>
    <name>ComplaintStatistics</name>
    <message>
        <source>The complaints dashboard cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>Le tableau de bord des réclamations ne s&apos;ouvre pas sous la finalité « %1 ».</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Call centre</source>
        <translation>Centre d&apos;appel</translation>
    </message>
    <message>
        <source>Online portal</source>
        <translation>Portail en ligne</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>E-mail to a division</source>
        <translation>Courriel à une division</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Waiting for the member</source>
        <translation>En attente de l&apos;adhérent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <source>Someone not on file</source>
        <translation>Personne non enregistrée</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Names have at most %1 characters.</source>
        <translation>Les noms ont au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation>Mode TLS « %1 » inconnu.</translation>
    </message>
</context>
<context>
    <name>ConnectionSpecParser</name>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The database file name is empty.</source>
        <translation>Le nom du fichier de base de données est vide.</translation>
    </message>
    <message>
        <source>Unknown database address &quot;%1&quot;: use a file path or postgresql://user@host:port/database.</source>
        <translation>Adresse de base de données « %1 » inconnue : utilisez un chemin de fichier ou postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The database address is malformed: %1</source>
        <translation>L&apos;adresse de la base de données est mal formée : %1</translation>
    </message>
    <message>
        <source>The database address has no server name.</source>
        <translation>L&apos;adresse de la base de données n&apos;a pas de nom de serveur.</translation>
    </message>
    <message>
        <source>The port of the database address is not valid.</source>
        <translation>Le port de l&apos;adresse de la base de données n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The database address must name one database, as in postgresql://host/guichet.</source>
        <translation>L&apos;adresse doit nommer une seule base de données, comme postgresql://hôte/guichet.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>sslmode « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database address.</source>
        <translation>Option « %1 » inconnue dans l&apos;adresse de la base de données.</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>The month is not a valid date.</source>
        <translation>Le mois n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>An income cannot be negative.</source>
        <translation>Un revenu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>No contribution rule is in force for %1.</source>
        <translation>Aucune règle de cotisation n&apos;est en vigueur pour %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is followed by something other than a separator.</source>
        <translation>Un champ entre guillemets est suivi d&apos;autre chose qu&apos;un séparateur.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un champ entre guillemets n&apos;est pas fermé.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Guichet database. It was left untouched: restore it from a backup or choose another file.</source>
        <translation>Le fichier %1 est endommagé ou n&apos;est pas une base Guichet. Il n&apos;a pas été modifié : restaurez-le depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The server %1 refused the login or password.</source>
        <translation>Le serveur %1 a refusé l&apos;identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 has no database or login by that name.</source>
        <translation>Le serveur %1 n&apos;a pas de base de données ou d&apos;identifiant de ce nom.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1 on port %2. Check the network and the server, then try again.</source>
        <translation>Impossible de joindre le serveur de base de données %1 sur le port %2. Vérifiez le réseau et le serveur, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The connection to the database was lost. Nothing was saved; try again when it is back.</source>
        <translation>La connexion à la base de données a été perdue. Rien n&apos;a été enregistré ; réessayez quand elle sera revenue.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Guichet database. It was left untouched.</source>
        <translation>Le fichier de base de données est endommagé ou n&apos;est pas une base Guichet. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database refused this operation for your role.</source>
        <translation>La base de données a refusé cette opération pour votre rôle.</translation>
    </message>
    <message>
        <source>The database could not %1.</source>
        <translation>La base de données n&apos;a pas pu %1.</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>préparer une requête</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>exécuter une requête</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>enregistrer la modification</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>create the demo persons</source>
        <translation>créer les personnes de démonstration</translation>
    </message>
    <message>
        <source>This database already holds agents or persons: demo data goes into an empty database only.</source>
        <translation>Cette base contient déjà des agents ou des personnes : les données de démonstration ne vont que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Registration and contributions</source>
        <translation>Gestion de l&apos;immatriculation et des cotisations</translation>
    </message>
    <message>
        <source>Liquidation and payment of AMO-Public ambulatory dossiers</source>
        <translation>Liquidation et paiement des dossiers ambulatoires AMO-Public</translation>
    </message>
    <message>
        <source>Liquidation and payment of students&apos; ambulatory dossiers</source>
        <translation>Liquidation et paiement des dossiers ambulatoires des étudiants</translation>
    </message>
    <message>
        <source>Liquidation and payment of third-party payment invoices</source>
        <translation>Liquidation et paiement des factures en tiers payant</translation>
    </message>
    <message>
        <source>Archives of the CNOPS</source>
        <translation>Gestion des archives au niveau de la CNOPS</translation>
    </message>
    <message>
        <source>Archives of ambulatory dossiers at the mutuelles</source>
        <translation>Gestion des archives des dossiers ambulatoires au niveau des Mutuelles</translation>
    </message>
    <message>
        <source>Medical control of ambulatory dossiers at the mutuelles</source>
        <translation>Contrôle médical des dossiers ambulatoires au niveau des Mutuelles</translation>
    </message>
    <message>
        <source>Medical control at the CNOPS</source>
        <translation>Contrôle médical au niveau de la CNOPS</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Gestion des réclamations</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Gestion des ressources humaines</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Gestion des fournisseurs</translation>
    </message>
    <message>
        <source>Legal affairs and litigation</source>
        <translation>Gestion des affaires juridiques et du contentieux</translation>
    </message>
    <message>
        <source>Audit and control of the processings</source>
        <translation>Audit et contrôle des traitements</translation>
    </message>
    <message>
        <source>Online tracking of dossiers</source>
        <translation>Suivi des dossiers en ligne</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>Vidéosurveillance</translation>
    </message>
    <message>
        <source>Counter agent</source>
        <translation>Agent de guichet</translation>
    </message>
    <message>
        <source>Liquidator</source>
        <translation>Liquidateur</translation>
    </message>
    <message>
        <source>Medical controller</source>
        <translation>Médecin contrôleur</translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation>Juriste</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>DossierDocuments</name>
    <message>
        <source>Dossier deposit receipt</source>
        <translation>Récépissé de dépôt de dossier</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Adhérent :</translation>
    </message>
    <message>
        <source>Immatriculation:</source>
        <translation>Immatriculation :</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>Bénéficiaire :</translation>
    </message>
    <message>
        <source>Date of care:</source>
        <translation>Date des soins :</translation>
    </message>
    <message>
        <source>Deposited on:</source>
        <translation>Déposé le :</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Reçu par :</translation>
    </message>
    <message>
        <source>Lines of care:</source>
        <translation>Lignes de soins :</translation>
    </message>
    <message>
        <source>Payment expected by %1.</source>
        <translation>Paiement prévu au plus tard le %1.</translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation>Dépôt tardif accepté : %1</translation>
    </message>
    <message>
        <source>Keep this receipt: its number is asked for any question about the dossier.</source>
        <translation>Conservez ce récépissé : son numéro vous sera demandé pour toute question sur le dossier.</translation>
    </message>
    <message>
        <source>Deposit receipt %1</source>
        <translation>Récépissé de dépôt %1</translation>
    </message>
    <message>
        <source>Immatriculation: %1</source>
        <translation>Immatriculation : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Subject: incomplete dossier %1</source>
        <translation>Objet : dossier incomplet %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Madame, Monsieur %1,</translation>
    </message>
    <message>
        <source>The dossier %1 that you deposited on %2 for the care of %3 on %4 is incomplete. It cannot be processed until the following documents are brought to the counter:</source>
        <translation>Le dossier %1 que vous avez déposé le %2 pour les soins de %3 du %4 est incomplet. Il ne pourra être traité qu&apos;après la remise au guichet des pièces suivantes :</translation>
    </message>
    <message>
        <source>Please bring them to the counter together with this letter. Your dossier keeps its number and its deposit date.</source>
        <translation>Veuillez les remettre au guichet accompagnées de ce courrier. Votre dossier conserve son numéro et sa date de dépôt.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Veuillez agréer, Madame, Monsieur, l&apos;expression de nos salutations distinguées.</translation>
    </message>
    <message>
        <source>Incomplete dossier %1</source>
        <translation>Dossier incomplet %1</translation>
    </message>
    <message>
        <source>Payment batch %1</source>
        <translation>Lot de paiement %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Créé le :</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire du paiement</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Number of payments:</source>
        <translation>Nombre de paiements :</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>Control sum:</source>
        <translation>Somme de contrôle :</translation>
    </message>
    <message>
        <source>Warning: the lines add up to %1, not to the total.</source>
        <translation>Attention : les lignes totalisent %1, et non le total.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Checked and approved by</source>
        <translation>Vérifié et approuvé par</translation>
    </message>
    <message>
        <source>Archive box %1</source>
        <translation>Boîte d&apos;archives %1</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Dossiers:</source>
        <translation>Dossiers :</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Imprimé le :</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Deposited on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Total billed:</source>
        <translation>Total facturé :</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>Dossiers are deposited, entered, liquidated and paid under the purposes AMO and STU only.</source>
        <translation>Les dossiers ne se déposent, ne se saisissent, ne se liquident et ne se paient que sous les finalités AMO et STU.</translation>
    </message>
    <message>
        <source>Scan or type the dossier&apos;s number.</source>
        <translation>Scannez ou saisissez le numéro du dossier.</translation>
    </message>
    <message>
        <source>A dossier number has at most %1 letters, digits, dashes or slashes.</source>
        <translation>Un numéro de dossier compte au plus %1 lettres, chiffres, tirets ou barres obliques.</translation>
    </message>
    <message>
        <source>The care is more than %1 days old: the deposit is refused unless a supervisor records a justification.</source>
        <translation>Les soins datent de plus de %1 jours : le dépôt est refusé, sauf si un superviseur enregistre une justification.</translation>
    </message>
    <message>
        <source>Only a supervisor can accept a deposit more than %1 days after the care.</source>
        <translation>Seul un superviseur peut accepter un dépôt plus de %1 jours après les soins.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation>Le dossier de cette personne n&apos;existe pas ou vous n&apos;avez pas le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This person is in the regime %1: the dossier is deposited under that purpose.</source>
        <translation>Cette personne relève du régime %1 : le dossier se dépose sous cette finalité.</translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation>Dépôt tardif accepté : %1</translation>
    </message>
    <message>
        <source>Dossiers cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>Les dossiers ne s&apos;ouvrent pas sous la finalité « %1 ».</translation>
    </message>
    <message>
        <source>This dossier does not exist or is not yours to open.</source>
        <translation>Ce dossier n&apos;existe pas ou vous n&apos;avez pas le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This dossier is in the regime %1: open it under that purpose.</source>
        <translation>Ce dossier relève du régime %1 : ouvrez-le sous cette finalité.</translation>
    </message>
    <message>
        <source>This dossier does not exist or is not yours to change.</source>
        <translation>Ce dossier n&apos;existe pas ou vous n&apos;avez pas le droit de le modifier.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reopen it to see the change.</source>
        <translation>Le dossier %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre : rouvrez-le pour voir la modification.</translation>
    </message>
    <message>
        <source>Dossier %1 is &quot;%2&quot;: this cannot be done now.</source>
        <translation>Le dossier %1 est à l&apos;état « %2 » : cette opération n&apos;est pas possible maintenant.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Le dossier %1 ne peut pas passer de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>A dossier has at most %1 lines.</source>
        <translation>Un dossier compte au plus %1 lignes.</translation>
    </message>
    <message>
        <source>Line %1: type an act code or a medicine.</source>
        <translation>Ligne %1 : saisissez un code d&apos;acte ou un médicament.</translation>
    </message>
    <message>
        <source>Line %1: the provider&apos;s INPE code is nine digits.</source>
        <translation>Ligne %1 : le code INPE du prestataire compte neuf chiffres.</translation>
    </message>
    <message>
        <source>Line %1: the quantity is between 1 and %2.</source>
        <translation>Ligne %1 : la quantité est comprise entre 1 et %2.</translation>
    </message>
    <message>
        <source>Line %1: the amount billed is not possible.</source>
        <translation>Ligne %1 : le montant facturé n&apos;est pas admissible.</translation>
    </message>
    <message>
        <source>List what is missing from the dossier.</source>
        <translation>Indiquez ce qui manque au dossier.</translation>
    </message>
    <message>
        <source>Missing documents brought</source>
        <translation>Pièces manquantes fournies</translation>
    </message>
    <message>
        <source>Dossier %1 has no line: enter its acts and medicines first.</source>
        <translation>Le dossier %1 n&apos;a aucune ligne : saisissez d&apos;abord ses actes et ses médicaments.</translation>
    </message>
    <message>
        <source>Medical control works under the purposes MCM and MCC only.</source>
        <translation>Le contrôle médical ne s&apos;exerce que sous les finalités MCM et MCC.</translation>
    </message>
    <message>
        <source>Another controller has taken dossier %1.</source>
        <translation>Un autre contrôleur a pris le dossier %1.</translation>
    </message>
    <message>
        <source>A review names a line that is not in this dossier.</source>
        <translation>Un avis porte sur une ligne qui ne figure pas dans ce dossier.</translation>
    </message>
    <message>
        <source>Give a reason for every line adjusted or rejected.</source>
        <translation>Indiquez un motif pour chaque ligne ajustée ou rejetée.</translation>
    </message>
    <message>
        <source>An adjusted line allows at most what was billed.</source>
        <translation>Une ligne ajustée n&apos;accorde pas plus que le montant facturé.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation>Motif « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Review every line of the dossier.</source>
        <translation>Examinez chaque ligne du dossier.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 adjusted, %3 rejected</source>
        <translation>%1 acceptée(s), %2 ajustée(s), %3 rejetée(s)</translation>
    </message>
    <message>
        <source>The period is a month, as YYYY-MM.</source>
        <translation>La période est un mois, au format AAAA-MM.</translation>
    </message>
    <message>
        <source>A batch cannot be made for a month to come.</source>
        <translation>Impossible de constituer un lot pour un mois à venir.</translation>
    </message>
    <message>
        <source>No liquidated dossier with a valid RIB is waiting for payment up to %1.</source>
        <translation>Aucun dossier liquidé avec un RIB valide n&apos;attend de paiement jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>This payment batch does not exist or is not yours.</source>
        <translation>Ce lot de paiement n&apos;existe pas ou ne vous appartient pas.</translation>
    </message>
    <message>
        <source>Batch %1 is already paid.</source>
        <translation>Le lot %1 est déjà payé.</translation>
    </message>
    <message>
        <source>Paper dossiers are archived under the purposes ARM and ARC only.</source>
        <translation>Les dossiers papier ne s&apos;archivent que sous les finalités ARM et ARC.</translation>
    </message>
    <message>
        <source>Type the box&apos;s number.</source>
        <translation>Saisissez le numéro de la boîte.</translation>
    </message>
    <message>
        <source>Archived in box %1</source>
        <translation>Archivé dans la boîte %1</translation>
    </message>
    <message>
        <source>There is no box %1.</source>
        <translation>Il n&apos;y a pas de boîte %1.</translation>
    </message>
    <message>
        <source>Line %1: %2 is neither an act of the nomenclature nor a medicine of the reference list.</source>
        <translation>Ligne %1 : %2 n&apos;est ni un acte de la nomenclature ni un médicament de la liste de référence.</translation>
    </message>
    <message>
        <source>Say why the dossier is rejected: the member will be told.</source>
        <translation>Indiquez pourquoi le dossier est rejeté : l&apos;adhérent en sera informé.</translation>
    </message>
    <message>
        <source>Box %1 is new: give the place it is kept in.</source>
        <translation>La boîte %1 est nouvelle : indiquez le lieu où elle est conservée.</translation>
    </message>
    <message>
        <source>This is not the work of your role under the purpose %1: each stage of a dossier is done by the agents whose work it is.</source>
        <translation>Ce n&apos;est pas le travail de votre rôle sous la finalité %1 : chaque étape d&apos;un dossier est faite par les agents dont c&apos;est le travail.</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <source>Being entered</source>
        <translation>En cours de saisie</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Medical control</source>
        <translation>Contrôle médical</translation>
    </message>
    <message>
        <source>To liquidate</source>
        <translation>À liquider</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation>Liquidé</translation>
    </message>
    <message>
        <source>In a payment batch</source>
        <translation>Dans un lot de paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>The date of care is not a valid date.</source>
        <translation>La date des soins n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The date of care cannot be after today.</source>
        <translation>La date des soins ne peut pas être postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The date of care cannot be before %1.</source>
        <translation>La date des soins ne peut pas être antérieure au %1.</translation>
    </message>
    <message>
        <source>The date of care is before the beneficiary&apos;s birth (%1).</source>
        <translation>La date des soins est antérieure à la naissance du bénéficiaire (%1).</translation>
    </message>
</context>
<context>
    <name>EmbeddedAuthenticator</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>Trop de mots de passe erronés : ce compte est verrouillé jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Signing in without a password works only for the demo agents of a demo database.</source>
        <translation>La connexion sans mot de passe ne vaut que pour les agents de démonstration d&apos;une base de démonstration.</translation>
    </message>
    <message>
        <source>Your role does not hold the purpose %1.</source>
        <translation>Votre rôle n&apos;a pas la finalité %1.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est erroné.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Entitlement</name>
    <message>
        <source>Entitled to benefits; %1 of contributions not yet received.</source>
        <translation>Ouvre droit aux prestations ; %1 de cotisations pas encore reçus.</translation>
    </message>
    <message>
        <source>Entitled to benefits.</source>
        <translation>Ouvre droit aux prestations.</translation>
    </message>
    <message>
        <source>Not entitled: the relationship has not started yet.</source>
        <translation>Pas de droits : la relation n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Not entitled: the relationship has ended.</source>
        <translation>Pas de droits : la relation a pris fin.</translation>
    </message>
    <message>
        <source>Benefits suspended: %1 of contributions unpaid since %2.</source>
        <translation>Prestations suspendues : %1 de cotisations impayées depuis %2.</translation>
    </message>
    <message>
        <source>Not entitled: the child is over the age limit.</source>
        <translation>Pas de droits : l&apos;enfant a dépassé la limite d&apos;âge.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>A login has at most %1 characters.</source>
        <translation>Un identifiant a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A login uses only lower-case letters, digits, dots, dashes and underscores.</source>
        <translation>Un identifiant n&apos;utilise que des lettres minuscules sans accent, des chiffres, des points, des tirets et des soulignés.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 a au plus %2 caractères.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character.</source>
        <translation>%1 contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit avoir au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password has at most %1 characters.</source>
        <translation>Le mot de passe a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <source>A login cannot start with &quot;p_&quot; or &quot;pg_&quot;.</source>
        <translation>Un identifiant ne peut pas commencer par « p_ » ni par « pg_ ».</translation>
    </message>
    <message>
        <source>A phone number is 10 digits starting with 05, 06, 07 or 08 (or +212 and 9 digits).</source>
        <translation>Un numéro de téléphone a 10 chiffres commençant par 05, 06, 07 ou 08 (ou +212 et 9 chiffres).</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (name@domain.ma).</source>
        <translation>L&apos;adresse électronique n&apos;est pas valide (nom@domaine.ma).</translation>
    </message>
    <message>
        <source>The address has at most %1 characters.</source>
        <translation>L&apos;adresse a au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character.</source>
        <translation>L&apos;adresse contient un caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>A CIN is one or two capital letters followed by up to six digits, as in AB123456.</source>
        <translation>Une CIN est formée d&apos;une ou deux lettres majuscules suivies de six chiffres au plus, comme AB123456.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain does not answer.</source>
        <translation>Le trousseau du système ne répond pas.</translation>
    </message>
    <message>
        <source>The system keychain is not available: type the password.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué : %1</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Mr</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Madam, Sir</source>
        <translation>Madame, Monsieur</translation>
    </message>
    <message>
        <source>Sir</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>Madam</source>
        <translation>Madame</translation>
    </message>
</context>
<context>
    <name>LitigationRepository</name>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>Le texte compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Litigation cases are handled under the purpose LEG only.</source>
        <translation>Les affaires contentieuses se traitent sous la finalité LEG seulement.</translation>
    </message>
    <message>
        <source>Enter the court.</source>
        <translation>Saisissez le tribunal.</translation>
    </message>
    <message>
        <source>Enter the court&apos;s case number.</source>
        <translation>Saisissez le numéro de l&apos;affaire au tribunal.</translation>
    </message>
    <message>
        <source>Enter the parties.</source>
        <translation>Saisissez les parties.</translation>
    </message>
    <message>
        <source>The subject has at most %1 characters.</source>
        <translation>L&apos;objet compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>No complaint %1 in this mutuelle.</source>
        <translation>Aucune réclamation %1 dans cette mutuelle.</translation>
    </message>
    <message>
        <source>The requester of complaint %1 is not on file: open the case for the member by immatriculation.</source>
        <translation>L&apos;auteur de la réclamation %1 n&apos;est pas au fichier : ouvrez l&apos;affaire pour l&apos;adhérent par son immatriculation.</translation>
    </message>
    <message>
        <source>Enter the complaint or the immatriculation of the person concerned.</source>
        <translation>Saisissez la réclamation ou l&apos;immatriculation de la personne concernée.</translation>
    </message>
    <message>
        <source>Nobody with the immatriculation %1 in this mutuelle.</source>
        <translation>Personne n&apos;a l&apos;immatriculation %1 dans cette mutuelle.</translation>
    </message>
    <message>
        <source>The case %1 of %2 is already recorded.</source>
        <translation>L&apos;affaire %1 de %2 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Case %1 before %2</source>
        <translation>Affaire %1 devant %2</translation>
    </message>
    <message>
        <source>This case does not exist or is not yours to open.</source>
        <translation>Cette affaire n&apos;existe pas ou ne vous est pas ouverte.</translation>
    </message>
    <message>
        <source>Someone else changed or closed this case meanwhile: open it again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou clôturé cette affaire entre-temps : rouvrez-la.</translation>
    </message>
    <message>
        <source>Enter the date and time of the hearing.</source>
        <translation>Saisissez la date et l&apos;heure de l&apos;audience.</translation>
    </message>
    <message>
        <source>A hearing is within five years of today: check the date.</source>
        <translation>Une audience se tient à moins de cinq ans d&apos;aujourd&apos;hui : vérifiez la date.</translation>
    </message>
    <message>
        <source>Courts do not sit on %1: it is not a business day.</source>
        <translation>Les tribunaux ne siègent pas le %1 : ce n&apos;est pas un jour ouvré.</translation>
    </message>
    <message>
        <source>The reminder comes 0 to 60 business days before the hearing.</source>
        <translation>Le rappel vient de 0 à 60 jours ouvrés avant l&apos;audience.</translation>
    </message>
    <message>
        <source>The purpose of the hearing has at most %1 characters.</source>
        <translation>L&apos;objet de l&apos;audience compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Write what came of the hearing.</source>
        <translation>Écrivez le résultat de l&apos;audience.</translation>
    </message>
    <message>
        <source>Choose a hearing of this case.</source>
        <translation>Choisissez une audience de cette affaire.</translation>
    </message>
    <message>
        <source>The outcome of a hearing is recorded once it has taken place.</source>
        <translation>Le résultat d&apos;une audience s&apos;enregistre une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>Write the outcome of the case.</source>
        <translation>Écrivez l&apos;issue de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Audit holds are placed and lifted under the purpose AUD.</source>
        <translation>Les gels d&apos;audit se posent et se lèvent sous la finalité AUD.</translation>
    </message>
    <message>
        <source>Say which audit holds the data.</source>
        <translation>Dites quel audit gèle les données.</translation>
    </message>
</context>
<context>
    <name>MedicineImporter</name>
    <message>
        <source>The date from which the prices apply is not a valid date.</source>
        <translation>La date d&apos;application des prix n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>La colonne « %1 » manque.</translation>
    </message>
    <message>
        <source>No name, or a name over 200 characters.</source>
        <translation>Pas de nom, ou un nom de plus de 200 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; the first line is kept.</source>
        <translation>« %1 » apparaît une deuxième fois ; la première ligne est gardée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the public price or the reimbursement base is not an amount.</source>
        <translation>« %1 » : le prix public ou la base de remboursement n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>MemberAccountRepository</name>
    <message>
        <source>Contributions and consents are recorded under the purpose REG only.</source>
        <translation>Les cotisations et les consentements ne s&apos;enregistrent que sous la finalité REG.</translation>
    </message>
    <message>
        <source>Persons&apos; files cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>Les dossiers des personnes ne s&apos;ouvrent pas sous la finalité « %1 ».</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation>Le dossier de cette personne n&apos;existe pas ou ne vous est pas ouvert.</translation>
    </message>
    <message>
        <source>Contributions are recorded on the member&apos;s file.</source>
        <translation>Les cotisations s&apos;enregistrent sur le dossier de l&apos;adhérent.</translation>
    </message>
    <message>
        <source>The month is not a valid date.</source>
        <translation>Le mois n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>A contribution cannot be recorded for a month to come.</source>
        <translation>Une cotisation ne peut pas être enregistrée pour un mois à venir.</translation>
    </message>
    <message>
        <source>The month is before the start of the relationship.</source>
        <translation>Le mois est antérieur au début de la relation.</translation>
    </message>
    <message>
        <source>The contribution of %1 is already recorded.</source>
        <translation>La cotisation de %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The amount received must be more than zero.</source>
        <translation>Le montant reçu doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>Un paiement ne peut pas être reçu dans le futur.</translation>
    </message>
    <message>
        <source>The reference has at most 100 characters.</source>
        <translation>La référence a au plus 100 caractères.</translation>
    </message>
    <message>
        <source>No contribution is due for %1: record it first.</source>
        <translation>Aucune cotisation n&apos;est due pour %1 : enregistrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This payment is more than what remains due for %1 (%2).</source>
        <translation>Ce paiement dépasse ce qui reste dû pour %1 (%2).</translation>
    </message>
    <message>
        <source>Direct prospecting</source>
        <translation>Prospection directe</translation>
    </message>
    <message>
        <source>Notices by SMS</source>
        <translation>Avis par SMS</translation>
    </message>
    <message>
        <source>Online dossier tracking</source>
        <translation>Suivi des dossiers en ligne</translation>
    </message>
    <message>
        <source>Choose the kind of consent.</source>
        <translation>Choisissez le type de consentement.</translation>
    </message>
    <message>
        <source>This consent is already in force.</source>
        <translation>Ce consentement est déjà en vigueur.</translation>
    </message>
    <message>
        <source>This consent is no longer in force.</source>
        <translation>Ce consentement n&apos;est plus en vigueur.</translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>Persons are registered under the purpose REG only.</source>
        <translation>Les personnes ne s&apos;immatriculent que sous la finalité REG.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation>Colonne « %1 » inconnue. Les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>La colonne « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>La colonne « %1 » manque.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation>Cette ligne a %1 champs ; l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>%1 « %2 » n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>La date de naissance</translation>
    </message>
    <message>
        <source>The start of the relationship</source>
        <translation>Le début de la relation</translation>
    </message>
    <message>
        <source>The end of the relationship</source>
        <translation>La fin de la relation</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of this beneficiary is neither in the file above nor registered.</source>
        <translation>L&apos;adhérent « %1 » de cet ayant droit n&apos;est ni plus haut dans le fichier ni immatriculé.</translation>
    </message>
    <message>
        <source>Already registered (same CIN, or same names and birth date): person no. %1.</source>
        <translation>Déjà immatriculé (même CIN, ou mêmes nom, prénom et date de naissance) : personne n° %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is at version %1, newer than this Guichet (version %2 of the schema). Install the newer Guichet; the database was not changed.</source>
        <translation>La base de données est à la version %1, plus récente que ce Guichet (version %2 du schéma). Installez le Guichet plus récent ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database is at version %1 and this Guichet needs version %2. Ask the administrator to run &quot;guichet-admin migrate&quot;.</source>
        <translation>La base de données est à la version %1 et ce Guichet a besoin de la version %2. Demandez à l&apos;administrateur de lancer « guichet-admin migrate ».</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>La migration %1 manque.</translation>
    </message>
    <message>
        <source>Migration %1 failed; the database was left at version %2.</source>
        <translation>La migration %1 a échoué ; la base de données est restée à la version %2.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>DH</source>
        <translation>DH</translation>
    </message>
</context>
<context>
    <name>PaymentOrder</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Le champ « %1 » est vide.</translation>
    </message>
    <message>
        <source>The %1 is not valid text.</source>
        <translation>Le champ « %1 » n&apos;est pas un texte valide.</translation>
    </message>
    <message>
        <source>The %1 contains a &apos;;&apos;.</source>
        <translation>Le champ « %1 » contient un « ; ».</translation>
    </message>
    <message>
        <source>The %1 contains a line break or a control character.</source>
        <translation>Le champ « %1 » contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>organisation code</source>
        <translation>code de l&apos;organisme</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>numéro du lot</translation>
    </message>
    <message>
        <source>The period must be a year and a month, YYYY-MM.</source>
        <translation>La période doit être une année et un mois, AAAA-MM.</translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation>La date d&apos;émission manque.</translation>
    </message>
    <message>
        <source>dossier number</source>
        <translation>numéro du dossier</translation>
    </message>
    <message>
        <source>immatriculation</source>
        <translation>immatriculation</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>bénéficiaire du paiement</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>A payment batch has at least one payment.</source>
        <translation>Un lot de paiement contient au moins un paiement.</translation>
    </message>
    <message>
        <source>Payment %1 (dossier %2): %3</source>
        <translation>Paiement %1 (dossier %2) : %3</translation>
    </message>
    <message>
        <source>Payment %1: dossier %2 is already in the batch.</source>
        <translation>Paiement %1 : le dossier %2 est déjà dans le lot.</translation>
    </message>
    <message>
        <source>The batch&apos;s total is too large.</source>
        <translation>Le total du lot est trop élevé.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The file does not end with a complete record.</source>
        <translation>Le fichier ne se termine pas par un enregistrement complet.</translation>
    </message>
    <message>
        <source>The file has no payment, or no header or trailer.</source>
        <translation>Le fichier ne contient aucun paiement, ou pas d&apos;en-tête ou d&apos;enregistrement de fin.</translation>
    </message>
    <message>
        <source>Record %1: a line end other than CRLF.</source>
        <translation>Enregistrement %1 : fin de ligne autre que CRLF.</translation>
    </message>
    <message>
        <source>Record 1 is not a header of 6 fields starting with H.</source>
        <translation>L&apos;enregistrement 1 n&apos;est pas un en-tête de 6 champs commençant par H.</translation>
    </message>
    <message>
        <source>Record %1 is not a trailer of 4 fields starting with T.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas un enregistrement de fin de 4 champs commençant par T.</translation>
    </message>
    <message>
        <source>Record %1 is not a payment of 6 fields starting with D.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas un paiement de 6 champs commençant par D.</translation>
    </message>
    <message>
        <source>Record %1: the amount is not a number of centimes.</source>
        <translation>Enregistrement %1 : le montant n&apos;est pas un nombre de centimes.</translation>
    </message>
    <message>
        <source>Record %1: the RIB is not written as 24 digits.</source>
        <translation>Enregistrement %1 : le RIB n&apos;est pas écrit sur 24 chiffres.</translation>
    </message>
    <message>
        <source>The header announces %1 payments; the file has %2.</source>
        <translation>L&apos;en-tête annonce %1 paiements ; le fichier en contient %2.</translation>
    </message>
    <message>
        <source>The trailer announces %1 payments; the file has %2.</source>
        <translation>L&apos;enregistrement de fin annonce %1 paiements ; le fichier en contient %2.</translation>
    </message>
    <message>
        <source>The trailer&apos;s total %1 is not the sum of the payments, %2.</source>
        <translation>Le total %1 de l&apos;enregistrement de fin n&apos;est pas la somme des paiements, %2.</translation>
    </message>
    <message>
        <source>The trailer&apos;s control %1 is not that of the RIBs, %2.</source>
        <translation>La somme de contrôle %1 de l&apos;enregistrement de fin n&apos;est pas celle des RIB, %2.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The last name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>Le prénom</translation>
    </message>
    <message>
        <source>The last name in Arabic</source>
        <translation>Le nom en arabe</translation>
    </message>
    <message>
        <source>The first name in Arabic</source>
        <translation>Le prénom en arabe</translation>
    </message>
    <message>
        <source>The immatriculation number has 6 to 12 digits.</source>
        <translation>Le numéro d&apos;immatriculation a de 6 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>La date de naissance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The birth date must be between 1900 and today.</source>
        <translation>La date de naissance doit être entre 1900 et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Choisissez le sexe.</translation>
    </message>
    <message>
        <source>Choose the relation to the member.</source>
        <translation>Choisissez le lien avec l&apos;adhérent.</translation>
    </message>
    <message>
        <source>A beneficiary is attached to a member, and a member to nobody.</source>
        <translation>Un ayant droit est rattaché à un adhérent, et un adhérent à personne.</translation>
    </message>
    <message>
        <source>Choose the regime.</source>
        <translation>Choisissez le régime.</translation>
    </message>
    <message>
        <source>The member of this beneficiary was not found.</source>
        <translation>L&apos;adhérent de cet ayant droit est introuvable.</translation>
    </message>
    <message>
        <source>Someone else saved this person&apos;s file while you were editing it. Compare the two versions before saving again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré le dossier de cette personne pendant que vous le modifiiez. Comparez les deux versions avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Persons&apos; files cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>Les dossiers des personnes ne s&apos;ouvrent pas sous la finalité « %1 ».</translation>
    </message>
    <message>
        <source>Persons are changed under the purpose REG only.</source>
        <translation>Les personnes ne se modifient que sous la finalité REG.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to change.</source>
        <translation>Le dossier de cette personne n&apos;existe pas ou ne vous est pas ouvert en modification.</translation>
    </message>
    <message>
        <source>Persons are registered under the purpose REG only.</source>
        <translation>Les personnes ne s&apos;immatriculent que sous la finalité REG.</translation>
    </message>
    <message>
        <source>This person is already registered (same CIN, or same names and birth date): open the existing file instead.</source>
        <translation>Cette personne est déjà immatriculée (même CIN, ou mêmes nom, prénom et date de naissance) : ouvrez plutôt son dossier existant.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retraité</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Student (to 26)</source>
        <translation>Étudiant (jusqu&apos;à 26 ans)</translation>
    </message>
    <message>
        <source>Disabled (no age limit)</source>
        <translation>Handicapé (sans limite d&apos;âge)</translation>
    </message>
    <message>
        <source>None (to 21)</source>
        <translation>Aucune (jusqu&apos;à 21 ans)</translation>
    </message>
    <message>
        <source>Choose the child&apos;s condition.</source>
        <translation>Choisissez la situation de l&apos;enfant.</translation>
    </message>
    <message>
        <source>A child of %1 or more is a beneficiary only as a student (to 26) or when disabled.</source>
        <translation>Un enfant de %1 ans ou plus n&apos;est ayant droit que s&apos;il est étudiant (jusqu&apos;à 26 ans) ou handicapé.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Choisissez la situation.</translation>
    </message>
    <message>
        <source>The relationship cannot start before the birth date.</source>
        <translation>La relation ne peut pas commencer avant la date de naissance.</translation>
    </message>
    <message>
        <source>The relationship cannot end before it starts.</source>
        <translation>La relation ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>An ended relationship needs its end date.</source>
        <translation>Une relation terminée demande sa date de fin.</translation>
    </message>
    <message>
        <source>A relationship that ended in the past has the status &quot;Ended&quot;.</source>
        <translation>Une relation finie dans le passé a la situation « Terminé ».</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the document could not be drawn</source>
        <translation>le document n&apos;a pas pu être généré</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression : %1</translation>
    </message>
</context>
<context>
    <name>PurgeDocuments</name>
    <message>
        <source>Purge report %1</source>
        <translation>Rapport de purge %1</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Commencée :</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Terminée :</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>Ce qui est parti</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nothing had expired.</source>
        <translation>Rien n&apos;avait expiré.</translation>
    </message>
    <message>
        <source>Counts only: the report, like the audit log, keeps nothing of what was removed.</source>
        <translation>Des nombres seulement : le rapport, comme le journal d&apos;audit, ne garde rien de ce qui a été retiré.</translation>
    </message>
    <message>
        <source>Record of destruction of archive boxes</source>
        <translation>Procès-verbal de destruction de boîtes d&apos;archives</translation>
    </message>
    <message>
        <source>Expired as of:</source>
        <translation>Expirées au :</translation>
    </message>
    <message>
        <source>Retention rule:</source>
        <translation>Règle de conservation :</translation>
    </message>
    <message>
        <source>Boxes:</source>
        <translation>Boîtes :</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Imprimé le :</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>Détruite le</translation>
    </message>
    <message>
        <source>Every dossier in these boxes is past its retention and under no legal hold. The boxes were destroyed on the dates written above, in the presence of the undersigned.</source>
        <translation>Chaque dossier de ces boîtes a dépassé sa durée de conservation et n&apos;est sous aucun gel juridique. Les boîtes ont été détruites aux dates écrites ci-dessus, en présence des soussignés.</translation>
    </message>
    <message>
        <source>Data-protection officer:</source>
        <translation>Délégué à la protection des données :</translation>
    </message>
    <message>
        <source>Head of the archives:</source>
        <translation>Responsable des archives :</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Témoin :</translation>
    </message>
</context>
<context>
    <name>PurgeRepository</name>
    <message>
        <source>The purge is run by the data-protection officer, under the purpose AUD, only.</source>
        <translation>La purge est lancée par le délégué à la protection des données, sous la finalité AUD, seulement.</translation>
    </message>
    <message>
        <source>Give the date the purge runs as of.</source>
        <translation>Donnez la date à laquelle la purge est comptée.</translation>
    </message>
    <message>
        <source>A purge cannot run as of a date to come.</source>
        <translation>Une purge ne peut pas être comptée à une date à venir.</translation>
    </message>
    <message>
        <source>There is no purge run %1.</source>
        <translation>Il n&apos;y a pas de purge %1.</translation>
    </message>
    <message>
        <source>A batch purges at least one person.</source>
        <translation>Un lot purge au moins une personne.</translation>
    </message>
    <message>
        <source>Only boxes whose every dossier expired are destroyed.</source>
        <translation>Seules les boîtes dont chaque dossier a expiré sont détruites.</translation>
    </message>
    <message>
        <source>the membership is still running (kept while it lasts, then %1)</source>
        <translation>l&apos;affiliation est toujours en cours (données conservées tant qu&apos;elle dure, puis %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) still being processed</source>
        <translation>
            <numerusform>%n dossier encore en traitement</numerusform>
            <numerusform>%n dossiers encore en traitement</numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint still open</source>
        <translation>une réclamation encore ouverte</translation>
    </message>
    <message>
        <source>a court case still open</source>
        <translation>une affaire en justice encore ouverte</translation>
    </message>
</context>
<context>
    <name>RegistryDocument</name>
    <message>
        <source>Registry of processings</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>Division qui répond</translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message>
        <source>The registry is edited by the data-protection officer, under AUD, only.</source>
        <translation>Le registre est modifié par le délégué à la protection des données, sous AUD, seulement.</translation>
    </message>
    <message>
        <source>Say which categories of data the processing holds.</source>
        <translation>Dites quelles catégories de données le traitement détient.</translation>
    </message>
    <message>
        <source>Each field has at most %1 characters.</source>
        <translation>Chaque champ compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is no processing %1.</source>
        <translation>Il n&apos;y a pas de traitement %1.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>the end of the relationship</source>
        <translation>la fin de la relation</translation>
    </message>
    <message>
        <source>the closing of the dossier</source>
        <translation>la clôture du dossier</translation>
    </message>
    <message>
        <source>the closing of the complaint</source>
        <translation>la clôture de la réclamation</translation>
    </message>
    <message>
        <source>the closing of the case</source>
        <translation>la clôture de l&apos;affaire</translation>
    </message>
    <message>
        <source>the answer to the request</source>
        <translation>la réponse à la demande</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>l&apos;enregistrement</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after %2, then %3</source>
        <translation>%1 après %2, puis %3</translation>
    </message>
</context>
<context>
    <name>Rib</name>
    <message>
        <source>Enter the RIB.</source>
        <translation>Saisissez le RIB.</translation>
    </message>
    <message>
        <source>A RIB has digits only.</source>
        <translation>Un RIB ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>A RIB has 24 digits; this one has %1.</source>
        <translation>Un RIB a 24 chiffres ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>This RIB&apos;s key is wrong: check the digits.</source>
        <translation>La clé de ce RIB est erronée : vérifiez les chiffres.</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>National identity card shown at the counter</source>
        <translation>Carte nationale d&apos;identité présentée au guichet</translation>
    </message>
    <message>
        <source>Copy of the national identity card enclosed</source>
        <translation>Copie de la carte nationale d&apos;identité jointe</translation>
    </message>
    <message>
        <source>Signed in to the online services</source>
        <translation>Connecté aux services en ligne</translation>
    </message>
    <message>
        <source>Called back on the number on file</source>
        <translation>Rappelé au numéro du dossier</translation>
    </message>
    <message>
        <source>Identity to check</source>
        <translation>Identité à vérifier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
</context>
<context>
    <name>RightsIntakeDialog</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <source>Not checked yet: the request waits</source>
        <translation>Pas encore vérifiée : la demande attend</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>Prénom (arabe)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Bank account (RIB)</source>
        <translation>Compte bancaire (RIB)</translation>
    </message>
</context>
<context>
    <name>RightsLetters</name>
    <message>
        <source>right of access</source>
        <translation>droit d&apos;accès</translation>
    </message>
    <message>
        <source>right of rectification</source>
        <translation>droit de rectification</translation>
    </message>
    <message>
        <source>right of opposition</source>
        <translation>droit d&apos;opposition</translation>
    </message>
    <message>
        <source>right of deletion</source>
        <translation>droit de suppression</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>Prénom (arabe)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Affiliated since</source>
        <translation>Affilié depuis</translation>
    </message>
    <message>
        <source>Affiliated until</source>
        <translation>Affilié jusqu&apos;au</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Bank account (RIB)</source>
        <translation>Compte bancaire (RIB)</translation>
    </message>
    <message>
        <source>Claim dossiers</source>
        <translation>Dossiers de remboursement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Deposited on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Contributions due</source>
        <translation>Cotisations dues</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Assiette</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Contributions received</source>
        <translation>Cotisations reçues</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Oppositions</source>
        <translation>Oppositions</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Recipients the data was disclosed to</source>
        <translation>Destinataires auxquels les données ont été communiquées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation>Données communiquées</translation>
    </message>
    <message>
        <source>The processings concerned</source>
        <translation>Les traitements concernés</translation>
    </message>
    <message>
        <source>CNDP authorisation</source>
        <translation>Autorisation CNDP</translation>
    </message>
    <message>
        <source>Data processed</source>
        <translation>Données traitées</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>The data of a minor you represent</source>
        <translation>Les données d&apos;un mineur que vous représentez</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Medical data</source>
        <translation>Données médicales</translation>
    </message>
    <message>
        <source>The medical data is communicated once a medical controller has reviewed it.</source>
        <translation>Les données médicales sont communiquées après leur examen par un médecin contrôleur.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>This processing is a legal obligation of compulsory health insurance: it cannot be opposed.</source>
        <translation>Ce traitement est une obligation légale de l&apos;assurance maladie obligatoire : il ne peut faire l&apos;objet d&apos;une opposition.</translation>
    </message>
    <message>
        <source>DH</source>
        <translation>DH</translation>
    </message>
    <message>
        <source>Refused with the request.</source>
        <translation>Refusée avec la demande.</translation>
    </message>
    <message>
        <source>Your data is deleted: you are anonymised in every record of this processing.</source>
        <translation>Vos données sont supprimées : vous êtes anonymisé dans tous les enregistrements de ce traitement.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
</context>
<context>
    <name>RightsRepository</name>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>Le texte compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Rights requests are handled under the purpose LEG only.</source>
        <translation>Les demandes d&apos;exercice des droits sont traitées sous la finalité LEG uniquement.</translation>
    </message>
    <message>
        <source>Rights requests are answered under the purposes LEG and AUD only.</source>
        <translation>Les demandes d&apos;exercice des droits sont répondues sous les finalités LEG et AUD uniquement.</translation>
    </message>
    <message>
        <source>A request cannot be received after today.</source>
        <translation>Une demande ne peut pas être reçue après aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Choose the field of the member file to rectify.</source>
        <translation>Choisissez le champ du dossier de l&apos;adhérent à rectifier.</translation>
    </message>
    <message>
        <source>Enter the value asked for.</source>
        <translation>Saisissez la valeur demandée.</translation>
    </message>
    <message>
        <source>Describe the evidence given for the rectification.</source>
        <translation>Décrivez le justificatif fourni pour la rectification.</translation>
    </message>
    <message>
        <source>Choose at least one processing the request concerns.</source>
        <translation>Choisissez au moins un traitement concerné par la demande.</translation>
    </message>
    <message>
        <source>Nobody with the immatriculation %1 in this mutuelle.</source>
        <translation>Personne avec l&apos;immatriculation %1 dans cette mutuelle.</translation>
    </message>
    <message>
        <source>A rectification or an opposition concerns someone on file: enter the immatriculation.</source>
        <translation>Une rectification ou une opposition concerne une personne connue : saisissez l&apos;immatriculation.</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation>Saisissez le nom du demandeur.</translation>
    </message>
    <message>
        <source>There is no processing %1.</source>
        <translation>Il n&apos;existe pas de traitement %1.</translation>
    </message>
    <message>
        <source>The identity of request %1 is already checked.</source>
        <translation>L&apos;identité de la demande %1 est déjà vérifiée.</translation>
    </message>
    <message>
        <source>Rights request %1 in progress</source>
        <translation>Demande d&apos;exercice des droits %1 en cours</translation>
    </message>
    <message>
        <source>Rights requests are read under the purposes LEG, AUD, REG and medical control only.</source>
        <translation>Les demandes d&apos;exercice des droits sont consultées sous les finalités LEG, AUD, REG et contrôle médical uniquement.</translation>
    </message>
    <message>
        <source>There is no such request in this mutuelle.</source>
        <translation>Cette demande n&apos;existe pas dans cette mutuelle.</translation>
    </message>
    <message>
        <source>Check the requester&apos;s identity first: request %1 goes no further until then.</source>
        <translation>Vérifiez d&apos;abord l&apos;identité du demandeur : la demande %1 n&apos;avance pas d&apos;ici là.</translation>
    </message>
    <message>
        <source>Request %1 is already answered.</source>
        <translation>La demande %1 a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>The letter to the requester is missing.</source>
        <translation>Le courrier au demandeur manque.</translation>
    </message>
    <message>
        <source>Give the reason of the extension: the requester is told it.</source>
        <translation>Indiquez le motif de la prolongation : il est communiqué au demandeur.</translation>
    </message>
    <message>
        <source>The new deadline must be a business day after %1 and no later than %2 (four months).</source>
        <translation>Le nouveau délai doit être un jour ouvré après le %1 et au plus tard le %2 (quatre mois).</translation>
    </message>
    <message>
        <source>Write the division&apos;s answer.</source>
        <translation>Rédigez la réponse de la division.</translation>
    </message>
    <message>
        <source>The part of %1 is not waiting for an answer.</source>
        <translation>La partie de %1 n&apos;attend pas de réponse.</translation>
    </message>
    <message>
        <source>Say whether the request is granted, partly granted or refused.</source>
        <translation>Indiquez si la demande est accordée, accordée en partie ou refusée.</translation>
    </message>
    <message>
        <source>Refused with the request.</source>
        <translation>Refusée avec la demande.</translation>
    </message>
    <message>
        <source>Waiting for the answer of: %1.</source>
        <translation>En attente de la réponse de : %1.</translation>
    </message>
    <message>
        <source>Request %1 is not an access request.</source>
        <translation>La demande %1 n&apos;est pas une demande d&apos;accès.</translation>
    </message>
    <message>
        <source>The medical part is reviewed under medical control only.</source>
        <translation>La partie médicale est examinée sous le contrôle médical uniquement.</translation>
    </message>
    <message>
        <source>Request %1 has no medical part to review.</source>
        <translation>La demande %1 n&apos;a pas de partie médicale à examiner.</translation>
    </message>
    <message>
        <source>The medical part of request %1 is already signed off.</source>
        <translation>La partie médicale de la demande %1 est déjà validée.</translation>
    </message>
    <message>
        <source>A rectification is approved and made under the purpose REG.</source>
        <translation>Une rectification est approuvée et effectuée sous la finalité REG.</translation>
    </message>
    <message>
        <source>Request %1 is not a rectification.</source>
        <translation>La demande %1 n&apos;est pas une rectification.</translation>
    </message>
    <message>
        <source>A second agent approves a rectification: not the one who took it in.</source>
        <translation>Un second agent approuve une rectification : pas celui qui l&apos;a reçue.</translation>
    </message>
    <message>
        <source>Request %1 is already approved.</source>
        <translation>La demande %1 est déjà approuvée.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to change.</source>
        <translation>Le dossier de cette personne n&apos;existe pas ou ne relève pas de vous.</translation>
    </message>
    <message>
        <source>The date asked for is not a valid date (YYYY-MM-DD).</source>
        <translation>La date demandée n&apos;est pas une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Rectified: %1.</source>
        <translation>Rectifié : %1.</translation>
    </message>
    <message>
        <source>Request %1 is not an opposition.</source>
        <translation>La demande %1 n&apos;est pas une opposition.</translation>
    </message>
    <message>
        <source>Opposition request %1</source>
        <translation>Demande d&apos;opposition %1</translation>
    </message>
    <message>
        <source>The processing %1 (%2) is a legal obligation of compulsory health insurance: it cannot be opposed.</source>
        <translation>Le traitement %1 (%2) est une obligation légale de l&apos;assurance maladie obligatoire : on ne peut pas s&apos;y opposer.</translation>
    </message>
    <message>
        <source>Opposition recorded: the data is no longer processed for %1.</source>
        <translation>Opposition enregistrée : les données ne sont plus traitées pour %1.</translation>
    </message>
    <message>
        <source>Request %1 is not a deletion.</source>
        <translation>La demande %1 n&apos;est pas une suppression.</translation>
    </message>
    <message>
        <source>a legal hold: %1</source>
        <translation>une conservation légale : %1</translation>
    </message>
    <message>
        <source>kept by the retention rules until %1</source>
        <translation>conservées par les règles de conservation jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Only the data-protection officer carries out a deletion, under AUD.</source>
        <translation>Seul le délégué à la protection des données effectue une suppression, sous AUD.</translation>
    </message>
    <message>
        <source>The data cannot be deleted now: %1.</source>
        <translation>Les données ne peuvent pas être supprimées maintenant : %1.</translation>
    </message>
    <message>
        <source>Deleted: the person is anonymised in every table.</source>
        <translation>Supprimé : la personne est anonymisée dans toutes les tables.</translation>
    </message>
    <message>
        <source>A disclosure is recorded under the purpose that makes it.</source>
        <translation>Une communication est enregistrée sous la finalité qui l&apos;effectue.</translation>
    </message>
    <message>
        <source>Choose the kind of recipient.</source>
        <translation>Choisissez le type de destinataire.</translation>
    </message>
    <message>
        <source>Enter the recipient.</source>
        <translation>Saisissez le destinataire.</translation>
    </message>
    <message>
        <source>Say what was disclosed.</source>
        <translation>Indiquez ce qui a été communiqué.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to read.</source>
        <translation>Le dossier de cette personne n&apos;existe pas ou ne relève pas de vous.</translation>
    </message>
</context>
<context>
    <name>ServerAuthenticator</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>This login is not an active Guichet agent. Ask your administrator.</source>
        <translation>Cet identifiant n&apos;est pas celui d&apos;un agent Guichet actif. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Signing in without a password works only for the demo agents of a demo database.</source>
        <translation>La connexion sans mot de passe ne vaut que pour les agents de démonstration d&apos;une base de démonstration.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est erroné.</translation>
    </message>
    <message>
        <source>Your role does not hold the purpose %1.</source>
        <translation>Votre rôle n&apos;a pas la finalité %1.</translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvrable</numerusform>
            <numerusform>%n jours ouvrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1 left</source>
        <translation>En pause, reste %1</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Reste %1</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>Work needs a purpose and a due date.</source>
        <translation>Un travail a besoin d&apos;une finalité et d&apos;une échéance.</translation>
    </message>
    <message>
        <source>This work item is not yours, or is already done.</source>
        <translation>Ce travail n&apos;est pas le vôtre, ou il est déjà terminé.</translation>
    </message>
</context>
<context>
    <name>guichet::AppController</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>This is not a Guichet link, and it was ignored: %1</source>
        <translation>Ce n&apos;est pas un lien Guichet ; il a été ignoré : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe a&amp;ctuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>At least %1 characters, without your login.</source>
        <translation>Au moins %1 caractères, sans votre identifiant.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintDashboard</name>
    <message>
        <source>Open: not closed. Late: open, and its first response or resolution is past its deadline now. Breached: received in the last twelve months and answered or resolved after a deadline, or still past it. Times in business days, pauses left out.</source>
        <translation>Ouvertes : non clôturées. En retard : ouvertes, et dont la première réponse ou la résolution a dépassé son délai maintenant. Hors délai : reçues dans les douze derniers mois et répondues ou résolues après un délai, ou qui l&apos;ont encore dépassé. Durées en jours ouvrés, pauses exclues.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Breached (12 months)</source>
        <translation>Hors délai (12 mois)</translation>
    </message>
    <message>
        <source>Resolution time over the last twelve months</source>
        <translation>Délai de résolution sur les douze derniers mois</translation>
    </message>
    <message>
        <source>Median (business days)</source>
        <translation>Médiane (jours ouvrés)</translation>
    </message>
    <message>
        <source>Mean (business days)</source>
        <translation>Moyenne (jours ouvrés)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Complaints dashboard</source>
        <translation>Tableau de bord des réclamations</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Complaints dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord des réclamations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every division</source>
        <translation>Toutes les divisions</translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation>Division %1</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>&amp;Division :</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actualis&amp;er (F5)</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Imprimer… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Réclamations par catégorie</translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation>Réclamations par canal</translation>
    </message>
    <message>
        <source>Resolution time by month</source>
        <translation>Délai de résolution par mois</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 late now; %4 breached in the last twelve months. Figures at %5.</source>
        <translation>%1 : %2 ouvertes, %3 en retard maintenant ; %4 hors délai sur les douze derniers mois. Chiffres au %5.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>Division :</translation>
    </message>
    <message>
        <source>Figures at:</source>
        <translation>Chiffres au :</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>Imprimé le :</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Ouvertes :</translation>
    </message>
    <message>
        <source>Late now:</source>
        <translation>En retard maintenant :</translation>
    </message>
    <message>
        <source>Breached in the last twelve months:</source>
        <translation>Hors délai sur les douze derniers mois :</translation>
    </message>
    <message>
        <source>complaints-dashboard-%1.pdf</source>
        <translation>tableau-de-bord-reclamations-%1.pdf</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintDialog</name>
    <message>
        <source>Taken in</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Division or agent</source>
        <translation>Division ou agent</translation>
    </message>
    <message>
        <source>Member asked (clock paused)</source>
        <translation>Demande à l&apos;adhérent (délai suspendu)</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>Délai relancé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>%1: %2, due %3%4</source>
        <translation>%1 : %2, échéance %3%4</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (arrêté)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Save a cop&amp;y of the document…</source>
        <translation>Enre&amp;gistrer une copie du document…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>T&amp;imeline (internal notes in grey italics, never sent to the member):</source>
        <translation>Hi&amp;storique (notes internes en gris italique, jamais envoyées à l&apos;adhérent) :</translation>
    </message>
    <message>
        <source>Write the note, what the member is asked for, the answer, the resolution or the reason, then choose the step below.</source>
        <translation>Écrivez la note, ce qui est demandé à l&apos;adhérent, la réponse, la résolution ou le motif, puis choisissez l&apos;étape ci-dessous.</translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation>Division %1</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <source>Internal note added.</source>
        <translation>Note interne ajoutée.</translation>
    </message>
    <message>
        <source>Note for the &amp;member</source>
        <translation>Note pour l&apos;ad&amp;hérent</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>As&amp;k the member (pause)</source>
        <translation>Demander à l&apos;adhérent (&amp;pause)</translation>
    </message>
    <message>
        <source>The clock waits for the member.</source>
        <translation>Le délai attend l&apos;adhérent.</translation>
    </message>
    <message>
        <source>Res&amp;ume the clock</source>
        <translation>Re&amp;lancer le délai</translation>
    </message>
    <message>
        <source>The clock runs again.</source>
        <translation>Le délai court de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Answer recorded: print the letter (Ctrl+P) or save it as PDF.</source>
        <translation>Réponse enregistrée : imprimez la lettre (Ctrl+P) ou enregistrez-la en PDF.</translation>
    </message>
    <message>
        <source>C&amp;lose with this resolution</source>
        <translation>Clôt&amp;urer avec cette résolution</translation>
    </message>
    <message>
        <source>Complaint closed: print the letter (Ctrl+P) or save it as PDF.</source>
        <translation>Réclamation clôturée : imprimez la lettre (Ctrl+P) ou enregistrez-la en PDF.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Complaint reopened.</source>
        <translation>Réclamation rouverte.</translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation>&amp;Transférer à :</translation>
    </message>
    <message>
        <source>Complaint handed to the other division.</source>
        <translation>Réclamation transmise à l&apos;autre division.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation>Lettre en :</translation>
    </message>
    <message>
        <source>&amp;Print the letter… (Ctrl+P)</source>
        <translation>&amp;Imprimer la lettre… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Letter as P&amp;DF…</source>
        <translation>Lettre en P&amp;DF…</translation>
    </message>
    <message>
        <source>Open a liti&amp;gation case…</source>
        <translation>Ouvrir une a&amp;ffaire contentieuse…</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Réclamation %1</translation>
    </message>
    <message>
        <source>%1 · %2 · received %3 by %4</source>
        <translation>%1 · %2 · reçue le %3 par %4</translation>
    </message>
    <message>
        <source>From: %1 (%2) · %3</source>
        <translation>De : %1 (%2) · %3</translation>
    </message>
    <message>
        <source>no contact given</source>
        <translation>aucun contact donné</translation>
    </message>
    <message>
        <source>Category: %1 · answered by %2</source>
        <translation>Catégorie : %1 · répond : %2</translation>
    </message>
    <message>
        <source>Dossiers: %1</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s).</source>
        <translation>
            <numerusform>Rouverte %n fois.</numerusform>
            <numerusform>Rouverte %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Résolution : %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (interne)</translation>
    </message>
    <message>
        <source>There is no letter before the first answer.</source>
        <translation>Il n&apos;y a pas de lettre avant la première réponse.</translation>
    </message>
    <message>
        <source>complaint-%1.pdf</source>
        <translation>reclamation-%1.pdf</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved: %1</source>
        <translation>Lettre enregistrée : %1</translation>
    </message>
    <message>
        <source>Case %1 opened; the legal hold on %2&apos;s data is in force.</source>
        <translation>Affaire %1 ouverte ; le gel juridique des données de %2 est en vigueur.</translation>
    </message>
    <message>
        <source>Choose the document to save.</source>
        <translation>Choisissez le document à enregistrer.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <source>Complain&amp;t:</source>
        <translation>Ré&amp;clamation :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintIntakeDialog</name>
    <message>
        <source>Take in a complaint</source>
        <translation>Recevoir une réclamation</translation>
    </message>
    <message>
        <source>A member or beneficiary on file</source>
        <translation>Un adhérent ou un ayant droit enregistré</translation>
    </message>
    <message>
        <source>Immatriculation number, CIN or name</source>
        <translation>Numéro d&apos;immatriculation, CIN ou nom</translation>
    </message>
    <message>
        <source>Phone, e-mail or address for the answer</source>
        <translation>Téléphone, courriel ou adresse pour la réponse</translation>
    </message>
    <message>
        <source>%1 (answered by %2)</source>
        <translation>%1 (réponse par %2)</translation>
    </message>
    <message>
        <source>Numbers of the dossiers concerned, separated by spaces or commas</source>
        <translation>Numéros des dossiers concernés, séparés par des espaces ou des virgules</translation>
    </message>
    <message>
        <source>What the requester says, in their words</source>
        <translation>Ce que dit le réclamant, avec ses mots</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Who complains:</source>
        <translation>&amp;Qui réclame :</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Dossiers:</source>
        <translation>&amp;Dossiers :</translation>
    </message>
    <message>
        <source>&amp;Text of the complaint:</source>
        <translation>Te&amp;xte de la réclamation :</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Record (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Documents received with the complaint</source>
        <translation>Documents reçus avec la réclamation</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Find the member, then choose who complains in the list.</source>
        <translation>Trouvez l&apos;adhérent, puis choisissez dans la liste qui réclame.</translation>
    </message>
    <message>
        <source>Add documents… (Ctrl+O)</source>
        <translation>Ajouter des documents… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintQueueModel</name>
    <message>
        <source>Given</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Réclamant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Prise par</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintsPage</name>
    <message>
        <source>&lt;h2&gt;Complaints&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Réclamations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New complaint (Ctrl+R)</source>
        <translation>&amp;Nouvelle réclamation (Ctrl+R)</translation>
    </message>
    <message>
        <source>Taken in on this desk since you signed in:</source>
        <translation>Reçues à ce poste depuis votre connexion :</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · first response by %4 (%5)</source>
        <translation>%1 · %2 · %3 · première réponse avant le %4 (%5)</translation>
    </message>
    <message>
        <source>Complaint %1 recorded.</source>
        <translation>Réclamation %1 enregistrée.</translation>
    </message>
    <message>
        <source>The complaints I took</source>
        <translation>Les réclamations que j&apos;ai prises</translation>
    </message>
    <message>
        <source>Every division</source>
        <translation>Toutes les divisions</translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation>Division %1</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File :</translation>
    </message>
    <message>
        <source>&amp;Late (breach list):</source>
        <translation>En &amp;retard (liste des dépassements) :</translation>
    </message>
    <message>
        <source>Take the next (Ctrl+T)</source>
        <translation>Prendre la suivante (Ctrl+T)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Ac&amp;tualiser (F5)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no first response in time</source>
        <translation>pas de première réponse dans le délai</translation>
    </message>
    <message>
        <source>not resolved in time</source>
        <translation>non résolue dans le délai</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) late.</source>
        <translation>
            <numerusform>%n réclamation en retard.</numerusform>
            <numerusform>%n réclamations en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a division&apos;s queue to take from.</source>
        <translation>Choisissez la file d&apos;une division où prendre.</translation>
    </message>
    <message>
        <source>No complaint left to take in this division.</source>
        <translation>Plus aucune réclamation à prendre dans cette division.</translation>
    </message>
    <message>
        <source>&amp;Dashboard… (Ctrl+D)</source>
        <translation>Tableau de &amp;bord… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Complaint %1: %2.</source>
        <translation>Réclamation %1 : %2.</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message>
        <source>Saved meanwhile by another agent</source>
        <translation>Enregistré entre-temps par un autre agent</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>First name in Arabic</source>
        <translation>Prénom en arabe</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>&amp;Prendre la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Back to my form</source>
        <translation>&amp;Retour à mon formulaire</translation>
    </message>
    <message>
        <source>Another agent saved this file after you opened it. Compare, then choose.</source>
        <translation>Un autre agent a enregistré ce dossier après que vous l&apos;avez ouvert. Comparez, puis choisissez.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Start of the relationship</source>
        <translation>Début de la relation</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>Fin de la relation</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Child&apos;s condition</source>
        <translation>Situation de l&apos;enfant</translation>
    </message>
</context>
<context>
    <name>guichet::ConnectionProfilesDialog</name>
    <message>
        <source>Central databases</source>
        <translation>Bases de données centrales</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>Vérifier le certificat et le nom du serveur (verify-full)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (verify-ca)</source>
        <translation>Vérifier le certificat du serveur (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, without checking the server (require)</source>
        <translation>Chiffrer, sans vérifier le serveur (require)</translation>
    </message>
    <message>
        <source>Encrypt if the server can (prefer)</source>
        <translation>Chiffrer si le serveur le peut (prefer)</translation>
    </message>
    <message>
        <source>No encryption (disable): tests only</source>
        <translation>Sans chiffrement (disable) : pour les essais seulement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Un autre profil porte déjà ce nom.</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
</context>
<context>
    <name>guichet::DepositDialog</name>
    <message>
        <source>Deposit a dossier</source>
        <translation>Déposer un dossier</translation>
    </message>
    <message>
        <source>Immatriculation number, CIN or name</source>
        <translation>Numéro d&apos;immatriculation, CIN ou nom</translation>
    </message>
    <message>
        <source>Only a supervisor, only for care more than %1 days old</source>
        <translation>Réservé au superviseur, uniquement pour des soins de plus de %1 jours</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Adhérent :</translation>
    </message>
    <message>
        <source>Dossier &amp;number (barcode):</source>
        <translation>&amp;Numéro du dossier (code-barres) :</translation>
    </message>
    <message>
        <source>&amp;Date of care (dd/mm/yyyy):</source>
        <translation>Date des &amp;soins (jj/mm/aaaa) :</translation>
    </message>
    <message>
        <source>&amp;Justification of a late deposit:</source>
        <translation>&amp;Justification du dépôt tardif :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deposit (Ctrl+S)</source>
        <translation>Déposer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Find the member, then choose the beneficiary in the list.</source>
        <translation>Recherchez l&apos;adhérent, puis choisissez le bénéficiaire dans la liste.</translation>
    </message>
    <message>
        <source>Type the date of care as dd/mm/yyyy.</source>
        <translation>Saisissez la date des soins au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>The dossier is not deposited. Discard what you typed?</source>
        <translation>Le dossier n&apos;est pas déposé. Abandonner ce que vous avez saisi ?</translation>
    </message>
</context>
<context>
    <name>guichet::DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Enregistrer une communication</translation>
    </message>
    <message>
        <source>e.g. Clinique Al Amal, Casablanca</source>
        <translation>ex. Clinique Al Amal, Casablanca</translation>
    </message>
    <message>
        <source>e.g. entitlement and coverage rate, for a hospital admission</source>
        <translation>ex. droits et taux de couverture, pour une hospitalisation</translation>
    </message>
    <message>
        <source>&amp;Kind of recipient:</source>
        <translation>&amp;Type de destinataire :</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>&amp;What was disclosed:</source>
        <translation>&amp;Ce qui a été communiqué :</translation>
    </message>
    <message>
        <source>Recorded under the purpose %1; the access reports of this person list it.</source>
        <translation>Enregistrée sous la finalité %1 ; les rapports d&apos;accès de cette personne la mentionnent.</translation>
    </message>
    <message>
        <source>Re&amp;cord (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tiers-payant operator</source>
        <translation>Opérateur de tiers payant</translation>
    </message>
    <message>
        <source>Care network</source>
        <translation>Réseau de soins</translation>
    </message>
    <message>
        <source>Health professional</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
</context>
<context>
    <name>guichet::DossierDialog</name>
    <message>
        <source>Adjusted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Act or medicine</source>
        <translation>Acte ou médicament</translation>
    </message>
    <message>
        <source>Provider INPE</source>
        <translation>INPE du prestataire</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Montant unitaire</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Allowed qty</source>
        <translation>Qté accordée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Box number:</source>
        <translation>Numéro de la &amp;boîte :</translation>
    </message>
    <message>
        <source>Where the box is &amp;kept (new box):</source>
        <translation>Lieu de &amp;conservation de la boîte (nouvelle boîte) :</translation>
    </message>
    <message>
        <source>&amp;Place in the box:</source>
        <translation>Em&amp;placement dans la boîte :</translation>
    </message>
    <message>
        <source>&amp;File in this box</source>
        <translation>Ran&amp;ger dans cette boîte</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Archivage</translation>
    </message>
    <message>
        <source>&amp;Save lines (Ctrl+S)</source>
        <translation>&amp;Enregistrer les lignes (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;End entry (Ctrl+Return)</source>
        <translation>&amp;Terminer la saisie (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Incomplete… (Ctrl+M)</source>
        <translation>&amp;Incomplet… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Documents &amp;brought (Ctrl+B)</source>
        <translation>Pièces &amp;fournies (Ctrl+B)</translation>
    </message>
    <message>
        <source>Print &amp;letter (Ctrl+L)</source>
        <translation>I&amp;mprimer la lettre (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Validate review (Ctrl+Return)</source>
        <translation>&amp;Valider l&apos;avis (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Next dossier (Ctrl+N)</source>
        <translation>Dossier &amp;suivant (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>Imprimer le &amp;récépissé (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A accept, J adjust, R reject; reason: %1</source>
        <translation>A accepter, J ajuster, R rejeter ; motif : %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier %1&lt;/b&gt; — %2&lt;br&gt;Beneficiary: %3 · Member: %4 (%5)&lt;br&gt;Care on %6 · deposited on %7 by %8</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt; — %2&lt;br&gt;Bénéficiaire : %3 · Adhérent : %4 (%5)&lt;br&gt;Soins du %6 · déposé le %7 par %8</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b02a37&apos;&gt;Payment %n day(s) late&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;Paiement en retard de %n jour&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;Paiement en retard de %n jours&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to pay (by %1)</source>
        <translation>
            <numerusform>%n jour restant pour payer (d&apos;ici le %1)</numerusform>
            <numerusform>%n jours restants pour payer (d&apos;ici le %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant : %1</translation>
    </message>
    <message>
        <source>May duplicate dossier(s) %1</source>
        <translation>Doublon possible du ou des dossiers %1</translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation>Dépôt tardif accepté : %1</translation>
    </message>
    <message>
        <source>Archived in box %1, place %2</source>
        <translation>Archivé dans la boîte %1, emplacement %2</translation>
    </message>
    <message>
        <source>Billed %1 · AMO %2 · complementary %3 · reimbursed %4</source>
        <translation>Facturé %1 · AMO %2 · complémentaire %3 · remboursé %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Line %1: the quantity is a whole number.</source>
        <translation>Ligne %1 : la quantité est un nombre entier.</translation>
    </message>
    <message>
        <source>Line %1: type the amount billed, for example 150,00.</source>
        <translation>Ligne %1 : saisissez le montant facturé, par exemple 150,00.</translation>
    </message>
    <message>
        <source>Incomplete dossier</source>
        <translation>Dossier incomplet</translation>
    </message>
    <message>
        <source>What is missing (one document per line):</source>
        <translation>Ce qui manque (une pièce par ligne) :</translation>
    </message>
    <message>
        <source>Line %1: type the quantity and the unit amount allowed.</source>
        <translation>Ligne %1 : saisissez la quantité et le montant unitaire accordés.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le récépissé</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recepisse-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>letter-%1.pdf</source>
        <translation>lettre-%1.pdf</translation>
    </message>
    <message>
        <source>Allowed amount</source>
        <translation>Montant admis</translation>
    </message>
    <message>
        <source>&amp;Reject… (Ctrl+R)</source>
        <translation>Re&amp;jeter… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reject the dossier</source>
        <translation>Rejeter le dossier</translation>
    </message>
    <message>
        <source>Why is dossier %1 rejected? The member will be told.</source>
        <translation>Pourquoi le dossier %1 est-il rejeté ? L&apos;adhérent en sera informé.</translation>
    </message>
    <message>
        <source>Reject dossier %1? It will not be liquidated; this cannot be undone.</source>
        <translation>Rejeter le dossier %1 ? Il ne sera pas liquidé ; cette action est définitive.</translation>
    </message>
    <message>
        <source>Letter as PDF… (Ctrl+Shift+L)</source>
        <translation>Lettre en PDF… (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Li&amp;quidate (Ctrl+Return)</source>
        <translation>Li&amp;quider (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF… (Ctrl+Shift+P)</source>
        <translation>Récépissé en P&amp;DF… (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Lines or decisions typed in dossier %1 are not saved. Discard them?</source>
        <translation>Les lignes ou décisions saisies dans le dossier %1 ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>guichet::DossierQueueModel</name>
    <message>
        <source>Dossiers cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>Les dossiers ne s&apos;ouvrent pas sous la finalité « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment expected by %1 (%2 days after the deposit)</source>
        <translation>Paiement prévu au plus tard le %1 (%2 jours après le dépôt)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Days left to pay</source>
        <translation>Jours restants pour payer</translation>
    </message>
</context>
<context>
    <name>guichet::DossiersPage</name>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente :</translation>
    </message>
    <message numerus="yes">
        <source>More than %n dossier(s) in this queue</source>
        <translation>
            <numerusform>Plus de %n dossier dans cette file</numerusform>
            <numerusform>Plus de %n dossiers dans cette file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) in this queue</source>
        <translation>
            <numerusform>%n dossier dans cette file</numerusform>
            <numerusform>%n dossiers dans cette file</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deposit… (Ctrl+D)</source>
        <translation>&amp;Déposer… (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Liquidate all waiting…</source>
        <translation>Li&amp;quider tous les dossiers en attente…</translation>
    </message>
    <message>
        <source>Payment &amp;batch…</source>
        <translation>&amp;Lot de paiement…</translation>
    </message>
    <message>
        <source>Record a batch &amp;paid…</source>
        <translation>Enregistrer un lot &amp;payé…</translation>
    </message>
    <message>
        <source>Take the next dossier (Ctrl+T)</source>
        <translation>Prendre le dossier suivant (Ctrl+T)</translation>
    </message>
    <message>
        <source>List a &amp;box…</source>
        <translation>Contenu d&apos;une &amp;boîte…</translation>
    </message>
    <message>
        <source>&amp;Find by number… (Ctrl+F)</source>
        <translation>&amp;Rechercher par numéro… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a dossier</source>
        <translation>Rechercher un dossier</translation>
    </message>
    <message>
        <source>Dossier number (barcode):</source>
        <translation>Numéro du dossier (code-barres) :</translation>
    </message>
    <message>
        <source>No dossier left to control.</source>
        <translation>Plus aucun dossier à contrôler.</translation>
    </message>
    <message>
        <source>No dossier %1 that you may open.</source>
        <translation>Aucun dossier %1 que vous puissiez ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) carry this number: the newest is opened.</source>
        <translation>
            <numerusform>%n dossier porte ce numéro : le plus récent est ouvert.</numerusform>
            <numerusform>%n dossiers portent ce numéro : le plus récent est ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Liquider</translation>
    </message>
    <message>
        <source>Liquidating…</source>
        <translation>Liquidation en cours…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) liquidated…</source>
        <translation>
            <numerusform>%n dossier liquidé…</numerusform>
            <numerusform>%n dossiers liquidés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) liquidated.</source>
        <translation>
            <numerusform>%n dossier liquidé.</numerusform>
            <numerusform>%n dossiers liquidés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment batch</source>
        <translation>Lot de paiement</translation>
    </message>
    <message>
        <source>Liquidated dossiers deposited up to the end of the month (YYYY-MM):</source>
        <translation>Dossiers liquidés déposés jusqu&apos;à la fin du mois (AAAA-MM) :</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n dossier(s), %2, control %3.</source>
        <translation>
            <numerusform>Lot %1 : %n dossier, %2, somme de contrôle %3.</numerusform>
            <numerusform>Lot %1 : %n dossiers, %2, somme de contrôle %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for want of a valid RIB: %1</source>
        <translation>Écartés faute de RIB valide : %1</translation>
    </message>
    <message>
        <source>Save the payment-order file</source>
        <translation>Enregistrer le fichier des ordres de virement</translation>
    </message>
    <message>
        <source>Payment orders (*.txt)</source>
        <translation>Ordres de virement (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>No batch is waiting for payment.</source>
        <translation>Aucun lot n&apos;attend de paiement.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n dossier(s), %2</source>
        <translation>
            <numerusform>%1 — %n dossier, %2</numerusform>
            <numerusform>%1 — %n dossiers, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a batch paid</source>
        <translation>Enregistrer un lot payé</translation>
    </message>
    <message>
        <source>Batch paid by the bank:</source>
        <translation>Lot payé par la banque :</translation>
    </message>
    <message>
        <source>Record batch %1 as paid? Its dossiers become paid; this cannot be undone.</source>
        <translation>Enregistrer le lot %1 comme payé ? Ses dossiers passent à l&apos;état payé ; cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Batch %1 recorded as paid.</source>
        <translation>Lot %1 enregistré comme payé.</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>Boîte d&apos;archives</translation>
    </message>
    <message>
        <source>Box number:</source>
        <translation>Numéro de la boîte :</translation>
    </message>
    <message>
        <source>No dossier waits for liquidation.</source>
        <translation>Aucun dossier n’attend la liquidation.</translation>
    </message>
    <message numerus="yes">
        <source>Liquidate the %n dossier(s) waiting for liquidation, billed %1 in all?</source>
        <translation>
            <numerusform>Liquider %n dossier en attente de liquidation, facturé %1 ?</numerusform>
            <numerusform>Liquider les %n dossiers en attente de liquidation, facturés %1 au total ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) still wait for liquidation.</source>
        <translation>
            <numerusform>%n dossier attend encore la liquidation.</numerusform>
            <numerusform>%n dossiers attendent encore la liquidation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DueDialog</name>
    <message>
        <source>Record a month due</source>
        <translation>Enregistrer un mois dû</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>monthly, in dirhams</source>
        <translation>mensuel, en dirhams</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Assiette :</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Revenu :</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>Cotisation :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type an amount, such as 8500 or 8500,50.</source>
        <translation>Saisissez un montant, comme 8500 ou 8500,50.</translation>
    </message>
    <message>
        <source>%1 (employee %2, employer %3)</source>
        <translation>%1 (salarié %2, employeur %3)</translation>
    </message>
</context>
<context>
    <name>guichet::ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Importer des adhérents depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des adhérents</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is imported until you confirm.</source>
        <translation>Choisissez un fichier, puis vérifiez-le : rien n&apos;est importé avant votre confirmation.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>C&amp;heck (dry run)</source>
        <translation>&amp;Vérifier (essai à blanc)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s) into %1?</source>
        <translation>
            <numerusform>Importer %n personne dans %1 ?</numerusform>
            <numerusform>Importer %n personnes dans %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file and check it again.</source>
        <translation>
            <numerusform>%n problème trouvé : rien n&apos;a été importé. Corrigez le fichier et vérifiez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés : rien n&apos;a été importé. Corrigez le fichier et vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 member(s) and %2 beneficiary(ies).</source>
        <translation>Importés : %1 adhérent(s) et %2 ayant(s) droit.</translation>
    </message>
    <message>
        <source>The file is correct: %1 member(s) and %2 beneficiary(ies) would be imported.</source>
        <translation>Le fichier est correct : %1 adhérent(s) et %2 ayant(s) droit seraient importés.</translation>
    </message>
</context>
<context>
    <name>guichet::LitigationCaseDialog</name>
    <message>
        <source>Litigation case</source>
        <translation>Affaire contentieuse</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation>&amp;Audiences :</translation>
    </message>
    <message>
        <source>pleadings, expert&apos;s report, judgment…</source>
        <translation>plaidoiries, rapport d&apos;expertise, jugement…</translation>
    </message>
    <message>
        <source> business days before</source>
        <translation> jours ouvrés avant</translation>
    </message>
    <message>
        <source>&amp;Add the hearing</source>
        <translation>Ajouter l&apos;au&amp;dience</translation>
    </message>
    <message>
        <source>New hearing &amp;on:</source>
        <translation>Nouvelle audience &amp;le :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Ré&amp;sultat :</translation>
    </message>
    <message>
        <source>&amp;Record for the selected hearing</source>
        <translation>&amp;Enregistrer pour l&apos;audience choisie</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Affaire %1</translation>
    </message>
    <message>
        <source>%1 · %2 · case %3 · %4</source>
        <translation>%1 · %2 · affaire %3 · %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>clôturée le %1</translation>
    </message>
    <message>
        <source>Concerning %1 (%2)%3</source>
        <translation>Concerne %1 (%2)%3</translation>
    </message>
    <message>
        <source>, from complaint %1</source>
        <translation>, issue de la réclamation %1</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Parties : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>Ouverte le %1 par %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal hold in force&lt;/b&gt;: nothing of %1&apos;s data and dossiers is deleted or purged until the case is closed.</source>
        <translation>&lt;b&gt;Gel juridique en vigueur&lt;/b&gt; : rien des données et dossiers de %1 n&apos;est supprimé ni purgé avant la clôture de l&apos;affaire.</translation>
    </message>
    <message>
        <source>The legal hold of this case was lifted when it closed.</source>
        <translation>Le gel juridique de cette affaire a été levé à sa clôture.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) before</source>
        <translation>
            <numerusform>%n jour ouvré avant</numerusform>
            <numerusform>%n jours ouvrés avant</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date of the hearing (dd/mm/yyyy).</source>
        <translation>Saisissez la date de l&apos;audience (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Hearing added.</source>
        <translation>Audience ajoutée.</translation>
    </message>
    <message>
        <source>Choose the hearing in the list.</source>
        <translation>Choisissez l&apos;audience dans la liste.</translation>
    </message>
    <message>
        <source>Outcome of the hearing recorded.</source>
        <translation>Résultat de l&apos;audience enregistré.</translation>
    </message>
    <message>
        <source>Write the outcome of the case.</source>
        <translation>Écrivez l&apos;issue de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clôturer l&apos;affaire</translation>
    </message>
    <message>
        <source>Close case %1 with this outcome? The legal hold on %2&apos;s data is lifted: their data can then be deleted or purged when its retention ends.</source>
        <translation>Clôturer l&apos;affaire %1 avec ce résultat ? Le gel juridique des données de %2 est levé : elles pourront être supprimées ou purgées à la fin de leur conservation.</translation>
    </message>
    <message>
        <source>Case closed; its legal hold is lifted.</source>
        <translation>Affaire clôturée ; son gel juridique est levé.</translation>
    </message>
    <message>
        <source>Clo&amp;se the case with this outcome…</source>
        <translation>&amp;Clôturer l&apos;affaire avec ce résultat…</translation>
    </message>
</context>
<context>
    <name>guichet::LitigationPage</name>
    <message>
        <source>&lt;h2&gt;Legal affairs and litigation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Affaires juridiques et contentieux&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Court&apos;s number</source>
        <translation>N° au tribunal</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Prochaine audience</translation>
    </message>
    <message>
        <source>&amp;Reminders: hearings to prepare, outcomes to record</source>
        <translation>Ra&amp;ppels : audiences à préparer, résultats à consigner</translation>
    </message>
    <message>
        <source>&amp;New case (Ctrl+R)</source>
        <translation>&amp;Nouvelle affaire (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actualis&amp;er (F5)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>A&amp;ffaires</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucune fixée</translation>
    </message>
    <message>
        <source>outcome to record</source>
        <translation>résultat à consigner</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n business day(s)</source>
        <translation>
            <numerusform>dans %n jour ouvré</numerusform>
            <numerusform>dans %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5 · %6</source>
        <translation>%1 · %2 · %3 %4 · %5 · %6</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s).</source>
        <translation>
            <numerusform>%n affaire ouverte.</numerusform>
            <numerusform>%n affaires ouvertes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n rappel.</numerusform>
            <numerusform>%n rappels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 opened; the legal hold on %2&apos;s data is in force.</source>
        <translation>Affaire %1 ouverte ; le gel juridique des données de %2 est en vigueur.</translation>
    </message>
</context>
<context>
    <name>guichet::LockDialog</name>
    <message>
        <source>Guichet — Locked</source>
        <translation>Guichet — Verrouillé</translation>
    </message>
    <message>
        <source>This session of %1 (%2) is locked.</source>
        <translation>Cette session de %1 (%2) est verrouillée.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>Type the password to go on, or sign out to let another agent work.</source>
        <translation>Saisissez le mot de passe pour continuer, ou déconnectez-vous pour laisser travailler un autre agent.</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Guichet — Sign in</source>
        <translation>Guichet — Connexion</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Remember my password in this computer&apos;s keychain</source>
        <translation>&amp;Retenir mon mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>No keychain on this computer: type the password each time.</source>
        <translation>Pas de trousseau sur cet ordinateur : saisissez le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation>Pro&amp;fils…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Back-office of the CNOPS and its mutuelles.</source>
        <translation>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Back-office de la CNOPS et de ses mutuelles.</translation>
    </message>
    <message>
        <source>Guichet — %1</source>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>Your role (%1) has no processing purpose, so no member data is shown here. Agents and reference data are managed with guichet-admin.</source>
        <translation>Votre rôle (%1) n&apos;a aucune finalité de traitement : aucune donnée d&apos;adhérent n&apos;est affichée ici. Les agents et les données de référence se gèrent avec guichet-admin.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>Working under: %1 — %2 (CNDP %3)</source>
        <translation>Finalité en cours : %1 — %2 (CNDP %3)</translation>
    </message>
    <message>
        <source>No processing purpose</source>
        <translation>Aucune finalité de traitement</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation>Le dossier de cette personne n&apos;existe pas ou ne vous est pas ouvert.</translation>
    </message>
    <message>
        <source>The connection to the database is lost. Nothing half-done was saved; what you are typing is kept. Guichet reconnects by itself…</source>
        <translation>La connexion à la base de données est perdue. Rien d&apos;inachevé n&apos;a été enregistré ; ce que vous saisissez est conservé. Guichet se reconnecte tout seul…</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Connexion rétablie.</translation>
    </message>
    <message>
        <source>&amp;Register a member…</source>
        <translation>&amp;Immatriculer un adhérent…</translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation>Im&amp;porter des adhérents depuis un fichier CSV…</translation>
    </message>
    <message>
        <source>A member&apos;s card opens under the purpose REG, which your role does not hold.</source>
        <translation>La carte d&apos;un adhérent s&apos;ouvre sous la finalité REG, que votre rôle ne détient pas.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot be opened: your role holds no purpose that works on dossiers.</source>
        <translation>Le dossier %1 ne peut pas être ouvert : votre rôle ne détient aucune finalité qui traite les dossiers.</translation>
    </message>
    <message>
        <source>&amp;Registry of processings…</source>
        <translation>&amp;Registre des traitements…</translation>
    </message>
    <message>
        <source>Rights requests — %1</source>
        <translation>Demandes de droits — %1</translation>
    </message>
    <message>
        <source>Rights re&amp;quests to act on…</source>
        <translation>De&amp;mandes de droits à traiter…</translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation>Sect&amp;ions</translation>
    </message>
    <message>
        <source>CNDP %1</source>
        <translation>CNDP %1</translation>
    </message>
    <message>
        <source>Rights re&amp;quests (law 09-08)</source>
        <translation>De&amp;mandes de droits (loi 09-08)</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>&amp;Réclamations</translation>
    </message>
</context>
<context>
    <name>guichet::NewLitigationDialog</name>
    <message>
        <source>New litigation case</source>
        <translation>Nouvelle affaire contentieuse</translation>
    </message>
    <message>
        <source>R-MGPAP-2026-000001, or empty</source>
        <translation>R-MGPAP-2026-000001, ou vide</translation>
    </message>
    <message>
        <source>when there is no complaint</source>
        <translation>quand il n&apos;y a pas de réclamation</translation>
    </message>
    <message>
        <source>From the &amp;complaint:</source>
        <translation>Depuis la &amp;réclamation :</translation>
    </message>
    <message>
        <source>or for the &amp;immatriculation:</source>
        <translation>ou pour l&apos;&amp;immatriculation :</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>&amp;Tribunal :</translation>
    </message>
    <message>
        <source>Court&apos;s case &amp;number:</source>
        <translation>&amp;Numéro de l&apos;affaire au tribunal :</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Opening the case puts a legal hold on the person&apos;s data and dossiers: nothing of theirs is deleted or purged until the case is closed.</source>
        <translation>Ouvrir l&apos;affaire gèle juridiquement les données et dossiers de la personne : rien n&apos;en est supprimé ni purgé avant la clôture de l&apos;affaire.</translation>
    </message>
    <message>
        <source>&amp;Open the case (Ctrl+S)</source>
        <translation>Ou&amp;vrir l&apos;affaire (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>guichet::PersonEditDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>Last name in &amp;Arabic:</source>
        <translation>Nom en &amp;arabe :</translation>
    </message>
    <message>
        <source>First name in A&amp;rabic:</source>
        <translation>Prénom en a&amp;rabe :</translation>
    </message>
    <message>
        <source>&amp;CIN:</source>
        <translation>&amp;CIN :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The form now shows the version saved by the other agent.</source>
        <translation>Le formulaire montre maintenant la version enregistrée par l&apos;autre agent.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>Immatriculer un adhérent</translation>
    </message>
    <message>
        <source>Register a beneficiary</source>
        <translation>Immatriculer un ayant droit</translation>
    </message>
    <message>
        <source>AMO-Public</source>
        <translation>AMO-Public</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>24 digits</source>
        <translation>24 chiffres</translation>
    </message>
    <message>
        <source>Key verified</source>
        <translation>Clé vérifiée</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Immatriculation:</source>
        <translation>&amp;Immatriculation :</translation>
    </message>
    <message>
        <source>Relati&amp;on:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>C&amp;hild&apos;s condition:</source>
        <translation>Situation de l&apos;en&amp;fant :</translation>
    </message>
    <message>
        <source>Contact and membership</source>
        <translation>Coordonnées et affiliation</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Regi&amp;me:</source>
        <translation>Régi&amp;me :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Sit&amp;uation :</translation>
    </message>
    <message>
        <source>Relationship s&amp;tarts:</source>
        <translation>Début de la rela&amp;tion :</translation>
    </message>
    <message>
        <source>Relationship e&amp;nds:</source>
        <translation>Fi&amp;n de la relation :</translation>
    </message>
    <message>
        <source>Ban&amp;k account (RIB):</source>
        <translation>Compte &amp;bancaire (RIB) :</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Imma&amp;triculer</translation>
    </message>
    <message>
        <source>Open the existing file now?</source>
        <translation>Ouvrir maintenant le dossier existant ?</translation>
    </message>
    <message>
        <source>The start of the relationship</source>
        <translation>Le début de la relation</translation>
    </message>
    <message>
        <source>The end of the relationship</source>
        <translation>La fin de la relation</translation>
    </message>
    <message>
        <source>%1 is not a valid date (dd/mm/yyyy).</source>
        <translation>%1 n&apos;est pas une date valide (jj/mm/aaaa).</translation>
    </message>
</context>
<context>
    <name>guichet::PersonFileDialog</name>
    <message>
        <source>File of %1 %2</source>
        <translation>Dossier de %1 %2</translation>
    </message>
    <message>
        <source>Immatriculation:</source>
        <translation>Immatriculation :</translation>
    </message>
    <message>
        <source>CIN:</source>
        <translation>CIN :</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Name in Arabic:</source>
        <translation>Nom en arabe :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>Régime :</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>AMO-Public</source>
        <translation>AMO-Public</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Opened under the purpose %1 (CNDP %2). This access is recorded in the audit log.</source>
        <translation>Ouvert sous la finalité %1 (CNDP %2). Cet accès est enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Edit… (F2)</source>
        <translation>&amp;Modifier… (F2)</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Bene&amp;ficiaries (%1)</source>
        <translation>Ayants &amp;droit (%1)</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>C&amp;otisations</translation>
    </message>
    <message>
        <source>Consents and o&amp;ppositions</source>
        <translation>Consentements et o&amp;ppositions</translation>
    </message>
    <message>
        <source>No dossier deposited yet.</source>
        <translation>Aucun dossier déposé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>Do&amp;ssiers</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>Réclama&amp;tions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Add beneficiary… (Ctrl+B)</source>
        <translation>&amp;Ajouter un ayant droit… (Ctrl+B)</translation>
    </message>
    <message>
        <source>Member&apos;s file (Ctrl+Up)</source>
        <translation>Dossier de l&apos;adhérent (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Child&apos;s condition:</source>
        <translation>Situation de l&apos;enfant :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situation :</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>l&apos;immatriculation</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>RIB:</source>
        <translation>RIB :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Enter opens the selected beneficiary&apos;s file.</source>
        <translation>Entrée ouvre le dossier de l&apos;ayant droit sélectionné.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Assiette</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Record a month &amp;due…</source>
        <translation>&amp;Enregistrer un mois dû…</translation>
    </message>
    <message>
        <source>Record a pa&amp;yment…</source>
        <translation>Enregist&amp;rer un paiement…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>&amp;Record a consent…</source>
        <translation>&amp;Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the selected consent</source>
        <translation>&amp;Retirer le consentement sélectionné</translation>
    </message>
    <message>
        <source>Oppositions</source>
        <translation>Oppositions</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Arrears: %1</source>
        <translation>Arriérés : %1</translation>
    </message>
    <message>
        <source>No arrears.</source>
        <translation>Aucun arriéré.</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Consent given by the person to:</source>
        <translation>Consentement donné par la personne à :</translation>
    </message>
    <message>
        <source>Select the consent to withdraw.</source>
        <translation>Sélectionnez le consentement à retirer.</translation>
    </message>
    <message>
        <source>Withdraw the consent &quot;%1&quot;? The person is excluded from it at once.</source>
        <translation>Retirer le consentement « %1 » ? La personne en est exclue immédiatement.</translation>
    </message>
    <message>
        <source>Dossiers are seen under the purposes that handle them (AMO, STU, medical control, archives), not under %1.</source>
        <translation>Les dossiers se consultent sous les finalités qui les traitent (AMO, STU, contrôle médical, archives), pas sous %1.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date des soins</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Disc&amp;losures</source>
        <translation>Commu&amp;nications</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>Ce qui a été communiqué</translation>
    </message>
    <message>
        <source>Record a disclo&amp;sure…</source>
        <translation>Enregistrer une communi&amp;cation…</translation>
    </message>
    <message>
        <source>Transmissions of this person&apos;s data to third parties:</source>
        <translation>Transmissions des données de cette personne à des tiers :</translation>
    </message>
    <message>
        <source>Complaints are read in the complaints section, under the purposes CPL and LEG, not in the member file.</source>
        <translation>Les réclamations se consultent dans la section des réclamations, sous les finalités CPL et LEG, et non dans le dossier de l&apos;adhérent.</translation>
    </message>
    <message>
        <source>Deposit a dossier… (Ctrl+D)</source>
        <translation>Déposer un dossier… (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>guichet::PersonTableModel</name>
    <message>
        <source>The persons list is not open under the purpose &quot;%1&quot;.</source>
        <translation>La liste des personnes n&apos;est pas ouverte sous la finalité « %1 ».</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>CIN</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
</context>
<context>
    <name>guichet::PersonsPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Immatriculation, CIN or name (Latin or Arabic) — Ctrl+F</source>
        <translation>Immatriculation, CIN ou nom (latin ou arabe) — Ctrl+F</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>Personne ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n personne affichée</numerusform>
            <numerusform>%n personnes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation>la suite en faisant défiler</translation>
    </message>
    <message>
        <source>persons of %1 only</source>
        <translation>personnes de %1 seulement</translation>
    </message>
</context>
<context>
    <name>guichet::PurgePage</name>
    <message>
        <source>persons anonymised</source>
        <translation>personnes anonymisées</translation>
    </message>
    <message>
        <source>dossiers anonymised</source>
        <translation>dossiers anonymisés</translation>
    </message>
    <message>
        <source>medical notes deleted</source>
        <translation>notes médicales supprimées</translation>
    </message>
    <message>
        <source>attachments deleted</source>
        <translation>pièces jointes supprimées</translation>
    </message>
    <message>
        <source>complaints anonymised</source>
        <translation>réclamations anonymisées</translation>
    </message>
    <message>
        <source>cases anonymised</source>
        <translation>affaires anonymisées</translation>
    </message>
    <message>
        <source>values of changes deleted</source>
        <translation>valeurs des modifications supprimées</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retention and purge&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conservation et purge&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>E&amp;xpired as of:</source>
        <translation>Expiré &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Simula&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Purger…</translation>
    </message>
    <message>
        <source>&amp;Stop after this batch</source>
        <translation>&amp;Arrêter après ce lot</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>Ce qui est parti</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Report as &amp;CSV…</source>
        <translation>Rapport en &amp;CSV…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>purge-report.csv</source>
        <translation>rapport-purge.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>purge-report.pdf</source>
        <translation>rapport-purge.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report of the last run (counts only):</source>
        <translation>Rapport de la dernière purge (nombres seulement) :</translation>
    </message>
    <message>
        <source>P&amp;urge</source>
        <translation>P&amp;urge</translation>
    </message>
    <message>
        <source>Destruction &amp;record as PDF…</source>
        <translation>P&amp;rocès-verbal de destruction en PDF…</translation>
    </message>
    <message>
        <source>Save the destruction record as PDF</source>
        <translation>Enregistrer le procès-verbal de destruction en PDF</translation>
    </message>
    <message>
        <source>destruction-record.pdf</source>
        <translation>pv-destruction.pdf</translation>
    </message>
    <message>
        <source>Record the checked boxes as destro&amp;yed…</source>
        <translation>Enregistrer les boîtes cochées comme détrui&amp;tes…</translation>
    </message>
    <message>
        <source>Archive boxes whose every dossier is past its retention and under no legal hold, for physical destruction:</source>
        <translation>Boîtes d&apos;archives dont chaque dossier a dépassé sa conservation et n&apos;est sous aucun gel juridique, à détruire physiquement :</translation>
    </message>
    <message>
        <source>&amp;Archive boxes</source>
        <translation>&amp;Boîtes d&apos;archives</translation>
    </message>
    <message numerus="yes">
        <source>A purge as of %1 stopped after %n batch(es): Purge… resumes it.</source>
        <translation>
            <numerusform>Une purge au %1 s&apos;est arrêtée après %n lot : Purger… la reprend.</numerusform>
            <numerusform>Une purge au %1 s&apos;est arrêtée après %n lots : Purger… la reprend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · box %2 · %3 · %n dossier(s)</source>
        <translation>
            <numerusform>%1 · boîte %2 · %3 · %n dossier</numerusform>
            <numerusform>%1 · boîte %2 · %3 · %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date the data is expired as of (dd/mm/yyyy).</source>
        <translation>Saisissez la date d&apos;expiration des données (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>relationship ended on %1; %2</source>
        <translation>relation terminée le %1 ; %2</translation>
    </message>
    <message>
        <source>%1 persons would be anonymised; the first %2 are listed.</source>
        <translation>%1 personnes seraient anonymisées ; les %2 premières sont listées.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>%n personne serait anonymisée.</numerusform>
            <numerusform>%n personnes seraient anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) whose data expired as of %1, in every table? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser %n personne dont les données ont expiré au %1, dans toutes les tables ? C&apos;est irréversible.</numerusform>
            <numerusform>Anonymiser %n personnes dont les données ont expiré au %1, dans toutes les tables ? C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purge en cours…</translation>
    </message>
    <message>
        <source>Stopped. Purge… resumes where it stopped.</source>
        <translation>Arrêtée. Purger… reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Purge done: the report below says what went.</source>
        <translation>Purge terminée : le rapport ci-dessous dit ce qui est parti.</translation>
    </message>
    <message>
        <source>The purge stopped on an error; what was done is kept, and Purge… resumes it.</source>
        <translation>La purge s&apos;est arrêtée sur une erreur ; ce qui est fait est gardé, et Purger… la reprend.</translation>
    </message>
    <message>
        <source>No purge has run to its end yet.</source>
        <translation>Aucune purge n&apos;est encore allée à son terme.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>No archive box has expired.</source>
        <translation>Aucune boîte d&apos;archives n&apos;a expiré.</translation>
    </message>
    <message>
        <source>Check the boxes that were destroyed.</source>
        <translation>Cochez les boîtes qui ont été détruites.</translation>
    </message>
    <message>
        <source>Archive boxes</source>
        <translation>Boîtes d&apos;archives</translation>
    </message>
    <message numerus="yes">
        <source>Record %n box(es) as destroyed, as the signed record says?</source>
        <translation>
            <numerusform>Enregistrer %n boîte comme détruite, comme le dit le procès-verbal signé ?</numerusform>
            <numerusform>Enregistrer %n boîtes comme détruites, comme le dit le procès-verbal signé ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) recorded as destroyed.</source>
        <translation>
            <numerusform>%n boîte enregistrée comme détruite.</numerusform>
            <numerusform>%n boîtes enregistrées comme détruites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as PD&amp;F…</source>
        <translation>Rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print the destruction record…</source>
        <translation>&amp;Imprimer le procès-verbal de destruction…</translation>
    </message>
</context>
<context>
    <name>guichet::PurposePage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>CNDP authorisation</source>
        <translation>Autorisation CNDP</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>Division responsable</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>aucune désignée</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The screens of this processing are not part of this version of Guichet yet.</source>
        <translation>Les écrans de ce traitement ne font pas encore partie de cette version de Guichet.</translation>
    </message>
</context>
<context>
    <name>guichet::ReceiptDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Reçu &amp;le :</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type an amount more than zero, such as 200 or 200,50.</source>
        <translation>Saisissez un montant supérieur à zéro, comme 200 ou 200,50.</translation>
    </message>
</context>
<context>
    <name>guichet::RegistryDialog</name>
    <message>
        <source>Registry of processings</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>Division qui répond</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Data of the processing selec&amp;ted:</source>
        <translation>Données du traitement c&amp;hoisi :</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>Desti&amp;nataires :</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the registry as CSV</source>
        <translation>Exporter le registre en CSV</translation>
    </message>
    <message>
        <source>registry.csv</source>
        <translation>registre.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the registry as PDF</source>
        <translation>Enregistrer le registre en PDF</translation>
    </message>
    <message>
        <source>registry.pdf</source>
        <translation>registre.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Imprimer… (Ctrl+P)</translation>
    </message>
    <message>
        <source>The registry entry of %1 is saved.</source>
        <translation>La fiche de registre de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>guichet::RightsIntakeDialog</name>
    <message>
        <source>New rights request (law 09-08)</source>
        <translation>Nouvelle demande de droits (loi 09-08)</translation>
    </message>
    <message>
        <source>Empty: the requester is not on file</source>
        <translation>Vide : le demandeur n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Taken from the file when empty</source>
        <translation>Repris du dossier s&apos;il est vide</translation>
    </message>
    <message>
        <source>Postal address or e-mail, for the answer</source>
        <translation>Adresse postale ou courriel, pour la réponse</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>The document that proves it (copy of the CIN, birth certificate…)</source>
        <translation>La pièce qui le prouve (copie de la CIN, extrait d&apos;acte de naissance…)</translation>
    </message>
    <message>
        <source>&amp;Value asked for:</source>
        <translation>&amp;Valeur demandée :</translation>
    </message>
    <message>
        <source>e.g. CIN number seen, call-back number</source>
        <translation>ex. numéro de CIN vu, numéro rappelé</translation>
    </message>
    <message>
        <source>&amp;Right exercised:</source>
        <translation>D&amp;roit exercé :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Immatriculation:</source>
        <translation>&amp;Immatriculation :</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;name:</source>
        <translation>&amp;Nom du demandeur :</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;oordonnées :</translation>
    </message>
    <message>
        <source>&amp;Processings concerned:</source>
        <translation>&amp;Traitements concernés :</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>O&amp;bjet de la demande :</translation>
    </message>
    <message>
        <source>I&amp;dentity checked by:</source>
        <translation>I&amp;dentité vérifiée par :</translation>
    </message>
    <message>
        <source>&amp;Take in (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>The date of receipt is not a valid date.</source>
        <translation>La date de réception n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Fie&amp;ld:</source>
        <translation>C&amp;hamp :</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>Pi&amp;èce justificative :</translation>
    </message>
    <message>
        <source>Identit&amp;y note:</source>
        <translation>Note s&amp;ur l&apos;identité :</translation>
    </message>
    <message>
        <source>Rec&amp;eived on:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
</context>
<context>
    <name>guichet::RightsPage</name>
    <message>
        <source>Rectifications asked for under law 09-08, waiting for a second agent&apos;s approval.</source>
        <translation>Rectifications demandées au titre de la loi 09-08, en attente de l&apos;approbation d&apos;un second agent.</translation>
    </message>
    <message>
        <source>Access requests whose medical part waits for a medical controller&apos;s review and sign-off.</source>
        <translation>Demandes d&apos;accès dont la partie médicale attend l&apos;examen et le visa d&apos;un médecin contrôleur.</translation>
    </message>
    <message>
        <source>Requests of access, rectification, opposition and deletion (law 09-08): one month to answer, in business days; late ones first.</source>
        <translation>Demandes d&apos;accès, de rectification, d&apos;opposition et de suppression (loi 09-08) : un mois pour répondre, en jours ouvrés ; les demandes en retard d&apos;abord.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Business days left</source>
        <translation>Jours ouvrés restants</translation>
    </message>
    <message>
        <source>Parts pending</source>
        <translation>Parties en attente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;New request (Ctrl+D)</source>
        <translation>&amp;Nouvelle demande (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>&amp;Ouvrir (Entrée)</translation>
    </message>
    <message>
        <source>Show the &amp;answered ones</source>
        <translation>Afficher celles &amp;répondues</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Actualiser (&amp;F5)</translation>
    </message>
    <message>
        <source>identity to check</source>
        <translation>identité à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>en retard de %n jour ouvré</numerusform>
            <numerusform>en retard de %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RightsRequestDialog</name>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>Division qui répond</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Identity &amp;checked</source>
        <translation>Identité &amp;vérifiée</translation>
    </message>
    <message>
        <source>Answer of the selected part</source>
        <translation>Réponse de la part sélectionnée</translation>
    </message>
    <message>
        <source>Answer this &amp;part</source>
        <translation>Répondre à cette pa&amp;rt</translation>
    </message>
    <message>
        <source>Extension of the deadline</source>
        <translation>Prorogation du délai</translation>
    </message>
    <message>
        <source>The reason, told to the requester</source>
        <translation>Le motif, communiqué au demandeur</translation>
    </message>
    <message>
        <source>&amp;Extend and write the notice</source>
        <translation>&amp;Proroger et rédiger l&apos;avis</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Save the report as &amp;JSON…</source>
        <translation>Enregistrer le rapport en &amp;JSON…</translation>
    </message>
    <message>
        <source>Also &amp;withdraw the consent to direct prospecting</source>
        <translation>Retirer aussi le consentement à la pro&amp;spection directe</translation>
    </message>
    <message>
        <source>Record the &amp;opposition</source>
        <translation>Enregistrer l&apos;&amp;opposition</translation>
    </message>
    <message>
        <source>C&amp;heck whether the data may go</source>
        <translation>V&amp;érifier si les données peuvent être supprimées</translation>
    </message>
    <message>
        <source>&amp;Approve and rectify…</source>
        <translation>&amp;Approuver et rectifier…</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Sign off the medical part…</source>
        <translation>Viser la partie &amp;médicale…</translation>
    </message>
    <message>
        <source>Answer to the requester</source>
        <translation>Réponse au demandeur</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Accordée en partie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Letter in French</source>
        <translation>Lettre en français</translation>
    </message>
    <message>
        <source>Letter in Arabic</source>
        <translation>Lettre en arabe</translation>
    </message>
    <message>
        <source>The answer, as the letter will say it</source>
        <translation>La réponse, telle que la lettre la dira</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>&amp;Letters sent (Enter prints):</source>
        <translation>&amp;Lettres envoyées (Entrée imprime) :</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Rights request %1</source>
        <translation>Demande de droits %1</translation>
    </message>
    <message>
        <source>the month runs from the identity check</source>
        <translation>le mois court à partir de la vérification d&apos;identité</translation>
    </message>
    <message>
        <source> (extended: %1)</source>
        <translation> (prorogé : %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, received %3 by %4&lt;br&gt;Requester: &lt;b&gt;%5&lt;/b&gt; %6 %7&lt;br&gt;Status: &lt;b&gt;%8&lt;/b&gt;%9 — deadline: %10&lt;br&gt;Identity: %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, reçue le %3 par %4&lt;br&gt;Demandeur : &lt;b&gt;%5&lt;/b&gt; %6 %7&lt;br&gt;Statut : &lt;b&gt;%8&lt;/b&gt;%9 — échéance : %10&lt;br&gt;Identité : %11</translation>
    </message>
    <message>
        <source>(not on file)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>%1, by %2 on %3 %4</source>
        <translation>%1, par %2 le %3 %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;not checked yet&lt;/b&gt;: the request goes no further</source>
        <translation>&lt;b&gt;pas encore vérifiée&lt;/b&gt; : la demande n&apos;avance pas</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Medical part signed off by %1 on %2.</source>
        <translation>Partie médicale visée par %1 le %2.</translation>
    </message>
    <message>
        <source>The medical part appears in the report only once a medical controller signs it off.</source>
        <translation>La partie médicale n&apos;apparaît dans le rapport qu&apos;une fois visée par un médecin contrôleur.</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>%1: «%2» asked for; evidence: %3.</source>
        <translation>%1 : « %2 » demandé ; pièce justificative : %3.</translation>
    </message>
    <message>
        <source>Waiting for a second agent&apos;s approval under REG.</source>
        <translation>En attente de l&apos;approbation d&apos;un second agent sous REG.</translation>
    </message>
    <message>
        <source>Approved and made by %1 on %2.</source>
        <translation>Approuvée et faite par %1 le %2.</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Reason: %1. A processing that is a legal obligation cannot be opposed: its answer says so.</source>
        <translation>Motif : %1. On ne peut s&apos;opposer à un traitement qui est une obligation légale : sa réponse le dit.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Refused while a retention obligation or a legal hold applies; otherwise the data-protection officer anonymises the person in every table.</source>
        <translation>Refusée tant qu&apos;une obligation de conservation ou un gel légal s&apos;applique ; sinon le délégué à la protection des données anonymise la personne dans toutes les tables.</translation>
    </message>
    <message>
        <source>Medical note</source>
        <translation>Note médicale</translation>
    </message>
    <message>
        <source>Line review</source>
        <translation>Examen de ligne</translation>
    </message>
    <message>
        <source>Identity checked: the month to answer runs, and a legal hold keeps the requester&apos;s data.</source>
        <translation>Identité vérifiée : le mois pour répondre court, et un gel légal conserve les données du demandeur.</translation>
    </message>
    <message>
        <source>Select the part to answer.</source>
        <translation>Sélectionnez la part à laquelle répondre.</translation>
    </message>
    <message>
        <source>The part of %1 is answered.</source>
        <translation>La part de %1 a reçu sa réponse.</translation>
    </message>
    <message>
        <source>The new deadline is not a valid date.</source>
        <translation>La nouvelle échéance n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Deadline extended to %1; the notice to the requester is kept below: print it or save it as PDF.</source>
        <translation>Échéance prorogée au %1 ; l&apos;avis au demandeur est conservé ci-dessous : imprimez-le ou enregistrez-le en PDF.</translation>
    </message>
    <message>
        <source>Opposition recorded for each processing that allows it; the others are answered as legal obligations.</source>
        <translation>Opposition enregistrée pour chaque traitement qui le permet ; les autres sont répondus comme obligations légales.</translation>
    </message>
    <message>
        <source>Nothing keeps this person&apos;s data any more: the data-protection officer may delete it.</source>
        <translation>Plus rien ne retient les données de cette personne : le délégué à la protection des données peut les supprimer.</translation>
    </message>
    <message>
        <source>The data cannot be deleted now: %1.</source>
        <translation>Les données ne peuvent pas être supprimées maintenant : %1.</translation>
    </message>
    <message>
        <source>It will go from %1.</source>
        <translation>Elles seront supprimées à partir du %1.</translation>
    </message>
    <message>
        <source>The date it will go is not known yet: a relationship or a file is still running.</source>
        <translation>La date de suppression n&apos;est pas encore connue : une affiliation ou un dossier est toujours en cours.</translation>
    </message>
    <message>
        <source>Delete this person&apos;s data</source>
        <translation>Supprimer les données de cette personne</translation>
    </message>
    <message>
        <source>Anonymise %1 in every table? This cannot be undone; the audit log keeps only that it happened.</source>
        <translation>Anonymiser %1 dans toutes les tables ? C&apos;est irréversible ; le journal d&apos;audit ne garde que le fait.</translation>
    </message>
    <message>
        <source>The person is anonymised in every table. Answer the requester below.</source>
        <translation>La personne est anonymisée dans toutes les tables. Répondez au demandeur ci-dessous.</translation>
    </message>
    <message>
        <source>Approve the rectification</source>
        <translation>Approuver la rectification</translation>
    </message>
    <message>
        <source>Change %1 to «%2» in the member file?</source>
        <translation>Changer %1 en « %2 » dans le dossier de l&apos;adhérent ?</translation>
    </message>
    <message>
        <source>Rectified.</source>
        <translation>Rectifié.</translation>
    </message>
    <message>
        <source>Rectified. No recipient received this data: nobody else is to be informed.</source>
        <translation>Rectifié. Aucun destinataire n&apos;a reçu ces données : personne d&apos;autre n&apos;est à informer.</translation>
    </message>
    <message>
        <source>Rectified. Inform of the correction: %1.</source>
        <translation>Rectifié. Informer de la correction : %1.</translation>
    </message>
    <message>
        <source>Sign off the medical part</source>
        <translation>Viser la partie médicale</translation>
    </message>
    <message numerus="yes">
        <source>The %n medical item(s) listed will appear in the requester&apos;s access report. Sign them off?</source>
        <translation>
            <numerusform>L&apos;élément médical listé (%n) apparaîtra dans le rapport d&apos;accès du demandeur. Le viser ?</numerusform>
            <numerusform>Les %n éléments médicaux listés apparaîtront dans le rapport d&apos;accès du demandeur. Les viser ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Medical part signed off: the legal division may send the report.</source>
        <translation>Partie médicale visée : la division juridique peut envoyer le rapport.</translation>
    </message>
    <message>
        <source>Answer the requester</source>
        <translation>Répondre au demandeur</translation>
    </message>
    <message>
        <source>Answer request %1 (%2) and keep the letter? The request is then closed and its legal hold lifted.</source>
        <translation>Répondre à la demande %1 (%2) et conserver la lettre ? La demande est alors close et son gel légal levé.</translation>
    </message>
    <message>
        <source>Answered. The letter is kept below: print it or save it as PDF.</source>
        <translation>Répondue. La lettre est conservée ci-dessous : imprimez-la ou enregistrez-la en PDF.</translation>
    </message>
    <message>
        <source>No letter is selected.</source>
        <translation>Aucune lettre n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Enregistrer le rapport d&apos;accès</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Each processing&apos;s part, and its di&amp;vision:</source>
        <translation>Parts des &amp;traitements et leurs divisions :</translation>
    </message>
    <message>
        <source>Delete (anon&amp;ymise)…</source>
        <translation>Supprimer (a&amp;nonymiser)…</translation>
    </message>
    <message>
        <source>A&amp;nswer and write the letter…</source>
        <translation>Répondre et rédi&amp;ger la lettre…</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n business day(s): the deadline was %1.</source>
        <translation>
            <numerusform>En retard de %n jour ouvré : le délai de réponse expirait le %1.</numerusform>
            <numerusform>En retard de %n jours ouvrés : le délai de réponse expirait le %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation>&amp;Verrouiller l&apos;écran après :</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet, the back-office of the CNOPS and its mutuelles.</source>
        <translation>Guichet, le back-office de la CNOPS et de ses mutuelles.</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database. Default: %1.</source>
        <translation>Un fichier SQLite, ou postgresql://utilisateur@hôte:port/base. Par défaut : %1.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Render the first window to a PNG file and exit.</source>
        <translation>Enregistrer la première fenêtre dans un fichier PNG, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Interface language: fr, ar or en.</source>
        <translation>Langue de l&apos;interface : fr, ar ou en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Sign in a demo agent without a password (demo databases only).</source>
        <translation>Connecter un agent de démonstration sans mot de passe (bases de démonstration seulement).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr, ar or en.</source>
        <translation>Langue « %1 » inconnue : utilisez fr, ar ou en.</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1.</translation>
    </message>
    <message>
        <source>A guichet:// link (optional).</source>
        <translation>Un lien guichet:// (facultatif).</translation>
    </message>
    <message>
        <source>Sign in to the central database of a saved profile.</source>
        <translation>Se connecter à la base centrale d&apos;un profil enregistré.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>This workstation (%1)</source>
        <translation>Ce poste (%1)</translation>
    </message>
    <message>
        <source>No saved profile is called &quot;%1&quot;.</source>
        <translation>Aucun profil enregistré ne s&apos;appelle « %1 ».</translation>
    </message>
</context>
</TS>
