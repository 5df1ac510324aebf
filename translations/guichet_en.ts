<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActImporter</name>
    <message>
        <source>The date from which the tariffs apply is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act code is 1 to 20 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; the first line is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name, or a name over 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the tariff is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the usual quantity is a whole number from 0 (no limit) to 999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>The database is up to date (schema version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was migrated from schema version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is already there; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo agents (password: %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-agent needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; no agent was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 created (number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate-agent needs --login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 deactivated: it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked.</numerusform>
            <numerusform>The audit log is intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is NOT intact: %n problem(s) in %1 rows.</source>
        <translation>
            <numerusform>The audit log is NOT intact: %n problem in %1 rows.</numerusform>
            <numerusform>The audit log is NOT intact: %n problems in %1 rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database. Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-agent, deactivate-agent: the agent&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-agent: COUNTER, LIQUIDATOR, MEDICAL, LEGAL, DPO, AUDITOR or ADMIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-agent: read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-members needs --file and --organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mutuelle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 member(s) and %2 beneficiary(ies) would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 member(s) and %2 beneficiary(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-agent, import-members: CNOPS or a mutuelle&apos;s code (MGPAP, OMFAM, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--valid-from takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines read: %2 medicines added, %3 updated, %4 prices from %5, %6 without an active ingredient (kept), %7 lines left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines read: %2 acts added, %3 updated, %4 tariffs from %5, %6 lines left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-members, import-medicines, import-acts: the CSV file (columns in docs/registration.md, docs/reference-data.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-medicines, import-acts: the date from which the prices apply (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is four digits, as 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s).</source>
        <translation>
            <numerusform>%n holiday.</numerusform>
            <numerusform>%n holidays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the holiday&apos;s date with --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday of %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday of %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-agent: the agent&apos;s full name; set-holiday: the holiday&apos;s name (French).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-holiday: the holiday&apos;s name in Arabic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holidays: only the holidays of this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-holiday: an estimated date, to confirm when it is announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date with --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --as-of YYYY-MM-DD and --batch between 1 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship ended %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run as of %1: %n person(s) would be anonymised; nothing was changed.</source>
        <translation>
            <numerusform>Dry run as of %1: %n person would be anonymised; nothing was changed.</numerusform>
            <numerusform>Dry run as of %1: %n persons would be anonymised; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming purge run %1 as of %2 after person %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 person(s) anonymised, %3 in this run so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge run %1 as of %2 is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-holiday, remove-holiday: the holiday&apos;s date; retention: the day the rules are in force (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-members, import-medicines, import-acts: check the whole file, import nothing; purge: list who would be anonymised, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: the date the retention is counted to (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: persons per transaction (default: 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: write the report of the run, by processing, to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person with --immatriculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit hold(s) lifted.</source>
        <translation>
            <numerusform>%n audit hold lifted.</numerusform>
            <numerusform>%n audit holds lifted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data of %1 is held for the audit until the hold is lifted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold, lift-hold: the person&apos;s immatriculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold: the audit that holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one command: migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>The full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent with the login &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown organisation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent has the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The recorded values %1 belong to no row of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old and new values recorded for row %1 were altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Row %1 was altered: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was inserted: it is not part of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken before row %1: a row was removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head record of the log is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 at the end of the log were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 were added behind the log&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, the newest, does not match the recorded head of the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>A holiday needs a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday&apos;s name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Complaints are taken in and handled under the purpose CPL only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint received more than a year ago cannot be taken in: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint has at most %1 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attachment needs a file name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not on file has no member file: choose member or beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who complains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member or beneficiary who complains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is a member, not a beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is a beneficiary, not a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier %1 in this mutuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint does not exist or is not yours to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint has no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this complaint meanwhile: open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the member is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a complaint being handled can wait for the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is not waiting for the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint goes to another division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed complaint is reopened before it moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is already with this division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a complaint being handled is answered (resume it first if it waits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed complaint is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatistics</name>
    <message>
        <source>The complaints dashboard cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Call centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to a division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSpecParser</name>
    <message>
        <source>No database was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown database address &quot;%1&quot;: use a file path or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the database address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must name one database, as in postgresql://host/guichet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>The month is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An income cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution rule is in force for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is followed by something other than a separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Guichet database. It was left untouched: restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database or login by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server %1 on port %2. Check the network and the server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The connection to the database was lost. Nothing was saved; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Guichet database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this operation for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>This database already holds agents or persons: demo data goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the demo persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Registration and contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidation and payment of AMO-Public ambulatory dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidation and payment of students&apos; ambulatory dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidation and payment of third-party payment invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives of the CNOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives of ambulatory dossiers at the mutuelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical control of ambulatory dossiers at the mutuelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical control at the CNOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal affairs and litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit and control of the processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online tracking of dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDocuments</name>
    <message>
        <source>Dossier deposit receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment expected by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt: its number is asked for any question about the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: incomplete dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 that you deposited on %2 for the care of %3 on %4 is incomplete. It cannot be processed until the following documents are brought to the counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring them to the counter together with this letter. Your dossier keeps its number and its deposit date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of payments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control sum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the lines add up to %1, not to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked and approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total billed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>Dossiers are deposited, entered, liquidated and paid under the purposes AMO and STU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type the dossier&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier number has at most %1 letters, digits, dashes or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care is more than %1 days old: the deposit is refused unless a supervisor records a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can accept a deposit more than %1 days after the care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is in the regime %1: the dossier is deposited under that purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier does not exist or is not yours to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is in the regime %1: open it under that purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier does not exist or is not yours to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reopen it to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is &quot;%2&quot;: this cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier has at most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type an act code or a medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the provider&apos;s INPE code is nine digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity is between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the amount billed is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is missing from the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing documents brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has no line: enter its acts and medicines first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical control works under the purposes MCM and MCC only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another controller has taken dossier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review names a line that is not in this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for every line adjusted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjusted line allows at most what was billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every line of the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted, %2 adjusted, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is a month, as YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch cannot be made for a month to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No liquidated dossier with a valid RIB is waiting for payment up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment batch does not exist or is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper dossiers are archived under the purposes ARM and ARC only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the box&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived in box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no box %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is neither an act of the nomenclature nor a medicine of the reference list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the dossier is rejected: the member will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box %1 is new: give the place it is kept in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the work of your role under the purpose %1: each stage of a dossier is done by the agents whose work it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <source>Being entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To liquidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a payment batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of care is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of care cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of care cannot be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of care is before the beneficiary&apos;s birth (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedAuthenticator</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in without a password works only for the demo agents of a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not hold the purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entitlement</name>
    <message>
        <source>Entitled to benefits; %1 of contributions not yet received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled to benefits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entitled: the relationship has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entitled: the relationship has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits suspended: %1 of contributions unpaid since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entitled: the child is over the age limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login uses only lower-case letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login cannot start with &quot;p_&quot; or &quot;pg_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number is 10 digits starting with 05, 06, 07 or 08 (or +212 and 9 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid (name@domain.ma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CIN is one or two capital letters followed by up to six digits, as in AB123456.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madam, Sir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LitigationRepository</name>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litigation cases are handled under the purpose LEG only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the court&apos;s case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint %1 in this mutuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester of complaint %1 is not on file: open the case for the member by immatriculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the complaint or the immatriculation of the person concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with the immatriculation %1 in this mutuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 of %2 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case does not exist or is not yours to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or closed this case meanwhile: open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time of the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hearing is within five years of today: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courts do not sit on %1: it is not a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder comes 0 to 60 business days before the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of the hearing has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what came of the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a hearing of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of a hearing is recorded once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit holds are placed and lifted under the purpose AUD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which audit holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineImporter</name>
    <message>
        <source>The date from which the prices apply is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name, or a name over 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; the first line is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the public price or the reimbursement base is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberAccountRepository</name>
    <message>
        <source>Contributions and consents are recorded under the purpose REG only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons&apos; files cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions are recorded on the member&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contribution cannot be recorded for a month to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is before the start of the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution of %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount received must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution is due for %1: record it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is more than what remains due for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online dossier tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent is already in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent is no longer in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>Persons are registered under the purpose REG only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of this beneficiary is neither in the file above nor registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered (same CIN, or same names and birth date): person no. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is at version %1, newer than this Guichet (version %2 of the schema). Install the newer Guichet; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at version %1 and this Guichet needs version %2. Ask the administrator to run &quot;guichet-admin migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed; the database was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>DH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentOrder</name>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a line break or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be a year and a month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immatriculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment batch has at least one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 (dossier %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1: dossier %2 is already in the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s total is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not end with a complete record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no payment, or no header or trailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: a line end other than CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record 1 is not a header of 6 fields starting with H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not a trailer of 4 fields starting with T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not a payment of 6 fields starting with D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the amount is not a number of centimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the RIB is not written as 24 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header announces %1 payments; the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer announces %1 payments; the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer&apos;s total %1 is not the sum of the payments, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trailer&apos;s control %1 is not that of the RIBs, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Someone else saved this person&apos;s file while you were editing it. Compare the two versions before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The immatriculation number has 6 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date must be between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the relation to the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A beneficiary is attached to a member, and a member to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons&apos; files cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons are changed under the purpose REG only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons are registered under the purpose REG only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member of this beneficiary was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already registered (same CIN, or same names and birth date): open the existing file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student (to 26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (no age limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (to 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child&apos;s condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child of %1 or more is a beneficiary only as a student (to 26) or when disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship cannot start before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended relationship needs its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship that ended in the past has the status &quot;Ended&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDocuments</name>
    <message>
        <source>Purge report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing had expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: the report, like the audit log, keeps nothing of what was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of destruction of archive boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dossier in these boxes is past its retention and under no legal hold. The boxes were destroyed on the dates written above, in the presence of the undersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-protection officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the archives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeRepository</name>
    <message>
        <source>The purge is run by the data-protection officer, under the purpose AUD, only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the purge runs as of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge cannot run as of a date to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no purge run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch purges at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only boxes whose every dossier expired are destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the membership is still running (kept while it lasts, then %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) still being processed</source>
        <translation>
            <numerusform>%n dossier still being processed</numerusform>
            <numerusform>%n dossiers still being processed</numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court case still open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryDocument</name>
    <message>
        <source>Registry of processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message>
        <source>The registry is edited by the data-protection officer, under AUD, only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which categories of data the processing holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no processing %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>the end of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after %2, then %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rib</name>
    <message>
        <source>Enter the RIB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RIB has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A RIB has 24 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RIB&apos;s key is wrong: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identity card shown at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the national identity card enclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to the online services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back on the number on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsIntakeDialog</name>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: the request waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account (RIB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsLetters</name>
    <message>
        <source>right of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right of rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right of opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right of deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliated until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account (RIB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients the data was disclosed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processings concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of a minor you represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical data is communicated once a medical controller has reviewed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This processing is a legal obligation of compulsory health insurance: it cannot be opposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is deleted: you are anonymised in every record of this processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsRepository</name>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests are handled under the purpose LEG only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests are answered under the purposes LEG and AUD only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot be received after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field of the member file to rectify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the evidence given for the rectification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one processing the request concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with the immatriculation %1 in this mutuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectification or an opposition concerns someone on file: enter the immatriculation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no processing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of request %1 is already checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights request %1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests are read under the purposes LEG, AUD, REG and medical control only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such request in this mutuelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the requester&apos;s identity first: request %1 goes no further until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is already answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to the requester is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason of the extension: the requester is told it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline must be a business day after %1 and no later than %2 (four months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the division&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of %1 is not waiting for an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the request is granted, partly granted or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not an access request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical part is reviewed under medical control only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no medical part to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical part of request %1 is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rectification is approved and made under the purpose REG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not a rectification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second agent approves a rectification: not the one who took it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date asked for is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not an opposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processing %1 (%2) is a legal obligation of compulsory health insurance: it cannot be opposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition recorded: the data is no longer processed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is not a deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept by the retention rules until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the data-protection officer carries out a deletion, under AUD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be deleted now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: the person is anonymised in every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure is recorded under the purpose that makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAuthenticator</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not an active Guichet agent. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in without a password works only for the demo agents of a demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not hold the purpose %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>Work needs a purpose and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work item is not yours, or is already done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::AppController</name>
    <message>
        <source>Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Guichet link, and it was ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, without your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintDashboard</name>
    <message>
        <source>Open: not closed. Late: open, and its first response or resolution is past its deadline now. Breached: received in the last twelve months and answered or resolved after a deadline, or still past it. Times in business days, pauses left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time over the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Complaints dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 open, %3 late now; %4 breached in the last twelve months. Figures at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached in the last twelve months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints-dashboard-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintDialog</name>
    <message>
        <source>Taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member asked (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, due %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y of the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline (internal notes in grey italics, never sent to the member):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note, what the member is asked for, the answer, the resolution or the reason, then choose the step below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k the member (pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock waits for the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer recorded: print the letter (Ctrl+P) or save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose with this resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint closed: print the letter (Ctrl+P) or save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint handed to the other division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the letter… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a liti&amp;gation case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · received %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1 · answered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s).</source>
        <translation>
            <numerusform>Reopened %n time.</numerusform>
            <numerusform>Reopened %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no letter before the first answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened; the legal hold on %2&apos;s data is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complain&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintIntakeDialog</name>
    <message>
        <source>Take in a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member or beneficiary on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation number, CIN or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail or address for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (answered by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the dossiers concerned, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the requester says, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who complains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received with the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the member, then choose who complains in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintQueueModel</name>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintsPage</name>
    <message>
        <source>&lt;h2&gt;Complaints&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in on this desk since you signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · first response by %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints I took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late (breach list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first response in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) late.</source>
        <translation>
            <numerusform>%n complaint late.</numerusform>
            <numerusform>%n complaints late.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a division&apos;s queue to take from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint left to take in this division.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message>
        <source>Saved meanwhile by another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to my form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agent saved this file after you opened it. Compare, then choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ConnectionProfilesDialog</name>
    <message>
        <source>Central databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, without checking the server (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt if the server can (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (disable): tests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::DepositDialog</name>
    <message>
        <source>Deposit a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation number, CIN or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, only for care more than %1 days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;number (barcode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of care (dd/mm/yyyy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification of a late deposit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the member, then choose the beneficiary in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of care as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is not deposited. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Clinique Al Amal, Casablanca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. entitlement and coverage rate, for a hospital admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was disclosed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded under the purpose %1; the access reports of this person list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers-payant operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::DossierDialog</name>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act or medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider INPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the box is &amp;kept (new box):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place in the box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File in this box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save lines (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End entry (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incomplete… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents &amp;brought (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;letter (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate review (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next dossier (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A accept, J adjust, R reject; reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier %1&lt;/b&gt; — %2&lt;br&gt;Beneficiary: %3 · Member: %4 (%5)&lt;br&gt;Care on %6 · deposited on %7 by %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b02a37&apos;&gt;Payment %n day(s) late&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;Payment %n day late&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;Payment %n days late&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to pay (by %1)</source>
        <translation>
            <numerusform>%n day left to pay (by %1)</numerusform>
            <numerusform>%n days left to pay (by %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May duplicate dossier(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived in box %1, place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed %1 · AMO %2 · complementary %3 · reimbursed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity is a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type the amount billed, for example 150,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing (one document per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type the quantity and the unit amount allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is dossier %1 rejected? The member will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject dossier %1? It will not be liquidated; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as PDF… (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;quidate (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF… (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines or decisions typed in dossier %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::DossierQueueModel</name>
    <message>
        <source>Dossiers cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment expected by %1 (%2 days after the deposit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left to pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::DossiersPage</name>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n dossier(s) in this queue</source>
        <translation>
            <numerusform>More than %n dossier in this queue</numerusform>
            <numerusform>More than %n dossiers in this queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) in this queue</source>
        <translation>
            <numerusform>%n dossier in this queue</numerusform>
            <numerusform>%n dossiers in this queue</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deposit… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liquidate all waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a batch &amp;paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next dossier (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a &amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find by number… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier number (barcode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier left to control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier %1 that you may open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) carry this number: the newest is opened.</source>
        <translation>
            <numerusform>%n dossier carries this number: the newest is opened.</numerusform>
            <numerusform>%n dossiers carry this number: the newest is opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) liquidated…</source>
        <translation>
            <numerusform>%n dossier liquidated…</numerusform>
            <numerusform>%n dossiers liquidated…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) liquidated.</source>
        <translation>
            <numerusform>%n dossier liquidated.</numerusform>
            <numerusform>%n dossiers liquidated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidated dossiers deposited up to the end of the month (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n dossier(s), %2, control %3.</source>
        <translation>
            <numerusform>Batch %1: %n dossier, %2, control %3.</numerusform>
            <numerusform>Batch %1: %n dossiers, %2, control %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for want of a valid RIB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payment-order file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment orders (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch is waiting for payment.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch paid by the bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record batch %1 as paid? Its dossiers become paid; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 recorded as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier waits for liquidation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Liquidate the %n dossier(s) waiting for liquidation, billed %1 in all?</source>
        <translation>
            <numerusform>Liquidate the %n dossier waiting for liquidation, billed %1?</numerusform>
            <numerusform>Liquidate the %n dossiers waiting for liquidation, billed %1 in all?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) still wait for liquidation.</source>
        <translation>
            <numerusform>%n dossier still waits for liquidation.</numerusform>
            <numerusform>%n dossiers still wait for liquidation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DueDialog</name>
    <message>
        <source>Record a month due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly, in dirhams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount, such as 8500 or 8500,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (employee %2, employer %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is imported until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s) into %1?</source>
        <translation>
            <numerusform>Import %n person into %1?</numerusform>
            <numerusform>Import %n persons into %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file and check it again.</source>
        <translation>
            <numerusform>%n problem found: nothing was imported. Correct the file and check it again.</numerusform>
            <numerusform>%n problems found: nothing was imported. Correct the file and check it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 member(s) and %2 beneficiary(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is correct: %1 member(s) and %2 beneficiary(ies) would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::LitigationCaseDialog</name>
    <message>
        <source>Litigation case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleadings, expert&apos;s report, judgment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hearing &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record for the selected hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · case %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal hold in force&lt;/b&gt;: nothing of %1&apos;s data and dossiers is deleted or purged until the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold of this case was lifted when it closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) before</source>
        <translation>
            <numerusform>%n business day before</numerusform>
            <numerusform>%n business days before</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date of the hearing (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hearing in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the hearing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case %1 with this outcome? The legal hold on %2&apos;s data is lifted: their data can then be deleted or purged when its retention ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed; its legal hold is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;se the case with this outcome…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::LitigationPage</name>
    <message>
        <source>&lt;h2&gt;Legal affairs and litigation&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders: hearings to prepare, outcomes to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n business day(s)</source>
        <translation>
            <numerusform>in %n business day</numerusform>
            <numerusform>in %n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s).</source>
        <translation>
            <numerusform>%n open case.</numerusform>
            <numerusform>%n open cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n reminder.</numerusform>
            <numerusform>%n reminders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 opened; the legal hold on %2&apos;s data is in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::LockDialog</name>
    <message>
        <source>Guichet — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session of %1 (%2) is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to go on, or sign out to let another agent work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Guichet — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this computer: type the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Back-office of the CNOPS and its mutuelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) has no processing purpose, so no member data is shown here. Agents and reference data are managed with guichet-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working under: %1 — %2 (CNDP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No processing purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database is lost. Nothing half-done was saved; what you are typing is kept. Guichet reconnects by itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s card opens under the purpose REG, which your role does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 cannot be opened: your role holds no purpose that works on dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry of processings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights re&amp;quests to act on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights re&amp;quests (law 09-08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::NewLitigationDialog</name>
    <message>
        <source>New litigation case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-MGPAP-2026-000001, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when there is no complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or for the &amp;immatriculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court&apos;s case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case puts a legal hold on the person&apos;s data and dossiers: nothing of theirs is deleted or purged until the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::PersonEditDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name in &amp;Arabic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name in A&amp;rabic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows the version saved by the other agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO-Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immatriculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relati&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hild&apos;s condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regi&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship s&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship e&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban&amp;k account (RIB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::PersonFileDialog</name>
    <message>
        <source>File of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO-Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened under the purpose %1 (CNDP %2). This access is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bene&amp;ficiaries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and o&amp;ppositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier deposited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add beneficiary… (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s file (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected beneficiary&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a month &amp;due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a pa&amp;yment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oppositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by the person to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the consent to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent &quot;%1&quot;? The person is excluded from it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers are seen under the purposes that handle them (AMO, STU, medical control, archives), not under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;losures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclo&amp;sure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmissions of this person&apos;s data to third parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints are read in the complaints section, under the purposes CPL and LEG, not in the member file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit a dossier… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::PersonTableModel</name>
    <message>
        <source>The persons list is not open under the purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::PersonsPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation, CIN or name (Latin or Arabic) — Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n persons shown</numerusform>
        </translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons of %1 only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::PurgePage</name>
    <message>
        <source>persons anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical notes deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of changes deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retention and purge&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpired as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop after this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge-report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the last run (counts only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction &amp;record as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the destruction record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destruction-record.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the checked boxes as destro&amp;yed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive boxes whose every dossier is past its retention and under no legal hold, for physical destruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A purge as of %1 stopped after %n batch(es): Purge… resumes it.</source>
        <translation>
            <numerusform>A purge as of %1 stopped after %n batch: Purge… resumes it.</numerusform>
            <numerusform>A purge as of %1 stopped after %n batches: Purge… resumes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · box %2 · %3 · %n dossier(s)</source>
        <translation>
            <numerusform>%1 · box %2 · %3 · %n dossier</numerusform>
            <numerusform>%1 · box %2 · %3 · %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date the data is expired as of (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship ended on %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 persons would be anonymised; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>%n person would be anonymised.</numerusform>
            <numerusform>%n persons would be anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) whose data expired as of %1, in every table? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n person whose data expired as of %1, in every table? This cannot be undone.</numerusform>
            <numerusform>Anonymise %n persons whose data expired as of %1, in every table? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Purge… resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge done: the report below says what went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge stopped on an error; what was done is kept, and Purge… resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purge has run to its end yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive box has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the boxes that were destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record %n box(es) as destroyed, as the signed record says?</source>
        <translation>
            <numerusform>Record %n box as destroyed, as the signed record says?</numerusform>
            <numerusform>Record %n boxes as destroyed, as the signed record says?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) recorded as destroyed.</source>
        <translation>
            <numerusform>%n box recorded as destroyed.</numerusform>
            <numerusform>%n boxes recorded as destroyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the destruction record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::PurposePage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens of this processing are not part of this version of Guichet yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::ReceiptDialog</name>
    <message>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount more than zero, such as 200 or 200,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::RegistryDialog</name>
    <message>
        <source>Registry of processings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the processing selec&amp;ted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the registry as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the registry as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry entry of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::RightsIntakeDialog</name>
    <message>
        <source>New rights request (law 09-08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the requester is not on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the file when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address or e-mail, for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that proves it (copy of the CIN, birth certificate…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CIN number seen, call-back number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right exercised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immatriculation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processings concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentity checked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take in (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of receipt is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fie&amp;ld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identit&amp;y note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;eived on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guichet::RightsPage</name>
    <message>
        <source>Rectifications asked for under law 09-08, waiting for a second agent&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests whose medical part waits for a medical controller&apos;s review and sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of access, rectification, opposition and deletion (law 09-08): one month to answer, in business days; late ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;answered ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>late by %n business day</numerusform>
            <numerusform>late by %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n late</numerusform>
            <numerusform>, %n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RightsRequestDialog</name>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of the selected part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason, told to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend and write the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;withdraw the consent to direct prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck whether the data may go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and rectify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off the medical part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer, as the letter will say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters sent (Enter prints):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month runs from the identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (extended: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, received %3 by %4&lt;br&gt;Requester: &lt;b&gt;%5&lt;/b&gt; %6 %7&lt;br&gt;Status: &lt;b&gt;%8&lt;/b&gt;%9 — deadline: %10&lt;br&gt;Identity: %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2 on %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;not checked yet&lt;/b&gt;: the request goes no further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical part signed off by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical part appears in the report only once a medical controller signs it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: «%2» asked for; evidence: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a second agent&apos;s approval under REG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and made by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1. A processing that is a legal obligation cannot be opposed: its answer says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused while a retention obligation or a legal hold applies; otherwise the data-protection officer anonymises the person in every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked: the month to answer runs, and a legal hold keeps the requester&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the part to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of %1 is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new deadline is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended to %1; the notice to the requester is kept below: print it or save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition recorded for each processing that allows it; the others are answered as legal obligations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing keeps this person&apos;s data any more: the data-protection officer may delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data cannot be deleted now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will go from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it will go is not known yet: a relationship or a file is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1 in every table? This cannot be undone; the audit log keeps only that it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is anonymised in every table. Answer the requester below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 to «%2» in the member file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified. No recipient received this data: nobody else is to be informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified. Inform of the correction: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the medical part</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n medical item(s) listed will appear in the requester&apos;s access report. Sign them off?</source>
        <translation>
            <numerusform>The %n medical item listed will appear in the requester&apos;s access report. Sign it off?</numerusform>
            <numerusform>The %n medical items listed will appear in the requester&apos;s access report. Sign them off?</numerusform>
        </translation>
    </message>
    <message>
        <source>Medical part signed off: the legal division may send the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer request %1 (%2) and keep the letter? The request is then closed and its legal hold lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered. The letter is kept below: print it or save it as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each processing&apos;s part, and its di&amp;vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (anon&amp;ymise)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer and write the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late by %n business day(s): the deadline was %1.</source>
        <translation>
            <numerusform>Late by %n business day: the deadline was %1.</numerusform>
            <numerusform>Late by %n business days: the deadline was %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet, the back-office of the CNOPS and its mutuelles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database. Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the first window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr, ar or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the central database of a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in a demo agent without a password (demo databases only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guichet:// link (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr, ar or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profile is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
