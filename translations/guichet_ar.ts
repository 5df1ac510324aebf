<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ActImporter</name>
    <message>
        <source>The date from which the tariffs apply is not a valid date.</source>
        <translation>تاريخ سريان التعريفات ليس تاريخا صالحا.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>العمود «%1» ناقص.</translation>
    </message>
    <message>
        <source>The act code is 1 to 20 letters, digits or dashes.</source>
        <translation>رمز العمل من 1 إلى 20 حرفا أو رقما أو شرطة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; the first line is kept.</source>
        <translation>«%1» يظهر مرة ثانية؛ يُحتفظ بالسطر الأول.</translation>
    </message>
    <message>
        <source>No name, or a name over 200 characters.</source>
        <translation>لا اسم، أو اسم يتجاوز 200 حرف.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>صنف «%1» غير معروف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the tariff is not an amount.</source>
        <translation>«%1»: التعريفة ليست مبلغا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the usual quantity is a whole number from 0 (no limit) to 999.</source>
        <translation>«%1»: الكمية المعتادة عدد صحيح من 0 (دون حد) إلى 999.</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>The database is up to date (schema version %1).</source>
        <translation>قاعدة البيانات محيّنة (نسخة المخطط %1).</translation>
    </message>
    <message>
        <source>The database was migrated from schema version %1 to %2.</source>
        <translation>رُحّلت قاعدة البيانات من نسخة المخطط %1 إلى %2.</translation>
    </message>
    <message>
        <source>Demo data is already there; nothing was changed.</source>
        <translation>المعطيات التجريبية موجودة من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Demo data was added.</source>
        <translation>أضيفت المعطيات التجريبية.</translation>
    </message>
    <message>
        <source>Demo agents (password: %1):</source>
        <translation>الأعوان التجريبيون (كلمة المرور: %1):</translation>
    </message>
    <message>
        <source>create-agent needs %1.</source>
        <translation>يحتاج create-agent إلى %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة مرور %1: </translation>
    </message>
    <message>
        <source>Same password again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passwords differ; no agent was created.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُنشأ أي عون.</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>أعط كلمة المرور على المدخل القياسي مع --password-stdin.</translation>
    </message>
    <message>
        <source>Agent %1 created (number %2).</source>
        <translation>أُنشئ العون %1 (رقم %2).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>سجل التدقيق سليم: لم يُفحص أي سطر.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص سطر واحد.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص سطران.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحصت %n أسطر.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص %n سطرا.</numerusform>
            <numerusform>سجل التدقيق سليم: فُحص %n سطر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is NOT intact: %n problem(s) in %1 rows.</source>
        <translation>
            <numerusform>سجل التدقيق غير سليم: لا مشكلة في %1 سطر.</numerusform>
            <numerusform>سجل التدقيق غير سليم: مشكلة واحدة في %1 سطر.</numerusform>
            <numerusform>سجل التدقيق غير سليم: مشكلتان في %1 سطر.</numerusform>
            <numerusform>سجل التدقيق غير سليم: %n مشاكل في %1 سطر.</numerusform>
            <numerusform>سجل التدقيق غير سليم: %n مشكلة في %1 سطر.</numerusform>
            <numerusform>سجل التدقيق غير سليم: %n مشكلة في %1 سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database. Default: %1.</source>
        <translation>ملف SQLite، أو postgresql://user@host:port/database. الافتراضي: %1.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <source>login</source>
        <translation>اسم_المستخدم</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>create-agent: COUNTER, LIQUIDATOR, MEDICAL, LEGAL, DPO, AUDITOR or ADMIN.</source>
        <translation>create-agent: ‏COUNTER أو LIQUIDATOR أو MEDICAL أو LEGAL أو DPO أو AUDITOR أو ADMIN.</translation>
    </message>
    <message>
        <source>create-agent: read the password from standard input.</source>
        <translation>create-agent: قراءة كلمة المرور من المدخل القياسي.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>أمر غير معروف «%1». الأوامر: %2.</translation>
    </message>
    <message>
        <source>deactivate-agent needs --login.</source>
        <translation>يحتاج deactivate-agent إلى ‎--login.</translation>
    </message>
    <message>
        <source>Agent %1 deactivated: it can no longer sign in.</source>
        <translation>عُطّل العون %1: لم يعد بإمكانه تسجيل الدخول.</translation>
    </message>
    <message>
        <source>create-agent, deactivate-agent: the agent&apos;s login.</source>
        <translation>create-agent، deactivate-agent: اسم مستخدم العون.</translation>
    </message>
    <message>
        <source>import-members needs --file and --organisation.</source>
        <translation>يتطلب import-members الخيارين ‎--file و‎--organisation.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>تعذرت قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>Unknown mutuelle &quot;%1&quot;.</source>
        <translation>تعاضدية «%1» غير معروفة.</translation>
    </message>
    <message>
        <source>%1 of %2 lines checked</source>
        <translation>تم فحص %1 من أصل %2 سطر</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing was imported.</source>
        <translation>%1 مشكلة: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Dry run: %1 member(s) and %2 beneficiary(ies) would be imported.</source>
        <translation>تجربة دون تنفيذ: سيُستورد %1 منخرط(ين) و%2 ذا(ذوي) حق.</translation>
    </message>
    <message>
        <source>Imported: %1 member(s) and %2 beneficiary(ies).</source>
        <translation>تم الاستيراد: %1 منخرط(ين) و%2 ذو(ذوي) حق.</translation>
    </message>
    <message>
        <source>create-agent, import-members: CNOPS or a mutuelle&apos;s code (MGPAP, OMFAM, …).</source>
        <translation>create-agent وimport-members: CNOPS أو رمز تعاضدية (MGPAP، OMFAM، …).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>--valid-from takes a date as YYYY-MM-DD.</source>
        <translation>يأخذ ‎--valid-from تاريخا بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Dry run, nothing changed.</source>
        <translation>تجربة دون تنفيذ، لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>تم الاستيراد.</translation>
    </message>
    <message>
        <source>%1 lines read: %2 medicines added, %3 updated, %4 prices from %5, %6 without an active ingredient (kept), %7 lines left out.</source>
        <translation>تمت قراءة %1 سطر: أضيف %2 دواء، وحُدّث %3، و%4 سعر ابتداء من %5، و%6 دون مادة فعالة (محفوظة)، واستُبعد %7 سطر.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>%1 needs --file.</source>
        <translation>يتطلب %1 الخيار ‎--file.</translation>
    </message>
    <message>
        <source>%1 lines read: %2 acts added, %3 updated, %4 tariffs from %5, %6 lines left out.</source>
        <translation>تمت قراءة %1 سطر: أضيف %2 عمل، وحُدّث %3، و%4 تعريفة ابتداء من %5، واستُبعد %6 سطر.</translation>
    </message>
    <message>
        <source>import-members, import-medicines, import-acts: the CSV file (columns in docs/registration.md, docs/reference-data.md).</source>
        <translation>import-members وimport-medicines وimport-acts: ملف CSV (الأعمدة في docs/registration.md وdocs/reference-data.md).</translation>
    </message>
    <message>
        <source>import-medicines, import-acts: the date from which the prices apply (default: today).</source>
        <translation>import-medicines وimport-acts: التاريخ الذي تسري منه الأسعار (افتراضيا: اليوم).</translation>
    </message>
    <message>
        <source>The year is four digits, as 2027.</source>
        <translation>تكتب السنة بأربعة أرقام، مثل 2027.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>مؤقت</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s).</source>
        <translation>
            <numerusform>%n عطلة.</numerusform>
            <numerusform>%n عطلة.</numerusform>
            <numerusform>%n عطلتان.</numerusform>
            <numerusform>%n عطل.</numerusform>
            <numerusform>%n عطلة.</numerusform>
            <numerusform>%n عطلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the holiday&apos;s date with --date YYYY-MM-DD.</source>
        <translation>حدد تاريخ العطلة بـ ‎--date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No holiday on %1.</source>
        <translation>لا عطلة يوم %1.</translation>
    </message>
    <message>
        <source>The holiday of %1 is removed.</source>
        <translation>حُذفت عطلة يوم %1.</translation>
    </message>
    <message>
        <source>The holiday of %1 is recorded.</source>
        <translation>سُجلت عطلة يوم %1.</translation>
    </message>
    <message>
        <source>create-agent: the agent&apos;s full name; set-holiday: the holiday&apos;s name (French).</source>
        <translation>create-agent: الاسم الكامل للعون؛ set-holiday: اسم العطلة (بالفرنسية).</translation>
    </message>
    <message>
        <source>set-holiday: the holiday&apos;s name in Arabic.</source>
        <translation>set-holiday: اسم العطلة بالعربية.</translation>
    </message>
    <message>
        <source>holidays: only the holidays of this year.</source>
        <translation>holidays: عطل هذه السنة فقط.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>set-holiday: an estimated date, to confirm when it is announced.</source>
        <translation>set-holiday: تاريخ تقديري يؤكد عند الإعلان عنه.</translation>
    </message>
    <message>
        <source>Give the date with --date YYYY-MM-DD.</source>
        <translation>أعط التاريخ بـ --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Give --as-of YYYY-MM-DD and --batch between 1 and 100000.</source>
        <translation>أعط --as-of YYYY-MM-DD و--batch بين 1 و100000.</translation>
    </message>
    <message>
        <source>relationship ended %1; %2</source>
        <translation>انتهت العلاقة في %1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run as of %1: %n person(s) would be anonymised; nothing was changed.</source>
        <translation>
            <numerusform>محاكاة بتاريخ %1: سيتم إخفاء هوية %n شخص؛ لم يغير أي شيء.</numerusform>
            <numerusform>محاكاة بتاريخ %1: سيتم إخفاء هوية %n شخص؛ لم يغير أي شيء.</numerusform>
            <numerusform>محاكاة بتاريخ %1: سيتم إخفاء هوية %n شخص؛ لم يغير أي شيء.</numerusform>
            <numerusform>محاكاة بتاريخ %1: سيتم إخفاء هوية %n شخص؛ لم يغير أي شيء.</numerusform>
            <numerusform>محاكاة بتاريخ %1: سيتم إخفاء هوية %n شخص؛ لم يغير أي شيء.</numerusform>
            <numerusform>محاكاة بتاريخ %1: سيتم إخفاء هوية %n شخص؛ لم يغير أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming purge run %1 as of %2 after person %3.</source>
        <translation>استئناف عملية الحذف %1 بتاريخ %2 بعد الشخص %3.</translation>
    </message>
    <message>
        <source>Batch %1: %2 person(s) anonymised, %3 in this run so far.</source>
        <translation>الدفعة %1: إخفاء هوية %2 شخص، %3 في هذه العملية حتى الآن.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>تعذرت كتابة التقرير %1: %2</translation>
    </message>
    <message>
        <source>Purge run %1 as of %2 is done.</source>
        <translation>انتهت عملية الحذف %1 بتاريخ %2.</translation>
    </message>
    <message>
        <source>set-holiday, remove-holiday: the holiday&apos;s date; retention: the day the rules are in force (YYYY-MM-DD).</source>
        <translation>set-holiday, remove-holiday: تاريخ العطلة؛ retention: اليوم الذي تسري فيه القواعد (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>import-members, import-medicines, import-acts: check the whole file, import nothing; purge: list who would be anonymised, change nothing.</source>
        <translation>import-members, import-medicines, import-acts: فحص الملف كله دون استيراد؛ purge: لائحة من ستخفى هويته دون أي تغيير.</translation>
    </message>
    <message>
        <source>purge: the date the retention is counted to (default: today).</source>
        <translation>purge: التاريخ الذي تحسب إليه مدة الحفظ (افتراضيا: اليوم).</translation>
    </message>
    <message>
        <source>purge: persons per transaction (default: 1000).</source>
        <translation>purge: عدد الأشخاص في كل معاملة (افتراضيا: 1000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>purge: write the report of the run, by processing, to this CSV file.</source>
        <translation>purge: كتابة تقرير العملية، حسب المعالجة، في ملف CSV هذا.</translation>
    </message>
    <message>
        <source>Give the person with --immatriculation.</source>
        <translation>أعط الشخص بـ --immatriculation.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit hold(s) lifted.</source>
        <translation>
            <numerusform>رفع %n تجميد تدقيق.</numerusform>
            <numerusform>رفع %n تجميد تدقيق.</numerusform>
            <numerusform>رفع %n تجميد تدقيق.</numerusform>
            <numerusform>رفع %n تجميد تدقيق.</numerusform>
            <numerusform>رفع %n تجميد تدقيق.</numerusform>
            <numerusform>رفع %n تجميد تدقيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data of %1 is held for the audit until the hold is lifted.</source>
        <translation>معطيات %1 مجمدة من أجل التدقيق إلى أن يرفع التجميد.</translation>
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
        <translation>إدارة قاعدة بيانات Guichet.

الأوامر:
  migrate        تحديث المخطط إلى هذه النسخة
  seed-demo      إضافة موظفين وأشخاص للعرض (قواعد العرض فقط)
  create-agent   إنشاء موظف: --login, --name, --organisation, --role
  deactivate-agent  تعطيل موظف: --login
  import-members تسجيل منخرطين من ملف CSV: --file, --organisation [--dry-run]
  import-medicines استيراد لائحة الأدوية: --file [--valid-from YYYY-MM-DD] [--dry-run]
  import-acts    استيراد الأعمال وتعريفاتها المرجعية: --file [--valid-from YYYY-MM-DD] [--dry-run]
  verify-audit   التحقق من تسلسل سجل التدقيق
  holidays       لائحة العطل في تقويم أيام العمل [--year YYYY]
  set-holiday    إضافة عطلة أو تصحيحها: --date, --name [--name-ar] [--provisional]
  remove-holiday حذف عطلة: --date
  retention      لائحة قواعد الحفظ السارية [--date YYYY-MM-DD]
  purge          إخفاء هوية ما لم تعد قواعد الحفظ تحتفظ به [--as-of YYYY-MM-DD] [--dry-run]
                 [--batch N] [--report FILE.csv]؛ تستأنف العملية المنقطعة
  hold           تجميد معطيات شخص من أجل تدقيق: --immatriculation, --reason
  lift-hold      رفع تجميدات التدقيق عن شخص: --immatriculation</translation>
    </message>
    <message>
        <source>migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold</source>
        <translation>migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold أو lift-hold</translation>
    </message>
    <message>
        <source>hold, lift-hold: the person&apos;s immatriculation.</source>
        <translation>hold, lift-hold: رقم تسجيل الشخص.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>hold: the audit that holds the data.</source>
        <translation>hold: التدقيق الذي يجمد المعطيات.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Name one command: migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold.</source>
        <translation>اذكر أمرا واحدا: migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold أو lift-hold.</translation>
    </message>
</context>
<context>
    <name>AgentRepository</name>
    <message>
        <source>The full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>An agent with the login &quot;%1&quot; already exists.</source>
        <translation>يوجد عون باسم المستخدم «%1».</translation>
    </message>
    <message>
        <source>Unknown organisation &quot;%1&quot;.</source>
        <translation>هيئة غير معروفة «%1».</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>دور غير معروف «%1».</translation>
    </message>
    <message>
        <source>No agent has the login &quot;%1&quot;.</source>
        <translation>لا يوجد عون باسم المستخدم «%1».</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The recorded values %1 belong to no row of the log.</source>
        <translation>القيم المسجلة %1 لا تنتمي إلى أي سطر من السجل.</translation>
    </message>
    <message>
        <source>The old and new values recorded for row %1 were altered.</source>
        <translation>تم تحريف القيم القديمة والجديدة المسجلة للسطر %1.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Row %1 was altered: its content no longer matches its hash.</source>
        <translation>عُدّل السطر %1: لم يعد محتواه يطابق بصمته.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were removed.</source>
        <translation>حُذفت الأسطر من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Row %1 was inserted: it is not part of the chain.</source>
        <translation>أُقحم السطر %1: ليس جزءا من السلسلة.</translation>
    </message>
    <message>
        <source>The chain is broken before row %1: a row was removed or replaced.</source>
        <translation>السلسلة مقطوعة قبل السطر %1: حُذف سطر أو استُبدل.</translation>
    </message>
    <message>
        <source>Row %1 was renumbered.</source>
        <translation>أعيد ترقيم السطر %1.</translation>
    </message>
    <message>
        <source>The head record of the log is missing.</source>
        <translation>قيد رأس السجل مفقود.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 at the end of the log were removed.</source>
        <translation>حُذفت الأسطر من %1 إلى %2 في آخر السجل.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 were added behind the log&apos;s back.</source>
        <translation>أضيفت الأسطر من %1 إلى %2 خفية عن السجل.</translation>
    </message>
    <message>
        <source>Row %1, the newest, does not match the recorded head of the log.</source>
        <translation>السطر %1، وهو الأحدث، لا يطابق رأس السجل المسجل.</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيح.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>A holiday needs a valid date (YYYY-MM-DD).</source>
        <translation>تتطلب العطلة تاريخا صحيحا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>A holiday needs a name.</source>
        <translation>تتطلب العطلة اسما.</translation>
    </message>
    <message>
        <source>A holiday&apos;s name has at most %1 characters.</source>
        <translation>لا يتجاوز اسم العطلة %1 حرفا.</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Complaints are taken in and handled under the purpose CPL only.</source>
        <translation>لا تُتلقى الشكايات ولا تعالج إلا في إطار الغاية CPL.</translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation>أدخل تاريخ تلقي الشكاية.</translation>
    </message>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation>لا يمكن أن تُتلقى شكاية في المستقبل.</translation>
    </message>
    <message>
        <source>A complaint received more than a year ago cannot be taken in: check the date.</source>
        <translation>لا يمكن تسجيل شكاية تُلقيت منذ أكثر من سنة: تحقق من التاريخ.</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>صف الشكاية.</translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation>لا يتجاوز الوصف %1 حرفا.</translation>
    </message>
    <message>
        <source>The contact has at most %1 characters.</source>
        <translation>لا تتجاوز وسيلة الاتصال %1 حرفا.</translation>
    </message>
    <message>
        <source>A complaint has at most %1 attachments.</source>
        <translation>لا تتجاوز مرفقات الشكاية %1.</translation>
    </message>
    <message>
        <source>Each attachment needs a file name of at most %1 characters.</source>
        <translation>يتطلب كل مرفق اسم ملف لا يتجاوز %1 حرفا.</translation>
    </message>
    <message>
        <source>The attachment %1 is empty.</source>
        <translation>المرفق %1 فارغ.</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MB.</source>
        <translation>المرفق %1 أكبر من %2 ميغابايت.</translation>
    </message>
    <message>
        <source>Someone not on file has no member file: choose member or beneficiary.</source>
        <translation>الشخص غير المسجل ليس له ملف: اختر منخرطا أو ذا حق.</translation>
    </message>
    <message>
        <source>Enter the name of the person who complains.</source>
        <translation>أدخل اسم صاحب الشكاية.</translation>
    </message>
    <message>
        <source>The name has at most %1 characters.</source>
        <translation>لا يتجاوز الاسم %1 حرفا.</translation>
    </message>
    <message>
        <source>Choose the member or beneficiary who complains.</source>
        <translation>اختر المنخرط أو ذا الحق صاحب الشكاية.</translation>
    </message>
    <message>
        <source>This person is a member, not a beneficiary.</source>
        <translation>هذا الشخص منخرط وليس ذا حق.</translation>
    </message>
    <message>
        <source>This person is a beneficiary, not a member.</source>
        <translation>هذا الشخص ذو حق وليس منخرطا.</translation>
    </message>
    <message>
        <source>Choose the category of the complaint.</source>
        <translation>اختر صنف الشكاية.</translation>
    </message>
    <message>
        <source>No dossier %1 in this mutuelle.</source>
        <translation>لا يوجد ملف %1 في هذه التعاضدية.</translation>
    </message>
    <message>
        <source>Complaints cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>لا تُفتح الشكايات في إطار الغاية «%1».</translation>
    </message>
    <message>
        <source>This complaint does not exist or is not yours to open.</source>
        <translation>هذه الشكاية غير موجودة أو لا يحق لك فتحها.</translation>
    </message>
    <message>
        <source>The complaint has no attachment %1.</source>
        <translation>ليس للشكاية مرفق %1.</translation>
    </message>
    <message>
        <source>Someone else changed this complaint meanwhile: open it again.</source>
        <translation>غيّر شخص آخر هذه الشكاية في الأثناء: افتحها من جديد.</translation>
    </message>
    <message>
        <source>Say what the member is asked for.</source>
        <translation>حدد ما يُطلب من المنخرط.</translation>
    </message>
    <message>
        <source>The reason has at most %1 characters.</source>
        <translation>لا يتجاوز السبب %1 حرفا.</translation>
    </message>
    <message>
        <source>Only a complaint being handled can wait for the member.</source>
        <translation>لا يمكن أن تنتظر المنخرط إلا شكاية قيد المعالجة.</translation>
    </message>
    <message>
        <source>This complaint is not waiting for the member.</source>
        <translation>هذه الشكاية لا تنتظر المنخرط.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>اكتب الملاحظة.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>لا تتجاوز الملاحظة %1 حرفا.</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>تكفل بها %1</translation>
    </message>
    <message>
        <source>Say why the complaint goes to another division.</source>
        <translation>بيّن سبب إحالة الشكاية على قسم آخر.</translation>
    </message>
    <message>
        <source>Choose the division.</source>
        <translation>اختر القسم.</translation>
    </message>
    <message>
        <source>A closed complaint is reopened before it moves.</source>
        <translation>تُعاد فتح الشكاية المغلقة قبل إحالتها.</translation>
    </message>
    <message>
        <source>The complaint is already with this division.</source>
        <translation>الشكاية لدى هذا القسم أصلا.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>إلى %1: %2</translation>
    </message>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>لا يتجاوز النص %1 حرفا.</translation>
    </message>
    <message>
        <source>Write the answer.</source>
        <translation>اكتب الرد.</translation>
    </message>
    <message>
        <source>Only a complaint being handled is answered (resume it first if it waits).</source>
        <translation>لا يُرد إلا على شكاية قيد المعالجة (استأنفها أولا إن كانت في الانتظار).</translation>
    </message>
    <message>
        <source>Write the resolution.</source>
        <translation>اكتب الحل.</translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation>هذه الشكاية مغلقة أصلا.</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>بيّن سبب إعادة فتح الشكاية.</translation>
    </message>
    <message>
        <source>Only a closed complaint is reopened.</source>
        <translation>لا يعاد فتح إلا شكاية مغلقة.</translation>
    </message>
</context>
<context>
    <name>ComplaintStatistics</name>
    <message>
        <source>The complaints dashboard cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>لا يمكن فتح لوحة قيادة الشكايات في إطار الغرض «%1».</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Call centre</source>
        <translation>مركز النداء</translation>
    </message>
    <message>
        <source>Online portal</source>
        <translation>البوابة الإلكترونية</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>الشباك</translation>
    </message>
    <message>
        <source>E-mail to a division</source>
        <translation>بريد إلكتروني إلى قسم</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Waiting for the member</source>
        <translation>في انتظار المنخرط</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>منخرط</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>ذو حق</translation>
    </message>
    <message>
        <source>Someone not on file</source>
        <translation>شخص غير مسجل</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>أعط الملف التعريفي اسما.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>أدخل اسم الخادم أو عنوانه.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>أدخل اسم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Names have at most %1 characters.</source>
        <translation>الحد الأقصى لعدد أحرف الأسماء هو %1.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>المنفذ عدد من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation>نمط TLS غير معروف «%1».</translation>
    </message>
</context>
<context>
    <name>ConnectionSpecParser</name>
    <message>
        <source>No database was given.</source>
        <translation>لم تُحدد أي قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The database file name is empty.</source>
        <translation>اسم ملف قاعدة البيانات فارغ.</translation>
    </message>
    <message>
        <source>Unknown database address &quot;%1&quot;: use a file path or postgresql://user@host:port/database.</source>
        <translation>عنوان قاعدة بيانات غير معروف «%1»: استعمل مسار ملف أو postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database address is malformed: %1</source>
        <translation>عنوان قاعدة البيانات غير سليم: %1</translation>
    </message>
    <message>
        <source>The database address has no server name.</source>
        <translation>عنوان قاعدة البيانات بدون اسم خادم.</translation>
    </message>
    <message>
        <source>The port of the database address is not valid.</source>
        <translation>منفذ عنوان قاعدة البيانات غير صالح.</translation>
    </message>
    <message>
        <source>The database address must name one database, as in postgresql://host/guichet.</source>
        <translation>يجب أن يسمي العنوان قاعدة بيانات واحدة، مثل postgresql://host/guichet.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>قيمة sslmode غير معروفة «%1».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database address.</source>
        <translation>خيار غير معروف «%1» في عنوان قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <source>The month is not a valid date.</source>
        <translation>الشهر ليس تاريخا صالحا.</translation>
    </message>
    <message>
        <source>An income cannot be negative.</source>
        <translation>لا يمكن أن يكون الدخل سالبا.</translation>
    </message>
    <message>
        <source>No contribution rule is in force for %1.</source>
        <translation>لا توجد قاعدة اشتراك سارية بالنسبة لـ %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is followed by something other than a separator.</source>
        <translation>حقل بين علامتي تنصيص يليه شيء غير الفاصل.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>حقل بين علامتي تنصيص غير مغلق.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفا.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>تعذر فتح ملف قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Guichet database. It was left untouched: restore it from a backup or choose another file.</source>
        <translation>الملف %1 تالف أو ليس قاعدة بيانات Guichet. لم يُمس: استرجعه من نسخة احتياطية أو اختر ملفا آخر.</translation>
    </message>
    <message>
        <source>The server %1 refused the login or password.</source>
        <translation>رفض الخادم %1 اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>The server %1 has no database or login by that name.</source>
        <translation>لا توجد في الخادم %1 قاعدة بيانات أو اسم مستخدم بهذا الاسم.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1 on port %2. Check the network and the server, then try again.</source>
        <translation>تعذر الوصول إلى خادم قاعدة البيانات %1 على المنفذ %2. تحقق من الشبكة والخادم ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The connection to the database was lost. Nothing was saved; try again when it is back.</source>
        <translation>انقطع الاتصال بقاعدة البيانات. لم يُحفظ شيء؛ أعد المحاولة عند عودته.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Guichet database. It was left untouched.</source>
        <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات Guichet. لم يُمس.</translation>
    </message>
    <message>
        <source>The database refused this operation for your role.</source>
        <translation>رفضت قاعدة البيانات هذه العملية لدورك.</translation>
    </message>
    <message>
        <source>The database could not %1.</source>
        <translation>تعذر على قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>تحضير استعلام</translation>
    </message>
    <message>
        <source>run a statement</source>
        <translation>تنفيذ استعلام</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>بدء معاملة</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>حفظ التعديل</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>create the demo persons</source>
        <translation>إنشاء الأشخاص التجريبيين</translation>
    </message>
    <message>
        <source>This database already holds agents or persons: demo data goes into an empty database only.</source>
        <translation>تحتوي هذه القاعدة على أعوان أو أشخاص: لا تُضاف المعطيات التجريبية إلا إلى قاعدة فارغة.</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Registration and contributions</source>
        <translation>تدبير التسجيل والاشتراكات</translation>
    </message>
    <message>
        <source>Liquidation and payment of AMO-Public ambulatory dossiers</source>
        <translation>تصفية وأداء ملفات العلاجات الخارجية للتأمين الإجباري الأساسي عن المرض - القطاع العام</translation>
    </message>
    <message>
        <source>Liquidation and payment of students&apos; ambulatory dossiers</source>
        <translation>تصفية وأداء ملفات العلاجات الخارجية للطلبة</translation>
    </message>
    <message>
        <source>Liquidation and payment of third-party payment invoices</source>
        <translation>تصفية وأداء فواتير الثالث المؤدي</translation>
    </message>
    <message>
        <source>Archives of the CNOPS</source>
        <translation>تدبير الأرشيف على مستوى الصندوق الوطني لمنظمات الاحتياط الاجتماعي</translation>
    </message>
    <message>
        <source>Archives of ambulatory dossiers at the mutuelles</source>
        <translation>تدبير أرشيف ملفات العلاجات الخارجية على مستوى التعاضديات</translation>
    </message>
    <message>
        <source>Medical control of ambulatory dossiers at the mutuelles</source>
        <translation>المراقبة الطبية لملفات العلاجات الخارجية على مستوى التعاضديات</translation>
    </message>
    <message>
        <source>Medical control at the CNOPS</source>
        <translation>المراقبة الطبية على مستوى الصندوق الوطني لمنظمات الاحتياط الاجتماعي</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>تدبير الشكايات</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>تدبير الموارد البشرية</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>تدبير الموردين</translation>
    </message>
    <message>
        <source>Legal affairs and litigation</source>
        <translation>تدبير الشؤون القانونية والمنازعات</translation>
    </message>
    <message>
        <source>Audit and control of the processings</source>
        <translation>افتحاص ومراقبة المعالجات</translation>
    </message>
    <message>
        <source>Online tracking of dossiers</source>
        <translation>تتبع الملفات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>المراقبة بالفيديو</translation>
    </message>
    <message>
        <source>Counter agent</source>
        <translation>موظف الشباك</translation>
    </message>
    <message>
        <source>Liquidator</source>
        <translation>مصفي الملفات</translation>
    </message>
    <message>
        <source>Medical controller</source>
        <translation>الطبيب المراقب</translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation>الإطار القانوني</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>مندوب حماية المعطيات الشخصية</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>المدقق</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>DossierDocuments</name>
    <message>
        <source>Dossier deposit receipt</source>
        <translation>وصل إيداع ملف</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>المنخرط:</translation>
    </message>
    <message>
        <source>Immatriculation:</source>
        <translation>رقم التسجيل:</translation>
    </message>
    <message>
        <source>Beneficiary:</source>
        <translation>المستفيد:</translation>
    </message>
    <message>
        <source>Date of care:</source>
        <translation>تاريخ العلاجات:</translation>
    </message>
    <message>
        <source>Deposited on:</source>
        <translation>تاريخ الإيداع:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>المستلم:</translation>
    </message>
    <message>
        <source>Lines of care:</source>
        <translation>أسطر العلاجات:</translation>
    </message>
    <message>
        <source>Payment expected by %1.</source>
        <translation>الأداء متوقع في أجل أقصاه %1.</translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation>قُبل الإيداع المتأخر: %1</translation>
    </message>
    <message>
        <source>Keep this receipt: its number is asked for any question about the dossier.</source>
        <translation>احتفظوا بهذا الوصل: يُطلب رقمه عند كل استفسار بشأن الملف.</translation>
    </message>
    <message>
        <source>Deposit receipt %1</source>
        <translation>وصل الإيداع %1</translation>
    </message>
    <message>
        <source>Immatriculation: %1</source>
        <translation>رقم التسجيل: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Subject: incomplete dossier %1</source>
        <translation>الموضوع: ملف ناقص %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>السيد(ة) %1،</translation>
    </message>
    <message>
        <source>The dossier %1 that you deposited on %2 for the care of %3 on %4 is incomplete. It cannot be processed until the following documents are brought to the counter:</source>
        <translation>الملف %1 الذي أودعتموه بتاريخ %2 بشأن علاجات %3 بتاريخ %4 ناقص. ولا يمكن معالجته إلا بعد الإدلاء بالوثائق التالية لدى الشباك:</translation>
    </message>
    <message>
        <source>Please bring them to the counter together with this letter. Your dossier keeps its number and its deposit date.</source>
        <translation>يرجى الإدلاء بها لدى الشباك مرفقة بهذه الرسالة. يحتفظ ملفكم برقمه وتاريخ إيداعه.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>وتفضلوا بقبول فائق التقدير والاحترام.</translation>
    </message>
    <message>
        <source>Incomplete dossier %1</source>
        <translation>ملف ناقص %1</translation>
    </message>
    <message>
        <source>Payment batch %1</source>
        <translation>دفعة الأداء %1</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>أنشأه:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>المستفيد من الأداء</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Number of payments:</source>
        <translation>عدد الأداءات:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>المجموع:</translation>
    </message>
    <message>
        <source>Control sum:</source>
        <translation>مجموع المراقبة:</translation>
    </message>
    <message>
        <source>Warning: the lines add up to %1, not to the total.</source>
        <translation>تنبيه: مجموع الأسطر %1، وهو لا يساوي المجموع الإجمالي.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>التوقيع:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>Checked and approved by</source>
        <translation>راجعه وصادق عليه</translation>
    </message>
    <message>
        <source>Archive box %1</source>
        <translation>علبة الأرشيف %1</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Dossiers:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>تاريخ الطبع:</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>تاريخ العلاجات</translation>
    </message>
    <message>
        <source>Deposited on</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Total billed:</source>
        <translation>المجموع المفوتر:</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>Dossiers are deposited, entered, liquidated and paid under the purposes AMO and STU only.</source>
        <translation>لا تُودع الملفات ولا تُدخل ولا تُصفّى ولا تُؤدى إلا تحت الغايتين AMO وSTU.</translation>
    </message>
    <message>
        <source>Scan or type the dossier&apos;s number.</source>
        <translation>امسح رقم الملف ضوئيا أو اكتبه.</translation>
    </message>
    <message>
        <source>A dossier number has at most %1 letters, digits, dashes or slashes.</source>
        <translation>يتكون رقم الملف من %1 حرفا أو رقما أو شرطة أو خطا مائلا على الأكثر.</translation>
    </message>
    <message>
        <source>The care is more than %1 days old: the deposit is refused unless a supervisor records a justification.</source>
        <translation>مضى على العلاجات أكثر من %1 يوما: يُرفض الإيداع ما لم يسجل مشرف مبررا.</translation>
    </message>
    <message>
        <source>Only a supervisor can accept a deposit more than %1 days after the care.</source>
        <translation>لا يمكن إلا للمشرف قبول إيداع بعد مرور أكثر من %1 يوما على العلاجات.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation>ملف هذا الشخص غير موجود أو لا يحق لك فتحه.</translation>
    </message>
    <message>
        <source>This person is in the regime %1: the dossier is deposited under that purpose.</source>
        <translation>هذا الشخص تابع للنظام %1: يُودع الملف تحت هذه الغاية.</translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation>قُبل الإيداع المتأخر: %1</translation>
    </message>
    <message>
        <source>Dossiers cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>لا تُفتح الملفات تحت الغاية «%1».</translation>
    </message>
    <message>
        <source>This dossier does not exist or is not yours to open.</source>
        <translation>هذا الملف غير موجود أو لا يحق لك فتحه.</translation>
    </message>
    <message>
        <source>This dossier is in the regime %1: open it under that purpose.</source>
        <translation>هذا الملف تابع للنظام %1: افتحه تحت هذه الغاية.</translation>
    </message>
    <message>
        <source>This dossier does not exist or is not yours to change.</source>
        <translation>هذا الملف غير موجود أو لا يحق لك تعديله.</translation>
    </message>
    <message>
        <source>Dossier %1 was changed by someone else meanwhile: reopen it to see the change.</source>
        <translation>عدّل شخص آخر الملف %1 في الأثناء: أعد فتحه لرؤية التعديل.</translation>
    </message>
    <message>
        <source>Dossier %1 is &quot;%2&quot;: this cannot be done now.</source>
        <translation>الملف %1 في وضعية «%2»: لا يمكن القيام بهذا الآن.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>لا يمكن أن ينتقل الملف %1 من «%2» إلى «%3».</translation>
    </message>
    <message>
        <source>A dossier has at most %1 lines.</source>
        <translation>يتضمن الملف %1 سطرا على الأكثر.</translation>
    </message>
    <message>
        <source>Line %1: type an act code or a medicine.</source>
        <translation>السطر %1: أدخل رمز عمل أو دواء.</translation>
    </message>
    <message>
        <source>Line %1: the provider&apos;s INPE code is nine digits.</source>
        <translation>السطر %1: يتكون رمز INPE لمقدم العلاجات من تسعة أرقام.</translation>
    </message>
    <message>
        <source>Line %1: the quantity is between 1 and %2.</source>
        <translation>السطر %1: الكمية بين 1 و%2.</translation>
    </message>
    <message>
        <source>Line %1: the amount billed is not possible.</source>
        <translation>السطر %1: المبلغ المفوتر غير مقبول.</translation>
    </message>
    <message>
        <source>List what is missing from the dossier.</source>
        <translation>اذكر ما ينقص الملف.</translation>
    </message>
    <message>
        <source>Missing documents brought</source>
        <translation>تم الإدلاء بالوثائق الناقصة</translation>
    </message>
    <message>
        <source>Dossier %1 has no line: enter its acts and medicines first.</source>
        <translation>الملف %1 بدون أي سطر: أدخل أولا أعماله وأدويته.</translation>
    </message>
    <message>
        <source>Medical control works under the purposes MCM and MCC only.</source>
        <translation>لا تتم المراقبة الطبية إلا تحت الغايتين MCM وMCC.</translation>
    </message>
    <message>
        <source>Another controller has taken dossier %1.</source>
        <translation>أخذ مراقب آخر الملف %1.</translation>
    </message>
    <message>
        <source>A review names a line that is not in this dossier.</source>
        <translation>تشير المراجعة إلى سطر غير موجود في هذا الملف.</translation>
    </message>
    <message>
        <source>Give a reason for every line adjusted or rejected.</source>
        <translation>اذكر سببا لكل سطر معدّل أو مرفوض.</translation>
    </message>
    <message>
        <source>An adjusted line allows at most what was billed.</source>
        <translation>لا يتجاوز المقبول في سطر معدّل ما تمت فوترته.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;.</source>
        <translation>سبب غير معروف «%1».</translation>
    </message>
    <message>
        <source>Review every line of the dossier.</source>
        <translation>راجع كل أسطر الملف.</translation>
    </message>
    <message>
        <source>%1 accepted, %2 adjusted, %3 rejected</source>
        <translation>المقبولة: %1، المعدّلة: %2، المرفوضة: %3</translation>
    </message>
    <message>
        <source>The period is a month, as YYYY-MM.</source>
        <translation>الفترة شهر، بصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>A batch cannot be made for a month to come.</source>
        <translation>لا يمكن إعداد دفعة لشهر قادم.</translation>
    </message>
    <message>
        <source>No liquidated dossier with a valid RIB is waiting for payment up to %1.</source>
        <translation>لا يوجد أي ملف مصفّى برقم RIB صالح في انتظار الأداء إلى غاية %1.</translation>
    </message>
    <message>
        <source>This payment batch does not exist or is not yours.</source>
        <translation>دفعة الأداء هذه غير موجودة أو ليست من اختصاصك.</translation>
    </message>
    <message>
        <source>Batch %1 is already paid.</source>
        <translation>الدفعة %1 مؤداة من قبل.</translation>
    </message>
    <message>
        <source>Paper dossiers are archived under the purposes ARM and ARC only.</source>
        <translation>لا تُؤرشف الملفات الورقية إلا تحت الغايتين ARM وARC.</translation>
    </message>
    <message>
        <source>Type the box&apos;s number.</source>
        <translation>أدخل رقم العلبة.</translation>
    </message>
    <message>
        <source>Archived in box %1</source>
        <translation>مؤرشف في العلبة %1</translation>
    </message>
    <message>
        <source>There is no box %1.</source>
        <translation>لا توجد العلبة %1.</translation>
    </message>
    <message>
        <source>Line %1: %2 is neither an act of the nomenclature nor a medicine of the reference list.</source>
        <translation>السطر %1: %2 ليس عملا من المصنفة ولا دواء من اللائحة المرجعية.</translation>
    </message>
    <message>
        <source>Say why the dossier is rejected: the member will be told.</source>
        <translation>بيّن سبب رفض الملف: سيُبلَّغ المنخرط بذلك.</translation>
    </message>
    <message>
        <source>Box %1 is new: give the place it is kept in.</source>
        <translation>العلبة %1 جديدة: حدّد المكان الذي تُحفظ فيه.</translation>
    </message>
    <message>
        <source>This is not the work of your role under the purpose %1: each stage of a dossier is done by the agents whose work it is.</source>
        <translation>هذا ليس من عمل دوركم في إطار الغاية %1: كل مرحلة من مراحل الملف يقوم بها الأعوان المكلفون بها.</translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message>
        <source>Being entered</source>
        <translation>قيد الإدخال</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>Medical control</source>
        <translation>المراقبة الطبية</translation>
    </message>
    <message>
        <source>To liquidate</source>
        <translation>في انتظار التصفية</translation>
    </message>
    <message>
        <source>Liquidated</source>
        <translation>مُصفّى</translation>
    </message>
    <message>
        <source>In a payment batch</source>
        <translation>ضمن دفعة أداء</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مؤدى</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>The date of care is not a valid date.</source>
        <translation>تاريخ العلاجات ليس تاريخا صالحا.</translation>
    </message>
    <message>
        <source>The date of care cannot be after today.</source>
        <translation>لا يمكن أن يكون تاريخ العلاجات بعد اليوم.</translation>
    </message>
    <message>
        <source>The date of care cannot be before %1.</source>
        <translation>لا يمكن أن يكون تاريخ العلاجات قبل %1.</translation>
    </message>
    <message>
        <source>The date of care is before the beneficiary&apos;s birth (%1).</source>
        <translation>تاريخ العلاجات سابق لتاريخ ازدياد المستفيد (%1).</translation>
    </message>
</context>
<context>
    <name>EmbeddedAuthenticator</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيح.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask your administrator.</source>
        <translation>هذا الحساب معطل. اتصل بالمسؤول.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>كلمات مرور خاطئة كثيرة: هذا الحساب مقفل حتى %1.</translation>
    </message>
    <message>
        <source>Signing in without a password works only for the demo agents of a demo database.</source>
        <translation>تسجيل الدخول بدون كلمة مرور متاح فقط للأعوان التجريبيين في قاعدة بيانات تجريبية.</translation>
    </message>
    <message>
        <source>Your role does not hold the purpose %1.</source>
        <translation>دورك لا يملك الغاية %1.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation>تعذرت حماية كلمة المرور (ذاكرة غير كافية). لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>Entitlement</name>
    <message>
        <source>Entitled to benefits; %1 of contributions not yet received.</source>
        <translation>له الحق في الخدمات؛ %1 من الاشتراكات لم تُستلم بعد.</translation>
    </message>
    <message>
        <source>Entitled to benefits.</source>
        <translation>له الحق في الخدمات.</translation>
    </message>
    <message>
        <source>Not entitled: the relationship has not started yet.</source>
        <translation>لا حق في الخدمات: العلاقة لم تبدأ بعد.</translation>
    </message>
    <message>
        <source>Not entitled: the relationship has ended.</source>
        <translation>لا حق في الخدمات: انتهت العلاقة.</translation>
    </message>
    <message>
        <source>Benefits suspended: %1 of contributions unpaid since %2.</source>
        <translation>الخدمات موقوفة: %1 من الاشتراكات غير مؤداة منذ %2.</translation>
    </message>
    <message>
        <source>Not entitled: the child is over the age limit.</source>
        <translation>لا حق في الخدمات: تجاوز الطفل حد السن.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>Enter your login.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>A login has at most %1 characters.</source>
        <translation>الحد الأقصى لعدد أحرف اسم المستخدم هو %1.</translation>
    </message>
    <message>
        <source>A login uses only lower-case letters, digits, dots, dashes and underscores.</source>
        <translation>لا يتكون اسم المستخدم إلا من حروف لاتينية صغيرة وأرقام ونقط وشرطات وشرطات سفلية.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 إلزامي.</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>الحد الأقصى لعدد أحرف %1 هو %2.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character.</source>
        <translation>يحتوي %1 على حرف تحكم غير مرئي.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>الحد الأدنى لعدد أحرف كلمة المرور هو %1.</translation>
    </message>
    <message>
        <source>The password has at most %1 characters.</source>
        <translation>الحد الأقصى لعدد أحرف كلمة المرور هو %1.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>A login cannot start with &quot;p_&quot; or &quot;pg_&quot;.</source>
        <translation>لا يمكن أن يبدأ اسم المستخدم بـ «p_» أو «pg_».</translation>
    </message>
    <message>
        <source>A phone number is 10 digits starting with 05, 06, 07 or 08 (or +212 and 9 digits).</source>
        <translation>رقم الهاتف 10 أرقام تبدأ بـ 05 أو 06 أو 07 أو 08 (أو ‎+212 و9 أرقام).</translation>
    </message>
    <message>
        <source>The e-mail address is not valid (name@domain.ma).</source>
        <translation>عنوان البريد الإلكتروني غير صالح (name@domain.ma).</translation>
    </message>
    <message>
        <source>The address has at most %1 characters.</source>
        <translation>العنوان لا يتجاوز %1 حرفا.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character.</source>
        <translation>العنوان يحتوي على حرف تحكم غير مرئي.</translation>
    </message>
    <message>
        <source>A CIN is one or two capital letters followed by up to six digits, as in AB123456.</source>
        <translation>رقم البطاقة الوطنية حرف أو حرفان كبيران يليهما ستة أرقام على الأكثر، مثل AB123456.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain does not answer.</source>
        <translation>خزانة مفاتيح النظام لا تجيب.</translation>
    </message>
    <message>
        <source>The system keychain is not available: type the password.</source>
        <translation>خزانة مفاتيح النظام غير متاحة: اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>فشلت خزانة مفاتيح النظام: %1</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Mr</source>
        <translation>السيد</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>السيدة</translation>
    </message>
    <message>
        <source>Madam, Sir</source>
        <translation>سيدتي، سيدي</translation>
    </message>
    <message>
        <source>Sir</source>
        <translation>سيدي</translation>
    </message>
    <message>
        <source>Madam</source>
        <translation>سيدتي</translation>
    </message>
</context>
<context>
    <name>LitigationRepository</name>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>يتضمن النص %1 حرفا على الأكثر.</translation>
    </message>
    <message>
        <source>Litigation cases are handled under the purpose LEG only.</source>
        <translation>تعالج القضايا في إطار الغرض LEG فقط.</translation>
    </message>
    <message>
        <source>Enter the court.</source>
        <translation>أدخل المحكمة.</translation>
    </message>
    <message>
        <source>Enter the court&apos;s case number.</source>
        <translation>أدخل رقم الملف لدى المحكمة.</translation>
    </message>
    <message>
        <source>Enter the parties.</source>
        <translation>أدخل الأطراف.</translation>
    </message>
    <message>
        <source>The subject has at most %1 characters.</source>
        <translation>يتضمن الموضوع %1 حرفا على الأكثر.</translation>
    </message>
    <message>
        <source>No complaint %1 in this mutuelle.</source>
        <translation>لا توجد شكاية %1 في هذه التعاضدية.</translation>
    </message>
    <message>
        <source>The requester of complaint %1 is not on file: open the case for the member by immatriculation.</source>
        <translation>صاحب الشكاية %1 غير مسجل: افتح القضية للمنخرط برقم تسجيله.</translation>
    </message>
    <message>
        <source>Enter the complaint or the immatriculation of the person concerned.</source>
        <translation>أدخل الشكاية أو رقم تسجيل الشخص المعني.</translation>
    </message>
    <message>
        <source>Nobody with the immatriculation %1 in this mutuelle.</source>
        <translation>لا أحد برقم التسجيل %1 في هذه التعاضدية.</translation>
    </message>
    <message>
        <source>The case %1 of %2 is already recorded.</source>
        <translation>القضية %1 لدى %2 مسجلة من قبل.</translation>
    </message>
    <message>
        <source>Case %1 before %2</source>
        <translation>القضية %1 أمام %2</translation>
    </message>
    <message>
        <source>This case does not exist or is not yours to open.</source>
        <translation>هذه القضية غير موجودة أو لا يحق لك فتحها.</translation>
    </message>
    <message>
        <source>Someone else changed or closed this case meanwhile: open it again.</source>
        <translation>غير شخص آخر هذه القضية أو أغلقها في الأثناء: افتحها من جديد.</translation>
    </message>
    <message>
        <source>Enter the date and time of the hearing.</source>
        <translation>أدخل تاريخ الجلسة وساعتها.</translation>
    </message>
    <message>
        <source>A hearing is within five years of today: check the date.</source>
        <translation>تنعقد الجلسة في حدود خمس سنوات من اليوم: تحقق من التاريخ.</translation>
    </message>
    <message>
        <source>Courts do not sit on %1: it is not a business day.</source>
        <translation>لا تنعقد المحاكم يوم %1: ليس يوم عمل.</translation>
    </message>
    <message>
        <source>The reminder comes 0 to 60 business days before the hearing.</source>
        <translation>يأتي التذكير قبل الجلسة بما بين 0 و60 يوم عمل.</translation>
    </message>
    <message>
        <source>The purpose of the hearing has at most %1 characters.</source>
        <translation>يتضمن موضوع الجلسة %1 حرفا على الأكثر.</translation>
    </message>
    <message>
        <source>Write what came of the hearing.</source>
        <translation>اكتب ما أسفرت عنه الجلسة.</translation>
    </message>
    <message>
        <source>Choose a hearing of this case.</source>
        <translation>اختر جلسة من جلسات هذه القضية.</translation>
    </message>
    <message>
        <source>The outcome of a hearing is recorded once it has taken place.</source>
        <translation>تسجل نتيجة الجلسة بعد انعقادها.</translation>
    </message>
    <message>
        <source>Write the outcome of the case.</source>
        <translation>اكتب مآل القضية.</translation>
    </message>
    <message>
        <source>Audit holds are placed and lifted under the purpose AUD.</source>
        <translation>توضع تجميدات التدقيق وترفع في إطار الغرض AUD.</translation>
    </message>
    <message>
        <source>Say which audit holds the data.</source>
        <translation>اذكر التدقيق الذي يجمد المعطيات.</translation>
    </message>
</context>
<context>
    <name>MedicineImporter</name>
    <message>
        <source>The date from which the prices apply is not a valid date.</source>
        <translation>تاريخ سريان الأسعار ليس تاريخا صالحا.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>العمود «%1» ناقص.</translation>
    </message>
    <message>
        <source>No name, or a name over 200 characters.</source>
        <translation>لا اسم، أو اسم يتجاوز 200 حرف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time; the first line is kept.</source>
        <translation>«%1» يظهر مرة ثانية؛ يُحتفظ بالسطر الأول.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the public price or the reimbursement base is not an amount.</source>
        <translation>«%1»: السعر العمومي أو أساس التعويض ليس مبلغا.</translation>
    </message>
</context>
<context>
    <name>MemberAccountRepository</name>
    <message>
        <source>Contributions and consents are recorded under the purpose REG only.</source>
        <translation>لا تُسجل الاشتراكات والموافقات إلا تحت الغاية REG.</translation>
    </message>
    <message>
        <source>Persons&apos; files cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>لا يمكن فتح ملفات الأشخاص تحت الغاية «%1».</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation>ملف هذا الشخص غير موجود أو لا يحق لك فتحه.</translation>
    </message>
    <message>
        <source>Contributions are recorded on the member&apos;s file.</source>
        <translation>تُسجل الاشتراكات في ملف المنخرط.</translation>
    </message>
    <message>
        <source>The month is not a valid date.</source>
        <translation>الشهر ليس تاريخا صالحا.</translation>
    </message>
    <message>
        <source>A contribution cannot be recorded for a month to come.</source>
        <translation>لا يمكن تسجيل اشتراك لشهر قادم.</translation>
    </message>
    <message>
        <source>The month is before the start of the relationship.</source>
        <translation>الشهر سابق لبداية العلاقة.</translation>
    </message>
    <message>
        <source>The contribution of %1 is already recorded.</source>
        <translation>اشتراك %1 مسجل من قبل.</translation>
    </message>
    <message>
        <source>The amount received must be more than zero.</source>
        <translation>يجب أن يكون المبلغ المستلم أكبر من صفر.</translation>
    </message>
    <message>
        <source>A payment cannot be received in the future.</source>
        <translation>لا يمكن استلام أداء في المستقبل.</translation>
    </message>
    <message>
        <source>The reference has at most 100 characters.</source>
        <translation>المرجع لا يتجاوز 100 حرف.</translation>
    </message>
    <message>
        <source>No contribution is due for %1: record it first.</source>
        <translation>لا اشتراك مستحق عن %1: سجّله أولا.</translation>
    </message>
    <message>
        <source>This payment is more than what remains due for %1 (%2).</source>
        <translation>هذا الأداء يتجاوز ما تبقى مستحقا عن %1 (%2).</translation>
    </message>
    <message>
        <source>Direct prospecting</source>
        <translation>الاستقطاب المباشر</translation>
    </message>
    <message>
        <source>Notices by SMS</source>
        <translation>إشعارات عبر الرسائل القصيرة</translation>
    </message>
    <message>
        <source>Online dossier tracking</source>
        <translation>تتبع الملفات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Choose the kind of consent.</source>
        <translation>اختر نوع الموافقة.</translation>
    </message>
    <message>
        <source>This consent is already in force.</source>
        <translation>هذه الموافقة سارية من قبل.</translation>
    </message>
    <message>
        <source>This consent is no longer in force.</source>
        <translation>هذه الموافقة لم تعد سارية.</translation>
    </message>
</context>
<context>
    <name>MemberImporter</name>
    <message>
        <source>Persons are registered under the purpose REG only.</source>
        <translation>لا يُسجل الأشخاص إلا تحت الغاية REG.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are: %2.</source>
        <translation>عمود «%1» غير معروف. الأعمدة هي: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>العمود «%1» مكرر.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>العمود «%1» ناقص.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>This line has %1 fields; the header has %2.</source>
        <translation>في هذا السطر %1 حقلا؛ وفي الترويسة %2.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>%1 «%2» ليس تاريخا (YYYY-MM-DD أو DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>The birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>The start of the relationship</source>
        <translation>بداية العلاقة</translation>
    </message>
    <message>
        <source>The end of the relationship</source>
        <translation>نهاية العلاقة</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; of this beneficiary is neither in the file above nor registered.</source>
        <translation>المنخرط «%1» لذي الحق هذا غير موجود أعلاه في الملف ولا مسجل.</translation>
    </message>
    <message>
        <source>Already registered (same CIN, or same names and birth date): person no. %1.</source>
        <translation>مسجل من قبل (نفس البطاقة الوطنية، أو نفس الاسم وتاريخ الازدياد): الشخص رقم %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is at version %1, newer than this Guichet (version %2 of the schema). Install the newer Guichet; the database was not changed.</source>
        <translation>قاعدة البيانات في النسخة %1، وهي أحدث من هذا الإصدار من Guichet (النسخة %2 من المخطط). ثبّت الإصدار الأحدث من Guichet؛ لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database is at version %1 and this Guichet needs version %2. Ask the administrator to run &quot;guichet-admin migrate&quot;.</source>
        <translation>قاعدة البيانات في النسخة %1 وهذا الإصدار من Guichet يحتاج النسخة %2. اطلب من المسؤول تشغيل «guichet-admin migrate».</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>الترحيل %1 مفقود.</translation>
    </message>
    <message>
        <source>Migration %1 failed; the database was left at version %2.</source>
        <translation>فشل الترحيل %1؛ بقيت قاعدة البيانات في النسخة %2.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>DH</source>
        <translation>درهم</translation>
    </message>
</context>
<context>
    <name>PaymentOrder</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>الحقل «%1» فارغ.</translation>
    </message>
    <message>
        <source>The %1 is not valid text.</source>
        <translation>الحقل «%1» ليس نصا صالحا.</translation>
    </message>
    <message>
        <source>The %1 contains a &apos;;&apos;.</source>
        <translation>الحقل «%1» يحتوي على «;».</translation>
    </message>
    <message>
        <source>The %1 contains a line break or a control character.</source>
        <translation>الحقل «%1» يحتوي على فاصل أسطر أو حرف تحكم.</translation>
    </message>
    <message>
        <source>organisation code</source>
        <translation>رمز الهيئة</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>رقم الدفعة</translation>
    </message>
    <message>
        <source>The period must be a year and a month, YYYY-MM.</source>
        <translation>يجب أن تكون الفترة سنة وشهرا، YYYY-MM.</translation>
    </message>
    <message>
        <source>The issue date is missing.</source>
        <translation>تاريخ الإصدار ناقص.</translation>
    </message>
    <message>
        <source>dossier number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>المستفيد من الأداء</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>يجب أن يكون المبلغ موجبا.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدا.</translation>
    </message>
    <message>
        <source>A payment batch has at least one payment.</source>
        <translation>تتضمن دفعة الأداء أداء واحدا على الأقل.</translation>
    </message>
    <message>
        <source>Payment %1 (dossier %2): %3</source>
        <translation>الأداء %1 (الملف %2): %3</translation>
    </message>
    <message>
        <source>Payment %1: dossier %2 is already in the batch.</source>
        <translation>الأداء %1: الملف %2 موجود في الدفعة من قبل.</translation>
    </message>
    <message>
        <source>The batch&apos;s total is too large.</source>
        <translation>مجموع الدفعة كبير جدا.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>الملف ليس نصا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file does not end with a complete record.</source>
        <translation>لا ينتهي الملف بسجل كامل.</translation>
    </message>
    <message>
        <source>The file has no payment, or no header or trailer.</source>
        <translation>لا يتضمن الملف أي أداء، أو ينقصه سجل الترويسة أو سجل الختام.</translation>
    </message>
    <message>
        <source>Record %1: a line end other than CRLF.</source>
        <translation>السجل %1: نهاية سطر غير CRLF.</translation>
    </message>
    <message>
        <source>Record 1 is not a header of 6 fields starting with H.</source>
        <translation>السجل 1 ليس سجل ترويسة من 6 حقول يبدأ بـ H.</translation>
    </message>
    <message>
        <source>Record %1 is not a trailer of 4 fields starting with T.</source>
        <translation>السجل %1 ليس سجل ختام من 4 حقول يبدأ بـ T.</translation>
    </message>
    <message>
        <source>Record %1 is not a payment of 6 fields starting with D.</source>
        <translation>السجل %1 ليس سجل أداء من 6 حقول يبدأ بـ D.</translation>
    </message>
    <message>
        <source>Record %1: the amount is not a number of centimes.</source>
        <translation>السجل %1: المبلغ ليس عددا من السنتيمات.</translation>
    </message>
    <message>
        <source>Record %1: the RIB is not written as 24 digits.</source>
        <translation>السجل %1: الـ RIB غير مكتوب بـ 24 رقما.</translation>
    </message>
    <message>
        <source>The header announces %1 payments; the file has %2.</source>
        <translation>تعلن الترويسة عن %1 أداء؛ والملف يتضمن %2.</translation>
    </message>
    <message>
        <source>The trailer announces %1 payments; the file has %2.</source>
        <translation>يعلن سجل الختام عن %1 أداء؛ والملف يتضمن %2.</translation>
    </message>
    <message>
        <source>The trailer&apos;s total %1 is not the sum of the payments, %2.</source>
        <translation>مجموع سجل الختام %1 لا يساوي مجموع الأداءات، %2.</translation>
    </message>
    <message>
        <source>The trailer&apos;s control %1 is not that of the RIBs, %2.</source>
        <translation>مجموع المراقبة %1 في سجل الختام لا يطابق مجموع مراقبة أرقام RIB، %2.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>The last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>The last name in Arabic</source>
        <translation>الاسم العائلي بالعربية</translation>
    </message>
    <message>
        <source>The first name in Arabic</source>
        <translation>الاسم الشخصي بالعربية</translation>
    </message>
    <message>
        <source>The immatriculation number has 6 to 12 digits.</source>
        <translation>يتكون رقم التسجيل من 6 إلى 12 رقما.</translation>
    </message>
    <message>
        <source>The birth date is not a valid date.</source>
        <translation>تاريخ الازدياد غير صالح.</translation>
    </message>
    <message>
        <source>The birth date must be between 1900 and today.</source>
        <translation>يجب أن يكون تاريخ الازدياد بين 1900 واليوم.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>اختر الجنس.</translation>
    </message>
    <message>
        <source>Choose the relation to the member.</source>
        <translation>اختر الصلة بالمنخرط.</translation>
    </message>
    <message>
        <source>A beneficiary is attached to a member, and a member to nobody.</source>
        <translation>ذو الحق مرتبط بمنخرط، والمنخرط غير مرتبط بأحد.</translation>
    </message>
    <message>
        <source>Choose the regime.</source>
        <translation>اختر النظام.</translation>
    </message>
    <message>
        <source>The member of this beneficiary was not found.</source>
        <translation>لم يُعثر على منخرط ذي الحق هذا.</translation>
    </message>
    <message>
        <source>Someone else saved this person&apos;s file while you were editing it. Compare the two versions before saving again.</source>
        <translation>حفظ شخص آخر ملف هذا الشخص أثناء تعديلك له. قارن الصيغتين قبل الحفظ من جديد.</translation>
    </message>
    <message>
        <source>Persons&apos; files cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>لا تُفتح ملفات الأشخاص تحت الغاية «%1».</translation>
    </message>
    <message>
        <source>Persons are changed under the purpose REG only.</source>
        <translation>لا يُعدّل الأشخاص إلا تحت الغاية REG.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to change.</source>
        <translation>ملف هذا الشخص غير موجود أو لا يحق لك تعديله.</translation>
    </message>
    <message>
        <source>Persons are registered under the purpose REG only.</source>
        <translation>لا يُسجل الأشخاص إلا تحت الغاية REG.</translation>
    </message>
    <message>
        <source>This person is already registered (same CIN, or same names and birth date): open the existing file instead.</source>
        <translation>هذا الشخص مسجل من قبل (نفس البطاقة الوطنية أو نفس الاسمين وتاريخ الازدياد): افتح ملفه الموجود.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشيط</translation>
    </message>
    <message>
        <source>Student (to 26)</source>
        <translation>طالب (إلى 26 سنة)</translation>
    </message>
    <message>
        <source>Disabled (no age limit)</source>
        <translation>في وضعية إعاقة (دون حد للسن)</translation>
    </message>
    <message>
        <source>None (to 21)</source>
        <translation>لا شيء (إلى 21 سنة)</translation>
    </message>
    <message>
        <source>Choose the child&apos;s condition.</source>
        <translation>اختر وضعية الطفل.</translation>
    </message>
    <message>
        <source>A child of %1 or more is a beneficiary only as a student (to 26) or when disabled.</source>
        <translation>الطفل البالغ %1 سنة أو أكثر لا يكون ذا حق إلا إذا كان طالبا (إلى 26 سنة) أو في وضعية إعاقة.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>اختر الوضعية.</translation>
    </message>
    <message>
        <source>The relationship cannot start before the birth date.</source>
        <translation>لا يمكن أن تبدأ العلاقة قبل تاريخ الازدياد.</translation>
    </message>
    <message>
        <source>The relationship cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي العلاقة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>An ended relationship needs its end date.</source>
        <translation>العلاقة المنتهية تتطلب تاريخ نهايتها.</translation>
    </message>
    <message>
        <source>A relationship that ended in the past has the status &quot;Ended&quot;.</source>
        <translation>العلاقة التي انتهت في الماضي وضعيتها «منتهية».</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>the document could not be drawn</source>
        <translation>تعذر إنشاء الوثيقة</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>معاينة قبل الطباعة: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDocuments</name>
    <message>
        <source>Purge report %1</source>
        <translation>تقرير الحذف %1</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>بدأت:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>انتهت:</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>ما حذف</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Nothing had expired.</source>
        <translation>لم ينته أجل أي شيء.</translation>
    </message>
    <message>
        <source>Counts only: the report, like the audit log, keeps nothing of what was removed.</source>
        <translation>أعداد فقط: لا يحتفظ التقرير، مثل سجل التدقيق، بأي شيء مما حذف.</translation>
    </message>
    <message>
        <source>Record of destruction of archive boxes</source>
        <translation>محضر إتلاف علب الأرشيف</translation>
    </message>
    <message>
        <source>Expired as of:</source>
        <translation>منتهية بتاريخ:</translation>
    </message>
    <message>
        <source>Retention rule:</source>
        <translation>قاعدة الحفظ:</translation>
    </message>
    <message>
        <source>Boxes:</source>
        <translation>العلب:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>تاريخ الطبع:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>التعاضدية</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>العلبة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>أتلفت في</translation>
    </message>
    <message>
        <source>Every dossier in these boxes is past its retention and under no legal hold. The boxes were destroyed on the dates written above, in the presence of the undersigned.</source>
        <translation>تجاوز كل ملف في هذه العلب مدة حفظه ولا يخضع لأي تجميد قانوني. أتلفت العلب في التواريخ المكتوبة أعلاه بحضور الموقعين أسفله.</translation>
    </message>
    <message>
        <source>Data-protection officer:</source>
        <translation>مندوب حماية المعطيات:</translation>
    </message>
    <message>
        <source>Head of the archives:</source>
        <translation>مسؤول الأرشيف:</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>الشاهد:</translation>
    </message>
</context>
<context>
    <name>PurgeRepository</name>
    <message>
        <source>The purge is run by the data-protection officer, under the purpose AUD, only.</source>
        <translation>لا يقوم بالحذف إلا مندوب حماية المعطيات في إطار الغرض AUD.</translation>
    </message>
    <message>
        <source>Give the date the purge runs as of.</source>
        <translation>أعط التاريخ الذي يحسب إليه الحذف.</translation>
    </message>
    <message>
        <source>A purge cannot run as of a date to come.</source>
        <translation>لا يمكن أن يحسب الحذف إلى تاريخ مقبل.</translation>
    </message>
    <message>
        <source>There is no purge run %1.</source>
        <translation>لا توجد عملية حذف %1.</translation>
    </message>
    <message>
        <source>A batch purges at least one person.</source>
        <translation>تشمل الدفعة شخصا واحدا على الأقل.</translation>
    </message>
    <message>
        <source>Only boxes whose every dossier expired are destroyed.</source>
        <translation>لا تتلف إلا العلب التي انتهى أجل جميع ملفاتها.</translation>
    </message>
    <message>
        <source>the membership is still running (kept while it lasts, then %1)</source>
        <translation>الانخراط لا يزال ساريًا (تُحفظ المعطيات طوال مدته، ثم %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) still being processed</source>
        <translation>
            <numerusform>لا يوجد أي ملف قيد المعالجة</numerusform>
            <numerusform>ملف واحد قيد المعالجة</numerusform>
            <numerusform>ملفان قيد المعالجة</numerusform>
            <numerusform>%n ملفات قيد المعالجة</numerusform>
            <numerusform>%n ملفًا قيد المعالجة</numerusform>
            <numerusform>%n ملف قيد المعالجة</numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint still open</source>
        <translation>شكاية لا تزال مفتوحة</translation>
    </message>
    <message>
        <source>a court case still open</source>
        <translation>قضية لا تزال جارية أمام المحكمة</translation>
    </message>
</context>
<context>
    <name>RegistryDocument</name>
    <message>
        <source>Registry of processings</source>
        <translation>سجل المعالجات</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>القسم المجيب</translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message>
        <source>The registry is edited by the data-protection officer, under AUD, only.</source>
        <translation>لا يعدل السجل إلا مندوب حماية المعطيات في إطار AUD.</translation>
    </message>
    <message>
        <source>Say which categories of data the processing holds.</source>
        <translation>اذكر فئات المعطيات التي تحتفظ بها المعالجة.</translation>
    </message>
    <message>
        <source>Each field has at most %1 characters.</source>
        <translation>يتضمن كل حقل %1 حرفا على الأكثر.</translation>
    </message>
    <message>
        <source>There is no processing %1.</source>
        <translation>لا توجد معالجة %1.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>the end of the relationship</source>
        <translation>نهاية العلاقة</translation>
    </message>
    <message>
        <source>the closing of the dossier</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <source>the closing of the complaint</source>
        <translation>إغلاق الشكاية</translation>
    </message>
    <message>
        <source>the closing of the case</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <source>the answer to the request</source>
        <translation>الجواب عن الطلب</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>إخفاء الهوية</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>الحذف</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 after %2, then %3</source>
        <translation>%1 بعد %2، ثم %3</translation>
    </message>
</context>
<context>
    <name>Rib</name>
    <message>
        <source>Enter the RIB.</source>
        <translation>أدخل رقم الحساب البنكي (RIB).</translation>
    </message>
    <message>
        <source>A RIB has digits only.</source>
        <translation>يتكون RIB من أرقام فقط.</translation>
    </message>
    <message>
        <source>A RIB has 24 digits; this one has %1.</source>
        <translation>يتكون RIB من 24 رقما؛ وهذا يتكون من %1.</translation>
    </message>
    <message>
        <source>This RIB&apos;s key is wrong: check the digits.</source>
        <translation>مفتاح هذا الـ RIB خاطئ: تحقق من الأرقام.</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>Access</source>
        <translation>الولوج</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>التعرض</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>الحذف</translation>
    </message>
    <message>
        <source>National identity card shown at the counter</source>
        <translation>البطاقة الوطنية للتعريف مقدمة في الشباك</translation>
    </message>
    <message>
        <source>Copy of the national identity card enclosed</source>
        <translation>نسخة من البطاقة الوطنية للتعريف مرفقة</translation>
    </message>
    <message>
        <source>Signed in to the online services</source>
        <translation>متصل بالخدمات الإلكترونية</translation>
    </message>
    <message>
        <source>Called back on the number on file</source>
        <translation>تم الاتصال به على الرقم المسجل في الملف</translation>
    </message>
    <message>
        <source>Identity to check</source>
        <translation>الهوية قيد التحقق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تم الرد</translation>
    </message>
</context>
<context>
    <name>RightsIntakeDialog</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 حرفا على الأكثر.</translation>
    </message>
    <message>
        <source>Not checked yet: the request waits</source>
        <translation>لم يتم التحقق بعد: الطلب في الانتظار</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>البطاقة الوطنية للتعريف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Bank account (RIB)</source>
        <translation>الحساب البنكي (RIB)</translation>
    </message>
</context>
<context>
    <name>RightsLetters</name>
    <message>
        <source>right of access</source>
        <translation>حق الولوج</translation>
    </message>
    <message>
        <source>right of rectification</source>
        <translation>حق التصحيح</translation>
    </message>
    <message>
        <source>right of opposition</source>
        <translation>حق التعرض</translation>
    </message>
    <message>
        <source>right of deletion</source>
        <translation>حق الحذف</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>البطاقة الوطنية للتعريف</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name (Arabic)</source>
        <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
        <source>First name (Arabic)</source>
        <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>المنخرط</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>التعاضدية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Affiliated since</source>
        <translation>منخرط منذ</translation>
    </message>
    <message>
        <source>Affiliated until</source>
        <translation>منخرط إلى غاية</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Bank account (RIB)</source>
        <translation>الحساب البنكي (RIB)</translation>
    </message>
    <message>
        <source>Claim dossiers</source>
        <translation>ملفات التعويض</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>تاريخ العلاج</translation>
    </message>
    <message>
        <source>Deposited on</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>المبلغ المفوتر</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>المبلغ المعوض</translation>
    </message>
    <message>
        <source>Contributions due</source>
        <translation>الاشتراكات المستحقة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الوعاء</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Contributions received</source>
        <translation>الاشتراكات المحصلة</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكايات</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Oppositions</source>
        <translation>التعرضات</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Recipients the data was disclosed to</source>
        <translation>الجهات التي أُرسلت إليها المعطيات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <source>Data disclosed</source>
        <translation>المعطيات المرسلة</translation>
    </message>
    <message>
        <source>The processings concerned</source>
        <translation>المعالجات المعنية</translation>
    </message>
    <message>
        <source>CNDP authorisation</source>
        <translation>ترخيص اللجنة الوطنية</translation>
    </message>
    <message>
        <source>Data processed</source>
        <translation>المعطيات المعالجة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>الجهات المرسل إليها</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>مدة الحفظ</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>معطياتكم</translation>
    </message>
    <message>
        <source>The data of a minor you represent</source>
        <translation>معطيات قاصر تنوبون عنه</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Medical data</source>
        <translation>المعطيات الطبية</translation>
    </message>
    <message>
        <source>The medical data is communicated once a medical controller has reviewed it.</source>
        <translation>تُبلَّغ المعطيات الطبية بعد أن يراجعها طبيب مراقب.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>This processing is a legal obligation of compulsory health insurance: it cannot be opposed.</source>
        <translation>هذه المعالجة التزام قانوني في إطار التأمين الإجباري الأساسي عن المرض: لا يمكن التعرض عليها.</translation>
    </message>
    <message>
        <source>DH</source>
        <translation>درهم</translation>
    </message>
    <message>
        <source>Refused with the request.</source>
        <translation>مرفوض مع الطلب.</translation>
    </message>
    <message>
        <source>Your data is deleted: you are anonymised in every record of this processing.</source>
        <translation>تم حذف معطياتكم: أُخفيت هويتكم في جميع سجلات هذه المعالجة.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>RightsRepository</name>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>يتضمن النص %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Rights requests are handled under the purpose LEG only.</source>
        <translation>تعالج طلبات ممارسة الحقوق في إطار الغاية LEG فقط.</translation>
    </message>
    <message>
        <source>Rights requests are answered under the purposes LEG and AUD only.</source>
        <translation>يُرد على طلبات ممارسة الحقوق في إطار الغايتين LEG و AUD فقط.</translation>
    </message>
    <message>
        <source>A request cannot be received after today.</source>
        <translation>لا يمكن أن يكون تاريخ استلام الطلب بعد اليوم.</translation>
    </message>
    <message>
        <source>Choose the field of the member file to rectify.</source>
        <translation>اختر الحقل المراد تصحيحه في ملف المنخرط.</translation>
    </message>
    <message>
        <source>Enter the value asked for.</source>
        <translation>أدخل القيمة المطلوبة.</translation>
    </message>
    <message>
        <source>Describe the evidence given for the rectification.</source>
        <translation>صف الوثيقة المثبتة المقدمة للتصحيح.</translation>
    </message>
    <message>
        <source>Choose at least one processing the request concerns.</source>
        <translation>اختر معالجة واحدة على الأقل يخصها الطلب.</translation>
    </message>
    <message>
        <source>Nobody with the immatriculation %1 in this mutuelle.</source>
        <translation>لا أحد يحمل رقم التسجيل %1 في هذه التعاضدية.</translation>
    </message>
    <message>
        <source>A rectification or an opposition concerns someone on file: enter the immatriculation.</source>
        <translation>يخص التصحيح أو التعرض شخصًا مسجلًا: أدخل رقم التسجيل.</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s name.</source>
        <translation>أدخل اسم صاحب الطلب.</translation>
    </message>
    <message>
        <source>There is no processing %1.</source>
        <translation>لا توجد معالجة %1.</translation>
    </message>
    <message>
        <source>The identity of request %1 is already checked.</source>
        <translation>تم التحقق من هوية الطلب %1 من قبل.</translation>
    </message>
    <message>
        <source>Rights request %1 in progress</source>
        <translation>طلب ممارسة الحقوق %1 قيد المعالجة</translation>
    </message>
    <message>
        <source>Rights requests are read under the purposes LEG, AUD, REG and medical control only.</source>
        <translation>يُطلع على طلبات ممارسة الحقوق في إطار الغايات LEG و AUD و REG والمراقبة الطبية فقط.</translation>
    </message>
    <message>
        <source>There is no such request in this mutuelle.</source>
        <translation>هذا الطلب غير موجود في هذه التعاضدية.</translation>
    </message>
    <message>
        <source>Check the requester&apos;s identity first: request %1 goes no further until then.</source>
        <translation>تحقق أولًا من هوية صاحب الطلب: لن يتقدم الطلب %1 قبل ذلك.</translation>
    </message>
    <message>
        <source>Request %1 is already answered.</source>
        <translation>تم الرد على الطلب %1 من قبل.</translation>
    </message>
    <message>
        <source>The letter to the requester is missing.</source>
        <translation>الرسالة الموجهة إلى صاحب الطلب غير موجودة.</translation>
    </message>
    <message>
        <source>Give the reason of the extension: the requester is told it.</source>
        <translation>اذكر سبب التمديد: سيُبلّغ به صاحب الطلب.</translation>
    </message>
    <message>
        <source>The new deadline must be a business day after %1 and no later than %2 (four months).</source>
        <translation>يجب أن يكون الأجل الجديد يوم عمل بعد %1 وفي موعد أقصاه %2 (أربعة أشهر).</translation>
    </message>
    <message>
        <source>Write the division&apos;s answer.</source>
        <translation>اكتب رد القسم.</translation>
    </message>
    <message>
        <source>The part of %1 is not waiting for an answer.</source>
        <translation>الجزء الخاص بـ %1 لا ينتظر ردًا.</translation>
    </message>
    <message>
        <source>Say whether the request is granted, partly granted or refused.</source>
        <translation>بيّن ما إذا كان الطلب مقبولًا أو مقبولًا جزئيًا أو مرفوضًا.</translation>
    </message>
    <message>
        <source>Refused with the request.</source>
        <translation>مرفوض مع الطلب.</translation>
    </message>
    <message>
        <source>Waiting for the answer of: %1.</source>
        <translation>في انتظار رد: %1.</translation>
    </message>
    <message>
        <source>Request %1 is not an access request.</source>
        <translation>الطلب %1 ليس طلب ولوج.</translation>
    </message>
    <message>
        <source>The medical part is reviewed under medical control only.</source>
        <translation>يُراجع الجزء الطبي في إطار المراقبة الطبية فقط.</translation>
    </message>
    <message>
        <source>Request %1 has no medical part to review.</source>
        <translation>لا يتضمن الطلب %1 جزءًا طبيًا للمراجعة.</translation>
    </message>
    <message>
        <source>The medical part of request %1 is already signed off.</source>
        <translation>تمت المصادقة على الجزء الطبي للطلب %1 من قبل.</translation>
    </message>
    <message>
        <source>A rectification is approved and made under the purpose REG.</source>
        <translation>يُصادق على التصحيح ويُنجز في إطار الغاية REG.</translation>
    </message>
    <message>
        <source>Request %1 is not a rectification.</source>
        <translation>الطلب %1 ليس طلب تصحيح.</translation>
    </message>
    <message>
        <source>A second agent approves a rectification: not the one who took it in.</source>
        <translation>يصادق على التصحيح موظف ثانٍ: ليس من استلمه.</translation>
    </message>
    <message>
        <source>Request %1 is already approved.</source>
        <translation>تمت المصادقة على الطلب %1 من قبل.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to change.</source>
        <translation>ملف هذا الشخص غير موجود أو لا يحق لك تغييره.</translation>
    </message>
    <message>
        <source>The date asked for is not a valid date (YYYY-MM-DD).</source>
        <translation>التاريخ المطلوب ليس تاريخًا صحيحًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Rectified: %1.</source>
        <translation>تم التصحيح: %1.</translation>
    </message>
    <message>
        <source>Request %1 is not an opposition.</source>
        <translation>الطلب %1 ليس طلب تعرض.</translation>
    </message>
    <message>
        <source>Opposition request %1</source>
        <translation>طلب التعرض %1</translation>
    </message>
    <message>
        <source>The processing %1 (%2) is a legal obligation of compulsory health insurance: it cannot be opposed.</source>
        <translation>المعالجة %1 (%2) التزام قانوني للتأمين الإجباري عن المرض: لا يمكن التعرض عليها.</translation>
    </message>
    <message>
        <source>Opposition recorded: the data is no longer processed for %1.</source>
        <translation>تم تسجيل التعرض: لم تعد المعطيات تعالج لغرض %1.</translation>
    </message>
    <message>
        <source>Request %1 is not a deletion.</source>
        <translation>الطلب %1 ليس طلب حذف.</translation>
    </message>
    <message>
        <source>a legal hold: %1</source>
        <translation>حفظ قانوني: %1</translation>
    </message>
    <message>
        <source>kept by the retention rules until %1</source>
        <translation>محفوظة بموجب قواعد الحفظ إلى غاية %1</translation>
    </message>
    <message>
        <source>Only the data-protection officer carries out a deletion, under AUD.</source>
        <translation>وحده مندوب حماية المعطيات ينفذ الحذف، في إطار AUD.</translation>
    </message>
    <message>
        <source>The data cannot be deleted now: %1.</source>
        <translation>لا يمكن حذف المعطيات الآن: %1.</translation>
    </message>
    <message>
        <source>Deleted: the person is anonymised in every table.</source>
        <translation>تم الحذف: أصبح الشخص مجهول الهوية في جميع الجداول.</translation>
    </message>
    <message>
        <source>A disclosure is recorded under the purpose that makes it.</source>
        <translation>تُسجل الإحالة في إطار الغاية التي تقوم بها.</translation>
    </message>
    <message>
        <source>Choose the kind of recipient.</source>
        <translation>اختر نوع المرسل إليه.</translation>
    </message>
    <message>
        <source>Enter the recipient.</source>
        <translation>أدخل المرسل إليه.</translation>
    </message>
    <message>
        <source>Say what was disclosed.</source>
        <translation>بيّن ما تمت إحالته.</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to read.</source>
        <translation>ملف هذا الشخص غير موجود أو لا يحق لك الاطلاع عليه.</translation>
    </message>
</context>
<context>
    <name>ServerAuthenticator</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيح.</translation>
    </message>
    <message>
        <source>This login is not an active Guichet agent. Ask your administrator.</source>
        <translation>اسم المستخدم هذا ليس لعون نشط في Guichet. اتصل بالمسؤول.</translation>
    </message>
    <message>
        <source>Signing in without a password works only for the demo agents of a demo database.</source>
        <translation>تسجيل الدخول بدون كلمة مرور متاح فقط للأعوان التجريبيين في قاعدة بيانات تجريبية.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>Your role does not hold the purpose %1.</source>
        <translation>دورك لا يملك الغاية %1.</translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n يوم عمل</numerusform>
            <numerusform>%n يوم عمل</numerusform>
            <numerusform>%n يوما عمل</numerusform>
            <numerusform>%n أيام عمل</numerusform>
            <numerusform>%n يوم عمل</numerusform>
            <numerusform>%n يوم عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1 left</source>
        <translation>متوقف، المتبقي %1</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>متأخر بـ %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>المتبقي %1</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>Work needs a purpose and a due date.</source>
        <translation>يحتاج العمل إلى غاية وأجل.</translation>
    </message>
    <message>
        <source>This work item is not yours, or is already done.</source>
        <translation>هذا العمل ليس لك، أو أنجز من قبل.</translation>
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
        <translation>هذا ليس رابط Guichet، وقد تم تجاهله: %1</translation>
    </message>
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور الحالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>تأكيد:</translation>
    </message>
    <message>
        <source>At least %1 characters, without your login.</source>
        <translation>عدد الأحرف %1 على الأقل، دون اسم المستخدم.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>كلمتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintDashboard</name>
    <message>
        <source>Open: not closed. Late: open, and its first response or resolution is past its deadline now. Breached: received in the last twelve months and answered or resolved after a deadline, or still past it. Times in business days, pauses left out.</source>
        <translation>مفتوحة: غير مغلقة. متأخرة: مفتوحة وتجاوز الجواب الأول أو الحل أجله الآن. خارج الأجل: توصل بها خلال الاثني عشر شهرا الأخيرة وأجيب عنها أو حلت بعد الأجل، أو ما زالت متجاوزة له. المدد بأيام العمل، دون فترات التوقف.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Breached (12 months)</source>
        <translation>خارج الأجل (12 شهرا)</translation>
    </message>
    <message>
        <source>Resolution time over the last twelve months</source>
        <translation>مدة الحل خلال الاثني عشر شهرا الأخيرة</translation>
    </message>
    <message>
        <source>Median (business days)</source>
        <translation>الوسيط (أيام عمل)</translation>
    </message>
    <message>
        <source>Mean (business days)</source>
        <translation>المتوسط (أيام عمل)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>Complaints dashboard</source>
        <translation>لوحة قيادة الشكايات</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Complaints dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;لوحة قيادة الشكايات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every division</source>
        <translation>جميع الأقسام</translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>طباعة… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>الشكايات حسب الفئة</translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation>الشكايات حسب القناة</translation>
    </message>
    <message>
        <source>Resolution time by month</source>
        <translation>مدة الحل حسب الشهر</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 late now; %4 breached in the last twelve months. Figures at %5.</source>
        <translation>%1: %2 مفتوحة، %3 متأخرة الآن؛ %4 خارج الأجل خلال الاثني عشر شهرا الأخيرة. أرقام بتاريخ %5.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Division:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <source>Figures at:</source>
        <translation>الأرقام بتاريخ:</translation>
    </message>
    <message>
        <source>Printed on:</source>
        <translation>طبع في:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>مفتوحة:</translation>
    </message>
    <message>
        <source>Late now:</source>
        <translation>متأخرة الآن:</translation>
    </message>
    <message>
        <source>Breached in the last twelve months:</source>
        <translation>خارج الأجل خلال الاثني عشر شهرا الأخيرة:</translation>
    </message>
    <message>
        <source>complaints-dashboard-%1.pdf</source>
        <translation>complaints-dashboard-%1.pdf</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>حفظ لوحة القيادة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>حفظ باسم %1.</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintDialog</name>
    <message>
        <source>Taken in</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Division or agent</source>
        <translation>القسم أو الموظف</translation>
    </message>
    <message>
        <source>Member asked (clock paused)</source>
        <translation>طلب من المنخرط (توقف الأجل)</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>استئناف الأجل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أغلقت</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أعيد فتحها</translation>
    </message>
    <message>
        <source>%1: %2, due %3%4</source>
        <translation>%1: %2، الأجل %3%4</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (متوقف)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكاية</translation>
    </message>
    <message>
        <source>Save a cop&amp;y of the document…</source>
        <translation>حفظ نسخة من المستند…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>T&amp;imeline (internal notes in grey italics, never sent to the member):</source>
        <translation>المسار (الملاحظات الداخلية بالرمادي المائل، لا ترسل أبدا إلى المنخرط):</translation>
    </message>
    <message>
        <source>Write the note, what the member is asked for, the answer, the resolution or the reason, then choose the step below.</source>
        <translation>اكتب الملاحظة أو ما يطلب من المنخرط أو الجواب أو الحل أو السبب، ثم اختر المرحلة أدناه.</translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation>القسم %1</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>المرحلة الموالية</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Internal note added.</source>
        <translation>أضيفت الملاحظة الداخلية.</translation>
    </message>
    <message>
        <source>Note for the &amp;member</source>
        <translation>ملاحظة للمنخرط</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>أضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>As&amp;k the member (pause)</source>
        <translation>طلب من المنخرط (توقف)</translation>
    </message>
    <message>
        <source>The clock waits for the member.</source>
        <translation>الأجل في انتظار المنخرط.</translation>
    </message>
    <message>
        <source>Res&amp;ume the clock</source>
        <translation>استئناف الأجل</translation>
    </message>
    <message>
        <source>The clock runs again.</source>
        <translation>عاد الأجل إلى السريان.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Answer recorded: print the letter (Ctrl+P) or save it as PDF.</source>
        <translation>سجل الجواب: اطبع الرسالة (Ctrl+P) أو احفظها بصيغة PDF.</translation>
    </message>
    <message>
        <source>C&amp;lose with this resolution</source>
        <translation>إغلاق بهذا الحل</translation>
    </message>
    <message>
        <source>Complaint closed: print the letter (Ctrl+P) or save it as PDF.</source>
        <translation>أغلقت الشكاية: اطبع الرسالة (Ctrl+P) أو احفظها بصيغة PDF.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Complaint reopened.</source>
        <translation>أعيد فتح الشكاية.</translation>
    </message>
    <message>
        <source>&amp;Escalate to:</source>
        <translation>إحالة إلى:</translation>
    </message>
    <message>
        <source>Complaint handed to the other division.</source>
        <translation>أحيلت الشكاية إلى القسم الآخر.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation>الرسالة باللغة:</translation>
    </message>
    <message>
        <source>&amp;Print the letter… (Ctrl+P)</source>
        <translation>طباعة الرسالة… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Letter as P&amp;DF…</source>
        <translation>الرسالة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Open a liti&amp;gation case…</source>
        <translation>فتح قضية…</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>الشكاية %1</translation>
    </message>
    <message>
        <source>%1 · %2 · received %3 by %4</source>
        <translation>%1 · %2 · توصل بها في %3 عبر %4</translation>
    </message>
    <message>
        <source>From: %1 (%2) · %3</source>
        <translation>من: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>no contact given</source>
        <translation>لم يقدم أي اتصال</translation>
    </message>
    <message>
        <source>Category: %1 · answered by %2</source>
        <translation>الفئة: %1 · يجيب: %2</translation>
    </message>
    <message>
        <source>Dossiers: %1</source>
        <translation>الملفات: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n time(s).</source>
        <translation>
            <numerusform>أعيد فتحها %n مرة.</numerusform>
            <numerusform>أعيد فتحها %n مرة.</numerusform>
            <numerusform>أعيد فتحها %n مرة.</numerusform>
            <numerusform>أعيد فتحها %n مرة.</numerusform>
            <numerusform>أعيد فتحها %n مرة.</numerusform>
            <numerusform>أعيد فتحها %n مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>الحل: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>الجواب الأول</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (داخلية)</translation>
    </message>
    <message>
        <source>There is no letter before the first answer.</source>
        <translation>لا رسالة قبل الجواب الأول.</translation>
    </message>
    <message>
        <source>complaint-%1.pdf</source>
        <translation>complaint-%1.pdf</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>حفظ الرسالة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved: %1</source>
        <translation>حفظت الرسالة: %1</translation>
    </message>
    <message>
        <source>Case %1 opened; the legal hold on %2&apos;s data is in force.</source>
        <translation>فتحت القضية %1؛ التجميد القانوني لمعطيات %2 ساري المفعول.</translation>
    </message>
    <message>
        <source>Choose the document to save.</source>
        <translation>اختر المستند المراد حفظه.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>حفظ نسخة من %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>حفظت النسخة: %1</translation>
    </message>
    <message>
        <source>Complain&amp;t:</source>
        <translation>الشكاية:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>النص:</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintIntakeDialog</name>
    <message>
        <source>Take in a complaint</source>
        <translation>تلقي شكاية</translation>
    </message>
    <message>
        <source>A member or beneficiary on file</source>
        <translation>منخرط أو ذو حق مسجل</translation>
    </message>
    <message>
        <source>Immatriculation number, CIN or name</source>
        <translation>رقم التسجيل أو البطاقة الوطنية أو الاسم</translation>
    </message>
    <message>
        <source>Phone, e-mail or address for the answer</source>
        <translation>الهاتف أو البريد الإلكتروني أو العنوان للرد</translation>
    </message>
    <message>
        <source>%1 (answered by %2)</source>
        <translation>%1 (يجيب عنها %2)</translation>
    </message>
    <message>
        <source>Numbers of the dossiers concerned, separated by spaces or commas</source>
        <translation>أرقام الملفات المعنية، مفصولة بمسافات أو فواصل</translation>
    </message>
    <message>
        <source>What the requester says, in their words</source>
        <translation>ما يقوله صاحب الشكاية بكلماته</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <source>&amp;Who complains:</source>
        <translation>صاحب الشكاية:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>وسيلة الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>الصنف:</translation>
    </message>
    <message>
        <source>&amp;Dossiers:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>&amp;Text of the complaint:</source>
        <translation>نص الشكاية:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Record (Ctrl+S)</source>
        <translation>تسجيل (Ctrl+S)</translation>
    </message>
    <message>
        <source>Documents received with the complaint</source>
        <translation>الوثائق المتوصل بها مع الشكاية</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 أكبر من %2 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Find the member, then choose who complains in the list.</source>
        <translation>ابحث عن المنخرط ثم اختر صاحب الشكاية من اللائحة.</translation>
    </message>
    <message>
        <source>Add documents… (Ctrl+O)</source>
        <translation>إضافة وثائق… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>تاريخ التلقي:</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintQueueModel</name>
    <message>
        <source>Given</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ التلقي</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>صاحب الشكاية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>المتكفل</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
</context>
<context>
    <name>guichet::ComplaintsPage</name>
    <message>
        <source>&lt;h2&gt;Complaints&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الشكايات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New complaint (Ctrl+R)</source>
        <translation>شكاية جديدة (Ctrl+R)</translation>
    </message>
    <message>
        <source>Taken in on this desk since you signed in:</source>
        <translation>الشكايات المتلقاة في هذا المكتب منذ تسجيل دخولك:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · first response by %4 (%5)</source>
        <translation>%1 · %2 · %3 · الرد الأول قبل %4 (%5)</translation>
    </message>
    <message>
        <source>Complaint %1 recorded.</source>
        <translation>سُجلت الشكاية %1.</translation>
    </message>
    <message>
        <source>The complaints I took</source>
        <translation>الشكايات التي تكفلت بها</translation>
    </message>
    <message>
        <source>Every division</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>Division %1</source>
        <translation>قسم %1</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>اللائحة:</translation>
    </message>
    <message>
        <source>&amp;Late (breach list):</source>
        <translation>متأخرة (لائحة التجاوزات):</translation>
    </message>
    <message>
        <source>Take the next (Ctrl+T)</source>
        <translation>أخذ التالية (Ctrl+T)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>no first response in time</source>
        <translation>لا رد أول في الأجل</translation>
    </message>
    <message>
        <source>not resolved in time</source>
        <translation>لم تُحل في الأجل</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) late.</source>
        <translation>
            <numerusform>%n شكاية متأخرة.</numerusform>
            <numerusform>%n شكاية متأخرة.</numerusform>
            <numerusform>%n شكايتان متأخرتان.</numerusform>
            <numerusform>%n شكايات متأخرة.</numerusform>
            <numerusform>%n شكاية متأخرة.</numerusform>
            <numerusform>%n شكاية متأخرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a division&apos;s queue to take from.</source>
        <translation>اختر لائحة قسم للأخذ منها.</translation>
    </message>
    <message>
        <source>No complaint left to take in this division.</source>
        <translation>لم تبق شكاية للأخذ في هذا القسم.</translation>
    </message>
    <message>
        <source>&amp;Dashboard… (Ctrl+D)</source>
        <translation>لوحة القيادة… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Complaint %1: %2.</source>
        <translation>الشكاية %1: %2.</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message>
        <source>Saved meanwhile by another agent</source>
        <translation>حُفظ في الأثناء من طرف عون آخر</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name in Arabic</source>
        <translation>الاسم العائلي بالعربية</translation>
    </message>
    <message>
        <source>First name in Arabic</source>
        <translation>الاسم الشخصي بالعربية</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>صيغتك</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>الصيغة المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>الإبقاء على صيغتي</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>اعتماد الصيغة المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Back to my form</source>
        <translation>الرجوع إلى نموذجي</translation>
    </message>
    <message>
        <source>Another agent saved this file after you opened it. Compare, then choose.</source>
        <translation>حفظ عون آخر هذا الملف بعد أن فتحته. قارن ثم اختر.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Start of the relationship</source>
        <translation>بداية العلاقة</translation>
    </message>
    <message>
        <source>End of the relationship</source>
        <translation>نهاية العلاقة</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Child&apos;s condition</source>
        <translation>وضعية الطفل</translation>
    </message>
</context>
<context>
    <name>guichet::ConnectionProfilesDialog</name>
    <message>
        <source>Central databases</source>
        <translation>قواعد البيانات المركزية</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>التحقق من شهادة الخادم واسمه (verify-full)</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate (verify-ca)</source>
        <translation>التحقق من شهادة الخادم (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, without checking the server (require)</source>
        <translation>التشفير دون التحقق من الخادم (require)</translation>
    </message>
    <message>
        <source>Encrypt if the server can (prefer)</source>
        <translation>التشفير إن أمكن للخادم (prefer)</translation>
    </message>
    <message>
        <source>No encryption (disable): tests only</source>
        <translation>بدون تشفير (disable): للتجارب فقط</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>التشفير:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>يحمل ملف تعريفي آخر هذا الاسم.</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>ملف تعريفي جديد %1</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>حذف الملف التعريفي «%1»؟</translation>
    </message>
</context>
<context>
    <name>guichet::DepositDialog</name>
    <message>
        <source>Deposit a dossier</source>
        <translation>إيداع ملف</translation>
    </message>
    <message>
        <source>Immatriculation number, CIN or name</source>
        <translation>رقم التسجيل أو البطاقة الوطنية أو الاسم</translation>
    </message>
    <message>
        <source>Only a supervisor, only for care more than %1 days old</source>
        <translation>للمشرف فقط، ولعلاجات مضى عليها أكثر من %1 يوما فقط</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>المنخرط:</translation>
    </message>
    <message>
        <source>Dossier &amp;number (barcode):</source>
        <translation>رقم الملف (الرمز الشريطي):</translation>
    </message>
    <message>
        <source>&amp;Date of care (dd/mm/yyyy):</source>
        <translation>تاريخ العلاجات (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>&amp;Justification of a late deposit:</source>
        <translation>مبرر الإيداع المتأخر:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Deposit (Ctrl+S)</source>
        <translation>إيداع (Ctrl+S)</translation>
    </message>
    <message>
        <source>Find the member, then choose the beneficiary in the list.</source>
        <translation>ابحث عن المنخرط، ثم اختر المستفيد من اللائحة.</translation>
    </message>
    <message>
        <source>Type the date of care as dd/mm/yyyy.</source>
        <translation>أدخل تاريخ العلاجات بصيغة dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The dossier is not deposited. Discard what you typed?</source>
        <translation>لم يتم إيداع الملف. هل تتخلى عما أدخلته؟</translation>
    </message>
</context>
<context>
    <name>guichet::DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>تسجيل إرسال معطيات</translation>
    </message>
    <message>
        <source>e.g. Clinique Al Amal, Casablanca</source>
        <translation>مثال: مصحة الأمل، الدار البيضاء</translation>
    </message>
    <message>
        <source>e.g. entitlement and coverage rate, for a hospital admission</source>
        <translation>مثال: الاستحقاق ونسبة التغطية، من أجل الاستشفاء</translation>
    </message>
    <message>
        <source>&amp;Kind of recipient:</source>
        <translation>نوع المرسل إليه:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>المرسل إليه:</translation>
    </message>
    <message>
        <source>&amp;What was disclosed:</source>
        <translation>ما تم إرساله:</translation>
    </message>
    <message>
        <source>Recorded under the purpose %1; the access reports of this person list it.</source>
        <translation>يُسجَّل في إطار الغاية %1؛ وتذكره تقارير الولوج الخاصة بهذا الشخص.</translation>
    </message>
    <message>
        <source>Re&amp;cord (Ctrl+S)</source>
        <translation>تسجيل (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tiers-payant operator</source>
        <translation>متعهد الأداء من طرف الغير</translation>
    </message>
    <message>
        <source>Care network</source>
        <translation>شبكة العلاج</translation>
    </message>
    <message>
        <source>Health professional</source>
        <translation>مهني الصحة</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>مدقق</translation>
    </message>
</context>
<context>
    <name>guichet::DossierDialog</name>
    <message>
        <source>Adjusted</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Act or medicine</source>
        <translation>العمل أو الدواء</translation>
    </message>
    <message>
        <source>Provider INPE</source>
        <translation>رقم INPE لمقدم العلاجات</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>المبلغ الوحدوي</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Allowed qty</source>
        <translation>الكمية المقبولة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>المسترجع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغاية</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>&amp;Box number:</source>
        <translation>رقم العلبة:</translation>
    </message>
    <message>
        <source>Where the box is &amp;kept (new box):</source>
        <translation>مكان حفظ العلبة (علبة جديدة):</translation>
    </message>
    <message>
        <source>&amp;Place in the box:</source>
        <translation>الموضع داخل العلبة:</translation>
    </message>
    <message>
        <source>&amp;File in this box</source>
        <translation>الحفظ في هذه العلبة</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>الأرشفة</translation>
    </message>
    <message>
        <source>&amp;Save lines (Ctrl+S)</source>
        <translation>حفظ الأسطر (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;End entry (Ctrl+Return)</source>
        <translation>إنهاء الإدخال (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Incomplete… (Ctrl+M)</source>
        <translation>ناقص… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Documents &amp;brought (Ctrl+B)</source>
        <translation>تم الإدلاء بالوثائق (Ctrl+B)</translation>
    </message>
    <message>
        <source>Print &amp;letter (Ctrl+L)</source>
        <translation>طباعة الرسالة (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Validate review (Ctrl+Return)</source>
        <translation>اعتماد المراجعة (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Next dossier (Ctrl+N)</source>
        <translation>الملف الموالي (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>طباعة الوصل (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A accept, J adjust, R reject; reason: %1</source>
        <translation>A قبول، J تعديل، R رفض؛ السبب: %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier %1&lt;/b&gt; — %2&lt;br&gt;Beneficiary: %3 · Member: %4 (%5)&lt;br&gt;Care on %6 · deposited on %7 by %8</source>
        <translation>&lt;b&gt;الملف %1&lt;/b&gt; — %2&lt;br&gt;المستفيد: %3 · المنخرط: %4 (%5)&lt;br&gt;العلاجات بتاريخ %6 · أودع في %7 من طرف %8</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b02a37&apos;&gt;Payment %n day(s) late&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;تأخر الأداء بـ %n يوم&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;تأخر الأداء بـ %n يوم&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;تأخر الأداء بـ %n يوم&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;تأخر الأداء بـ %n أيام&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;تأخر الأداء بـ %n يوما&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#b02a37&apos;&gt;تأخر الأداء بـ %n يوم&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to pay (by %1)</source>
        <translation>
            <numerusform>المتبقي للأداء: %n يوم (قبل %1)</numerusform>
            <numerusform>المتبقي للأداء: %n يوم (قبل %1)</numerusform>
            <numerusform>المتبقي للأداء: %n يوم (قبل %1)</numerusform>
            <numerusform>المتبقي للأداء: %n أيام (قبل %1)</numerusform>
            <numerusform>المتبقي للأداء: %n يوما (قبل %1)</numerusform>
            <numerusform>المتبقي للأداء: %n يوم (قبل %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>الناقص: %1</translation>
    </message>
    <message>
        <source>May duplicate dossier(s) %1</source>
        <translation>قد يكون مكررا للملف أو الملفات %1</translation>
    </message>
    <message>
        <source>Late deposit accepted: %1</source>
        <translation>قُبل الإيداع المتأخر: %1</translation>
    </message>
    <message>
        <source>Archived in box %1, place %2</source>
        <translation>مؤرشف في العلبة %1، الموضع %2</translation>
    </message>
    <message>
        <source>Billed %1 · AMO %2 · complementary %3 · reimbursed %4</source>
        <translation>المفوتر %1 · AMO %2 · التكميلي %3 · المسترجع %4</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Line %1: the quantity is a whole number.</source>
        <translation>السطر %1: الكمية عدد صحيح.</translation>
    </message>
    <message>
        <source>Line %1: type the amount billed, for example 150,00.</source>
        <translation>السطر %1: أدخل المبلغ المفوتر، مثلا 150,00.</translation>
    </message>
    <message>
        <source>Incomplete dossier</source>
        <translation>ملف ناقص</translation>
    </message>
    <message>
        <source>What is missing (one document per line):</source>
        <translation>ما ينقص (وثيقة واحدة في كل سطر):</translation>
    </message>
    <message>
        <source>Line %1: type the quantity and the unit amount allowed.</source>
        <translation>السطر %1: أدخل الكمية والمبلغ الوحدوي المقبولين.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>حفظ الوصل</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>حفظ الرسالة</translation>
    </message>
    <message>
        <source>letter-%1.pdf</source>
        <translation>letter-%1.pdf</translation>
    </message>
    <message>
        <source>Allowed amount</source>
        <translation>المبلغ المقبول</translation>
    </message>
    <message>
        <source>&amp;Reject… (Ctrl+R)</source>
        <translation>رفض… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reject the dossier</source>
        <translation>رفض الملف</translation>
    </message>
    <message>
        <source>Why is dossier %1 rejected? The member will be told.</source>
        <translation>لماذا يُرفض الملف %1؟ سيُبلَّغ المنخرط بذلك.</translation>
    </message>
    <message>
        <source>Reject dossier %1? It will not be liquidated; this cannot be undone.</source>
        <translation>رفض الملف %1؟ لن تتم تصفيته، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Letter as PDF… (Ctrl+Shift+L)</source>
        <translation>الرسالة بصيغة PDF… (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Li&amp;quidate (Ctrl+Return)</source>
        <translation>تصفية (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF… (Ctrl+Shift+P)</source>
        <translation>الوصل بصيغة PDF… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Lines or decisions typed in dossier %1 are not saved. Discard them?</source>
        <translation>الأسطر أو القرارات المدخلة في الملف %1 غير محفوظة. هل تتخلى عنها؟</translation>
    </message>
</context>
<context>
    <name>guichet::DossierQueueModel</name>
    <message>
        <source>Dossiers cannot be opened under the purpose &quot;%1&quot;.</source>
        <translation>لا تُفتح الملفات تحت الغاية «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>تأخير %n يوم</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
            <numerusform>تأخير %n أيام</numerusform>
            <numerusform>تأخير %n يوما</numerusform>
            <numerusform>تأخير %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يوما</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment expected by %1 (%2 days after the deposit)</source>
        <translation>الأداء متوقع في أجل أقصاه %1 (%2 يوما بعد الإيداع)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>تاريخ العلاجات</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>المسترجع</translation>
    </message>
    <message>
        <source>Days left to pay</source>
        <translation>الأيام المتبقية للأداء</translation>
    </message>
</context>
<context>
    <name>guichet::DossiersPage</name>
    <message>
        <source>&amp;Queue:</source>
        <translation>قائمة الانتظار:</translation>
    </message>
    <message numerus="yes">
        <source>More than %n dossier(s) in this queue</source>
        <translation>
            <numerusform>أكثر من %n ملف في قائمة الانتظار هذه</numerusform>
            <numerusform>أكثر من %n ملف في قائمة الانتظار هذه</numerusform>
            <numerusform>أكثر من %n ملف في قائمة الانتظار هذه</numerusform>
            <numerusform>أكثر من %n ملفات في قائمة الانتظار هذه</numerusform>
            <numerusform>أكثر من %n ملفا في قائمة الانتظار هذه</numerusform>
            <numerusform>أكثر من %n ملف في قائمة الانتظار هذه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) in this queue</source>
        <translation>
            <numerusform>%n ملف في قائمة الانتظار هذه</numerusform>
            <numerusform>%n ملف في قائمة الانتظار هذه</numerusform>
            <numerusform>%n ملف في قائمة الانتظار هذه</numerusform>
            <numerusform>%n ملفات في قائمة الانتظار هذه</numerusform>
            <numerusform>%n ملفا في قائمة الانتظار هذه</numerusform>
            <numerusform>%n ملف في قائمة الانتظار هذه</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deposit… (Ctrl+D)</source>
        <translation>إيداع… (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Liquidate all waiting…</source>
        <translation>تصفية كل الملفات المنتظرة…</translation>
    </message>
    <message>
        <source>Payment &amp;batch…</source>
        <translation>دفعة أداء…</translation>
    </message>
    <message>
        <source>Record a batch &amp;paid…</source>
        <translation>تسجيل أداء دفعة…</translation>
    </message>
    <message>
        <source>Take the next dossier (Ctrl+T)</source>
        <translation>أخذ الملف الموالي (Ctrl+T)</translation>
    </message>
    <message>
        <source>List a &amp;box…</source>
        <translation>محتوى علبة…</translation>
    </message>
    <message>
        <source>&amp;Find by number… (Ctrl+F)</source>
        <translation>البحث بالرقم… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a dossier</source>
        <translation>البحث عن ملف</translation>
    </message>
    <message>
        <source>Dossier number (barcode):</source>
        <translation>رقم الملف (الرمز الشريطي):</translation>
    </message>
    <message>
        <source>No dossier left to control.</source>
        <translation>لم يبق أي ملف للمراقبة.</translation>
    </message>
    <message>
        <source>No dossier %1 that you may open.</source>
        <translation>لا يوجد ملف %1 يمكنك فتحه.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) carry this number: the newest is opened.</source>
        <translation>
            <numerusform>يحمل هذا الرقم %n ملف: فُتح أحدثها.</numerusform>
            <numerusform>يحمل هذا الرقم %n ملف: فُتح أحدثها.</numerusform>
            <numerusform>يحمل هذا الرقم %n ملف: فُتح أحدثها.</numerusform>
            <numerusform>يحمل هذا الرقم %n ملفات: فُتح أحدثها.</numerusform>
            <numerusform>يحمل هذا الرقم %n ملفا: فُتح أحدثها.</numerusform>
            <numerusform>يحمل هذا الرقم %n ملف: فُتح أحدثها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Liquidating…</source>
        <translation>جارٍ التصفية…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) liquidated…</source>
        <translation>
            <numerusform>صُفّي %n ملف…</numerusform>
            <numerusform>صُفّي %n ملف…</numerusform>
            <numerusform>صُفّي %n ملف…</numerusform>
            <numerusform>صُفّي %n ملفات…</numerusform>
            <numerusform>صُفّي %n ملفا…</numerusform>
            <numerusform>صُفّي %n ملف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) liquidated.</source>
        <translation>
            <numerusform>صُفّي %n ملف.</numerusform>
            <numerusform>صُفّي %n ملف.</numerusform>
            <numerusform>صُفّي %n ملف.</numerusform>
            <numerusform>صُفّي %n ملفات.</numerusform>
            <numerusform>صُفّي %n ملفا.</numerusform>
            <numerusform>صُفّي %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment batch</source>
        <translation>دفعة الأداء</translation>
    </message>
    <message>
        <source>Liquidated dossiers deposited up to the end of the month (YYYY-MM):</source>
        <translation>الملفات المصفاة المودعة إلى غاية نهاية الشهر (YYYY-MM):</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n dossier(s), %2, control %3.</source>
        <translation>
            <numerusform>الدفعة %1: %n ملف، %2، مجموع المراقبة %3.</numerusform>
            <numerusform>الدفعة %1: %n ملف، %2، مجموع المراقبة %3.</numerusform>
            <numerusform>الدفعة %1: %n ملف، %2، مجموع المراقبة %3.</numerusform>
            <numerusform>الدفعة %1: %n ملفات، %2، مجموع المراقبة %3.</numerusform>
            <numerusform>الدفعة %1: %n ملفا، %2، مجموع المراقبة %3.</numerusform>
            <numerusform>الدفعة %1: %n ملف، %2، مجموع المراقبة %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for want of a valid RIB: %1</source>
        <translation>مستبعدة لغياب RIB صالح: %1</translation>
    </message>
    <message>
        <source>Save the payment-order file</source>
        <translation>حفظ ملف أوامر التحويل</translation>
    </message>
    <message>
        <source>Payment orders (*.txt)</source>
        <translation>أوامر التحويل (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>No batch is waiting for payment.</source>
        <translation>لا توجد أي دفعة في انتظار الأداء.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n dossier(s), %2</source>
        <translation>
            <numerusform>%1 — %n ملف، %2</numerusform>
            <numerusform>%1 — %n ملف، %2</numerusform>
            <numerusform>%1 — %n ملف، %2</numerusform>
            <numerusform>%1 — %n ملفات، %2</numerusform>
            <numerusform>%1 — %n ملفا، %2</numerusform>
            <numerusform>%1 — %n ملف، %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a batch paid</source>
        <translation>تسجيل أداء دفعة</translation>
    </message>
    <message>
        <source>Batch paid by the bank:</source>
        <translation>الدفعة التي أداها البنك:</translation>
    </message>
    <message>
        <source>Record batch %1 as paid? Its dossiers become paid; this cannot be undone.</source>
        <translation>هل تريد تسجيل الدفعة %1 كمؤداة؟ ستصبح ملفاتها مؤداة، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Batch %1 recorded as paid.</source>
        <translation>سُجلت الدفعة %1 كمؤداة.</translation>
    </message>
    <message>
        <source>Archive box</source>
        <translation>علبة الأرشيف</translation>
    </message>
    <message>
        <source>Box number:</source>
        <translation>رقم العلبة:</translation>
    </message>
    <message>
        <source>No dossier waits for liquidation.</source>
        <translation>لا يوجد أي ملف في انتظار التصفية.</translation>
    </message>
    <message numerus="yes">
        <source>Liquidate the %n dossier(s) waiting for liquidation, billed %1 in all?</source>
        <translation>
            <numerusform>تصفية %n ملف في انتظار التصفية، بمبلغ مفوتر إجمالي قدره %1؟</numerusform>
            <numerusform>تصفية %n ملف في انتظار التصفية، بمبلغ مفوتر إجمالي قدره %1؟</numerusform>
            <numerusform>تصفية %n ملف في انتظار التصفية، بمبلغ مفوتر إجمالي قدره %1؟</numerusform>
            <numerusform>تصفية %n ملف في انتظار التصفية، بمبلغ مفوتر إجمالي قدره %1؟</numerusform>
            <numerusform>تصفية %n ملف في انتظار التصفية، بمبلغ مفوتر إجمالي قدره %1؟</numerusform>
            <numerusform>تصفية %n ملف في انتظار التصفية، بمبلغ مفوتر إجمالي قدره %1؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) still wait for liquidation.</source>
        <translation>
            <numerusform>لا يزال %n ملف في انتظار التصفية.</numerusform>
            <numerusform>لا يزال %n ملف في انتظار التصفية.</numerusform>
            <numerusform>لا يزال %n ملف في انتظار التصفية.</numerusform>
            <numerusform>لا يزال %n ملف في انتظار التصفية.</numerusform>
            <numerusform>لا يزال %n ملف في انتظار التصفية.</numerusform>
            <numerusform>لا يزال %n ملف في انتظار التصفية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DueDialog</name>
    <message>
        <source>Record a month due</source>
        <translation>تسجيل شهر مستحق</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>الأجر</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>المعاش</translation>
    </message>
    <message>
        <source>monthly, in dirhams</source>
        <translation>شهريا، بالدرهم</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>الوعاء:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>الدخل:</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>الاشتراك:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type an amount, such as 8500 or 8500,50.</source>
        <translation>أدخل مبلغا، مثل 8500 أو 8500,50.</translation>
    </message>
    <message>
        <source>%1 (employee %2, employer %3)</source>
        <translation>%1 (الأجير %2، المشغل %3)</translation>
    </message>
</context>
<context>
    <name>guichet::ImportDialog</name>
    <message>
        <source>Import members from a CSV file</source>
        <translation>استيراد منخرطين من ملف CSV</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>استيراد منخرطين</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is imported until you confirm.</source>
        <translation>اختر ملفا ثم افحصه: لا يُستورد شيء قبل تأكيدك.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>الهيئة:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>C&amp;heck (dry run)</source>
        <translation>فحص (دون تنفيذ)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s) into %1?</source>
        <translation>
            <numerusform>استيراد %n شخص إلى %1؟</numerusform>
            <numerusform>استيراد %n شخص إلى %1؟</numerusform>
            <numerusform>استيراد %n شخص إلى %1؟</numerusform>
            <numerusform>استيراد %n شخص إلى %1؟</numerusform>
            <numerusform>استيراد %n شخص إلى %1؟</numerusform>
            <numerusform>استيراد %n شخص إلى %1؟</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported. Correct the file and check it again.</source>
        <translation>
            <numerusform>وُجدت %n مشكلة: لم يُستورد أي شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>وُجدت %n مشكلة: لم يُستورد أي شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>وُجدت %n مشكلة: لم يُستورد أي شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>وُجدت %n مشكلة: لم يُستورد أي شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>وُجدت %n مشكلة: لم يُستورد أي شيء. صحّح الملف وافحصه من جديد.</numerusform>
            <numerusform>وُجدت %n مشكلة: لم يُستورد أي شيء. صحّح الملف وافحصه من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 member(s) and %2 beneficiary(ies).</source>
        <translation>تم الاستيراد: %1 منخرط(ين) و%2 ذو(ذوي) حق.</translation>
    </message>
    <message>
        <source>The file is correct: %1 member(s) and %2 beneficiary(ies) would be imported.</source>
        <translation>الملف سليم: سيُستورد %1 منخرط(ين) و%2 ذو(ذوي) حق.</translation>
    </message>
</context>
<context>
    <name>guichet::LitigationCaseDialog</name>
    <message>
        <source>Litigation case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>من أجل</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Hearings:</source>
        <translation>الجلسات:</translation>
    </message>
    <message>
        <source>pleadings, expert&apos;s report, judgment…</source>
        <translation>مرافعات، تقرير خبرة، حكم…</translation>
    </message>
    <message>
        <source> business days before</source>
        <translation> يوم عمل قبلها</translation>
    </message>
    <message>
        <source>&amp;Add the hearing</source>
        <translation>إضافة الجلسة</translation>
    </message>
    <message>
        <source>New hearing &amp;on:</source>
        <translation>جلسة جديدة يوم:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>&amp;Record for the selected hearing</source>
        <translation>تسجيل للجلسة المختارة</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>القضية %1</translation>
    </message>
    <message>
        <source>%1 · %2 · case %3 · %4</source>
        <translation>%1 · %2 · الملف %3 · %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>أغلقت في %1</translation>
    </message>
    <message>
        <source>Concerning %1 (%2)%3</source>
        <translation>تخص %1 (%2)%3</translation>
    </message>
    <message>
        <source>, from complaint %1</source>
        <translation>، ناشئة عن الشكاية %1</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>الأطراف: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Opened %1 by %2</source>
        <translation>فتحت في %1 من طرف %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>المآل: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal hold in force&lt;/b&gt;: nothing of %1&apos;s data and dossiers is deleted or purged until the case is closed.</source>
        <translation>&lt;b&gt;التجميد القانوني ساري المفعول&lt;/b&gt;: لا يحذف ولا يتخلص من أي شيء من معطيات %1 وملفاته إلى أن تغلق القضية.</translation>
    </message>
    <message>
        <source>The legal hold of this case was lifted when it closed.</source>
        <translation>رفع التجميد القانوني لهذه القضية عند إغلاقها.</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) before</source>
        <translation>
            <numerusform>قبلها بـ %n يوم عمل</numerusform>
            <numerusform>قبلها بـ %n يوم عمل</numerusform>
            <numerusform>قبلها بـ %n يوم عمل</numerusform>
            <numerusform>قبلها بـ %n يوم عمل</numerusform>
            <numerusform>قبلها بـ %n يوم عمل</numerusform>
            <numerusform>قبلها بـ %n يوم عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date of the hearing (dd/mm/yyyy).</source>
        <translation>أدخل تاريخ الجلسة (يوم/شهر/سنة).</translation>
    </message>
    <message>
        <source>Hearing added.</source>
        <translation>أضيفت الجلسة.</translation>
    </message>
    <message>
        <source>Choose the hearing in the list.</source>
        <translation>اختر الجلسة من القائمة.</translation>
    </message>
    <message>
        <source>Outcome of the hearing recorded.</source>
        <translation>سجلت نتيجة الجلسة.</translation>
    </message>
    <message>
        <source>Write the outcome of the case.</source>
        <translation>اكتب مآل القضية.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <source>Close case %1 with this outcome? The legal hold on %2&apos;s data is lifted: their data can then be deleted or purged when its retention ends.</source>
        <translation>إغلاق القضية %1 بهذه النتيجة؟ يرفع التجميد القانوني عن معطيات %2: يمكن حينئذ حذفها أو التخلص منها عند انتهاء مدة حفظها.</translation>
    </message>
    <message>
        <source>Case closed; its legal hold is lifted.</source>
        <translation>أغلقت القضية؛ رفع تجميدها القانوني.</translation>
    </message>
    <message>
        <source>Clo&amp;se the case with this outcome…</source>
        <translation>إغلاق القضية بهذه النتيجة…</translation>
    </message>
</context>
<context>
    <name>guichet::LitigationPage</name>
    <message>
        <source>&lt;h2&gt;Legal affairs and litigation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الشؤون القانونية والمنازعات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Court&apos;s number</source>
        <translation>الرقم لدى المحكمة</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>تخص</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فتحت</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>الجلسة المقبلة</translation>
    </message>
    <message>
        <source>&amp;Reminders: hearings to prepare, outcomes to record</source>
        <translation>التذكيرات: جلسات للتحضير ونتائج للتسجيل</translation>
    </message>
    <message>
        <source>&amp;New case (Ctrl+R)</source>
        <translation>قضية جديدة (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>لم تحدد</translation>
    </message>
    <message>
        <source>outcome to record</source>
        <translation>نتيجة للتسجيل</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>in %n business day(s)</source>
        <translation>
            <numerusform>بعد %n يوم عمل</numerusform>
            <numerusform>بعد %n يوم عمل</numerusform>
            <numerusform>بعد %n يوم عمل</numerusform>
            <numerusform>بعد %n يوم عمل</numerusform>
            <numerusform>بعد %n يوم عمل</numerusform>
            <numerusform>بعد %n يوم عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5 · %6</source>
        <translation>%1 · %2 · %3 %4 · %5 · %6</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s).</source>
        <translation>
            <numerusform>%n قضية مفتوحة.</numerusform>
            <numerusform>%n قضية مفتوحة.</numerusform>
            <numerusform>%n قضية مفتوحة.</numerusform>
            <numerusform>%n قضية مفتوحة.</numerusform>
            <numerusform>%n قضية مفتوحة.</numerusform>
            <numerusform>%n قضية مفتوحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s).</source>
        <translation>
            <numerusform>%n تذكير.</numerusform>
            <numerusform>%n تذكير.</numerusform>
            <numerusform>%n تذكير.</numerusform>
            <numerusform>%n تذكير.</numerusform>
            <numerusform>%n تذكير.</numerusform>
            <numerusform>%n تذكير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 opened; the legal hold on %2&apos;s data is in force.</source>
        <translation>فتحت القضية %1؛ التجميد القانوني لمعطيات %2 ساري المفعول.</translation>
    </message>
</context>
<context>
    <name>guichet::LockDialog</name>
    <message>
        <source>Guichet — Locked</source>
        <translation>Guichet — مقفل</translation>
    </message>
    <message>
        <source>This session of %1 (%2) is locked.</source>
        <translation>جلسة %1 (%2) مقفلة.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Type the password to go on, or sign out to let another agent work.</source>
        <translation>اكتب كلمة المرور للمتابعة، أو سجّل الخروج ليعمل عون آخر.</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Guichet — Sign in</source>
        <translation>Guichet — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Remember my password in this computer&apos;s keychain</source>
        <translation>تذكر كلمة المرور في خزانة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <source>No keychain on this computer: type the password each time.</source>
        <translation>لا توجد خزانة مفاتيح في هذا الحاسوب: اكتب كلمة المرور في كل مرة.</translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation>الملفات التعريفية…</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
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
        <translation>حول Guichet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Back-office of the CNOPS and its mutuelles.</source>
        <translation>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;المكتب الخلفي للصندوق الوطني لمنظمات الاحتياط الاجتماعي وتعاضدياته.</translation>
    </message>
    <message>
        <source>Guichet — %1</source>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>البحث عن شخص</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>حول Guichet</translation>
    </message>
    <message>
        <source>Your role (%1) has no processing purpose, so no member data is shown here. Agents and reference data are managed with guichet-admin.</source>
        <translation>ليس لدورك (%1) أي غاية معالجة، لذلك لا تظهر هنا أي معطيات للمنخرطين. يُدار الأعوان والمعطيات المرجعية بواسطة guichet-admin.</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>Working under: %1 — %2 (CNDP %3)</source>
        <translation>الغاية الحالية: %1 — %2 (CNDP %3)</translation>
    </message>
    <message>
        <source>No processing purpose</source>
        <translation>لا توجد غاية معالجة</translation>
    </message>
    <message>
        <source>This person&apos;s file does not exist or is not yours to open.</source>
        <translation>ملف هذا الشخص غير موجود أو لا يحق لك فتحه.</translation>
    </message>
    <message>
        <source>The connection to the database is lost. Nothing half-done was saved; what you are typing is kept. Guichet reconnects by itself…</source>
        <translation>انقطع الاتصال بقاعدة البيانات. لم يُحفظ أي عمل ناقص؛ وما تكتبه محفوظ. يعيد Guichet الاتصال تلقائيا…</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>عاد الاتصال.</translation>
    </message>
    <message>
        <source>&amp;Register a member…</source>
        <translation>تسجيل منخرط…</translation>
    </message>
    <message>
        <source>&amp;Import members from a CSV file…</source>
        <translation>استيراد منخرطين من ملف CSV…</translation>
    </message>
    <message>
        <source>A member&apos;s card opens under the purpose REG, which your role does not hold.</source>
        <translation>تُفتح بطاقة المنخرط تحت الغاية REG، وهي ليست من غايات دورك.</translation>
    </message>
    <message>
        <source>Dossier %1 cannot be opened: your role holds no purpose that works on dossiers.</source>
        <translation>لا يمكن فتح الملف %1: لا يملك دورك أي غاية تعالج الملفات.</translation>
    </message>
    <message>
        <source>&amp;Registry of processings…</source>
        <translation>سجل المعالجات…</translation>
    </message>
    <message>
        <source>Rights requests — %1</source>
        <translation>طلبات الحقوق — %1</translation>
    </message>
    <message>
        <source>Rights re&amp;quests to act on…</source>
        <translation>طلبات الحقوق المطلوب معالجتها…</translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>CNDP %1</source>
        <translation>اللجنة الوطنية لحماية المعطيات الشخصية %1</translation>
    </message>
    <message>
        <source>Rights re&amp;quests (law 09-08)</source>
        <translation>طلبات الحقوق (القانون 09-08)</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>الشكايات</translation>
    </message>
</context>
<context>
    <name>guichet::NewLitigationDialog</name>
    <message>
        <source>New litigation case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>R-MGPAP-2026-000001, or empty</source>
        <translation>R-MGPAP-2026-000001، أو فارغ</translation>
    </message>
    <message>
        <source>when there is no complaint</source>
        <translation>عند عدم وجود شكاية</translation>
    </message>
    <message>
        <source>From the &amp;complaint:</source>
        <translation>انطلاقا من الشكاية:</translation>
    </message>
    <message>
        <source>or for the &amp;immatriculation:</source>
        <translation>أو لرقم التسجيل:</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>المحكمة:</translation>
    </message>
    <message>
        <source>Court&apos;s case &amp;number:</source>
        <translation>رقم الملف لدى المحكمة:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>الأطراف:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Opening the case puts a legal hold on the person&apos;s data and dossiers: nothing of theirs is deleted or purged until the case is closed.</source>
        <translation>يؤدي فتح القضية إلى تجميد قانوني لمعطيات الشخص وملفاته: لا يحذف ولا يتخلص من أي شيء منها إلى أن تغلق القضية.</translation>
    </message>
    <message>
        <source>&amp;Open the case (Ctrl+S)</source>
        <translation>فتح القضية (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>guichet::PersonEditDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>تعديل %1 %2</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>الاسم العائلي:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الشخصي:</translation>
    </message>
    <message>
        <source>Last name in &amp;Arabic:</source>
        <translation>الاسم العائلي بالعربية:</translation>
    </message>
    <message>
        <source>First name in A&amp;rabic:</source>
        <translation>الاسم الشخصي بالعربية:</translation>
    </message>
    <message>
        <source>&amp;CIN:</source>
        <translation>البطاقة الوطنية:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>تاريخ الازدياد:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The form now shows the version saved by the other agent.</source>
        <translation>يعرض النموذج الآن الصيغة التي حفظها العون الآخر.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>التخلي عن تعديلاتك؟</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>تسجيل منخرط</translation>
    </message>
    <message>
        <source>Register a beneficiary</source>
        <translation>تسجيل ذي حق</translation>
    </message>
    <message>
        <source>AMO-Public</source>
        <translation>AMO-Public</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلبة</translation>
    </message>
    <message>
        <source>24 digits</source>
        <translation>24 رقما</translation>
    </message>
    <message>
        <source>Key verified</source>
        <translation>تم التحقق من المفتاح</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>&amp;Immatriculation:</source>
        <translation>رقم التسجيل:</translation>
    </message>
    <message>
        <source>Relati&amp;on:</source>
        <translation>الصلة:</translation>
    </message>
    <message>
        <source>C&amp;hild&apos;s condition:</source>
        <translation>وضعية الطفل:</translation>
    </message>
    <message>
        <source>Contact and membership</source>
        <translation>الاتصال والانخراط</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Regi&amp;me:</source>
        <translation>النظام:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>الوضعية:</translation>
    </message>
    <message>
        <source>Relationship s&amp;tarts:</source>
        <translation>بداية العلاقة:</translation>
    </message>
    <message>
        <source>Relationship e&amp;nds:</source>
        <translation>نهاية العلاقة:</translation>
    </message>
    <message>
        <source>Ban&amp;k account (RIB):</source>
        <translation>الحساب البنكي (RIB):</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Open the existing file now?</source>
        <translation>فتح الملف الموجود الآن؟</translation>
    </message>
    <message>
        <source>The start of the relationship</source>
        <translation>بداية العلاقة</translation>
    </message>
    <message>
        <source>The end of the relationship</source>
        <translation>نهاية العلاقة</translation>
    </message>
    <message>
        <source>%1 is not a valid date (dd/mm/yyyy).</source>
        <translation>%1 ليس تاريخا صالحا (يوم/شهر/سنة).</translation>
    </message>
</context>
<context>
    <name>guichet::PersonFileDialog</name>
    <message>
        <source>File of %1 %2</source>
        <translation>ملف %1 %2</translation>
    </message>
    <message>
        <source>Immatriculation:</source>
        <translation>رقم التسجيل:</translation>
    </message>
    <message>
        <source>CIN:</source>
        <translation>البطاقة الوطنية:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>الاسم العائلي:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>الاسم الشخصي:</translation>
    </message>
    <message>
        <source>Name in Arabic:</source>
        <translation>الاسم بالعربية:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاريخ الازدياد:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>الصلة:</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>النظام:</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلبة</translation>
    </message>
    <message>
        <source>AMO-Public</source>
        <translation>AMO-Public</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>الهيئة:</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>Opened under the purpose %1 (CNDP %2). This access is recorded in the audit log.</source>
        <translation>فُتح تحت الغاية %1 (CNDP %2). هذا الولوج مسجل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Edit… (F2)</source>
        <translation>تعديل… (F2)</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Bene&amp;ficiaries (%1)</source>
        <translation>ذوو الحقوق (%1)</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>الاشتراكات</translation>
    </message>
    <message>
        <source>Consents and o&amp;ppositions</source>
        <translation>الموافقات والاعتراضات</translation>
    </message>
    <message>
        <source>No dossier deposited yet.</source>
        <translation>لم يودع أي ملف بعد.</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Co&amp;mplaints</source>
        <translation>الشكايات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Add beneficiary… (Ctrl+B)</source>
        <translation>إضافة ذي حق… (Ctrl+B)</translation>
    </message>
    <message>
        <source>Member&apos;s file (Ctrl+Up)</source>
        <translation>ملف المنخرط (Ctrl+أعلى)</translation>
    </message>
    <message>
        <source>Child&apos;s condition:</source>
        <translation>وضعية الطفل:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الوضعية:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>RIB:</source>
        <translation>RIB:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Enter opens the selected beneficiary&apos;s file.</source>
        <translation>مفتاح الإدخال يفتح ملف ذي الحق المحدد.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الوعاء</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>الأجير</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>المشغل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <source>Record a month &amp;due…</source>
        <translation>تسجيل شهر مستحق…</translation>
    </message>
    <message>
        <source>Record a pa&amp;yment…</source>
        <translation>تسجيل أداء…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>مُنحت في</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحبت في</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجلت في</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>&amp;Record a consent…</source>
        <translation>تسجيل موافقة…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the selected consent</source>
        <translation>سحب الموافقة المحددة</translation>
    </message>
    <message>
        <source>Oppositions</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>المعاش</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>الأجر</translation>
    </message>
    <message>
        <source>Arrears: %1</source>
        <translation>المتأخرات: %1</translation>
    </message>
    <message>
        <source>No arrears.</source>
        <translation>لا متأخرات.</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>تسجيل موافقة</translation>
    </message>
    <message>
        <source>Consent given by the person to:</source>
        <translation>موافقة الشخص على:</translation>
    </message>
    <message>
        <source>Select the consent to withdraw.</source>
        <translation>حدد الموافقة المراد سحبها.</translation>
    </message>
    <message>
        <source>Withdraw the consent &quot;%1&quot;? The person is excluded from it at once.</source>
        <translation>سحب الموافقة «%1»؟ يُستبعد الشخص منها فورا.</translation>
    </message>
    <message>
        <source>Dossiers are seen under the purposes that handle them (AMO, STU, medical control, archives), not under %1.</source>
        <translation>تُطّلع على الملفات في إطار الغايات التي تعالجها (AMO وSTU والمراقبة الطبية والأرشيف)، لا في إطار %1.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>تاريخ العلاجات</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>المسترجع</translation>
    </message>
    <message>
        <source>Disc&amp;losures</source>
        <translation>الإرسالات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>نوع المرسل إليه</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المرسل إليه</translation>
    </message>
    <message>
        <source>What was disclosed</source>
        <translation>ما تم إرساله</translation>
    </message>
    <message>
        <source>Record a disclo&amp;sure…</source>
        <translation>تسجيل إرسال…</translation>
    </message>
    <message>
        <source>Transmissions of this person&apos;s data to third parties:</source>
        <translation>إرسال معطيات هذا الشخص إلى الغير:</translation>
    </message>
    <message>
        <source>Complaints are read in the complaints section, under the purposes CPL and LEG, not in the member file.</source>
        <translation>تُطَّلع على الشكايات في قسم الشكايات، في إطار الغايتين CPL و LEG، وليس في ملف المنخرط.</translation>
    </message>
    <message>
        <source>Deposit a dossier… (Ctrl+D)</source>
        <translation>إيداع ملف… (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>guichet::PersonTableModel</name>
    <message>
        <source>The persons list is not open under the purpose &quot;%1&quot;.</source>
        <translation>لائحة الأشخاص غير متاحة تحت الغاية «%1».</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>منخرط</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>الزوج(ة)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ابن(ة)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <source>CIN</source>
        <translation>البطاقة الوطنية</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>الصلة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الهيئة</translation>
    </message>
</context>
<context>
    <name>guichet::PersonsPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Immatriculation, CIN or name (Latin or Arabic) — Ctrl+F</source>
        <translation>رقم التسجيل أو البطاقة الوطنية أو الاسم (بالحروف اللاتينية أو العربية) — Ctrl+F</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>لا أحد يطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>لا يُعرض أي شخص</numerusform>
            <numerusform>يُعرض شخص واحد</numerusform>
            <numerusform>يُعرض شخصان</numerusform>
            <numerusform>يُعرض %n أشخاص</numerusform>
            <numerusform>يُعرض %n شخصا</numerusform>
            <numerusform>يُعرض %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation>المزيد عند التمرير</translation>
    </message>
    <message>
        <source>persons of %1 only</source>
        <translation>أشخاص %1 فقط</translation>
    </message>
</context>
<context>
    <name>guichet::PurgePage</name>
    <message>
        <source>persons anonymised</source>
        <translation>أشخاص أخفيت هويتهم</translation>
    </message>
    <message>
        <source>dossiers anonymised</source>
        <translation>ملفات أخفيت هويتها</translation>
    </message>
    <message>
        <source>medical notes deleted</source>
        <translation>ملاحظات طبية محذوفة</translation>
    </message>
    <message>
        <source>attachments deleted</source>
        <translation>مرفقات محذوفة</translation>
    </message>
    <message>
        <source>complaints anonymised</source>
        <translation>شكايات أخفيت هويتها</translation>
    </message>
    <message>
        <source>cases anonymised</source>
        <translation>قضايا أخفيت هويتها</translation>
    </message>
    <message>
        <source>values of changes deleted</source>
        <translation>قيم التعديلات محذوفة</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retention and purge&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الحفظ والحذف&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>مدة الحفظ</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>سارية منذ</translation>
    </message>
    <message>
        <source>E&amp;xpired as of:</source>
        <translation>منتهية بتاريخ:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>محاكاة</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>&amp;Stop after this batch</source>
        <translation>إيقاف بعد هذه الدفعة</translation>
    </message>
    <message>
        <source>Mutuelle</source>
        <translation>التعاضدية</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>ما حذف</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Report as &amp;CSV…</source>
        <translation>التقرير بصيغة CSV…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>حفظ: %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>حفظ التقرير بصيغة CSV</translation>
    </message>
    <message>
        <source>purge-report.csv</source>
        <translation>purge-report.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>purge-report.pdf</source>
        <translation>purge-report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report of the last run (counts only):</source>
        <translation>تقرير آخر عملية (أعداد فقط):</translation>
    </message>
    <message>
        <source>P&amp;urge</source>
        <translation>الحذف</translation>
    </message>
    <message>
        <source>Destruction &amp;record as PDF…</source>
        <translation>محضر الإتلاف بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the destruction record as PDF</source>
        <translation>حفظ محضر الإتلاف بصيغة PDF</translation>
    </message>
    <message>
        <source>destruction-record.pdf</source>
        <translation>destruction-record.pdf</translation>
    </message>
    <message>
        <source>Record the checked boxes as destro&amp;yed…</source>
        <translation>تسجيل العلب المؤشر عليها كمتلفة…</translation>
    </message>
    <message>
        <source>Archive boxes whose every dossier is past its retention and under no legal hold, for physical destruction:</source>
        <translation>علب الأرشيف التي تجاوزت جميع ملفاتها مدة الحفظ ولا تخضع لأي تجميد قانوني، للإتلاف المادي:</translation>
    </message>
    <message>
        <source>&amp;Archive boxes</source>
        <translation>علب الأرشيف</translation>
    </message>
    <message numerus="yes">
        <source>A purge as of %1 stopped after %n batch(es): Purge… resumes it.</source>
        <translation>
            <numerusform>توقفت عملية حذف بتاريخ %1 بعد %n دفعة: «حذف…» يستأنفها.</numerusform>
            <numerusform>توقفت عملية حذف بتاريخ %1 بعد %n دفعة: «حذف…» يستأنفها.</numerusform>
            <numerusform>توقفت عملية حذف بتاريخ %1 بعد %n دفعة: «حذف…» يستأنفها.</numerusform>
            <numerusform>توقفت عملية حذف بتاريخ %1 بعد %n دفعة: «حذف…» يستأنفها.</numerusform>
            <numerusform>توقفت عملية حذف بتاريخ %1 بعد %n دفعة: «حذف…» يستأنفها.</numerusform>
            <numerusform>توقفت عملية حذف بتاريخ %1 بعد %n دفعة: «حذف…» يستأنفها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · box %2 · %3 · %n dossier(s)</source>
        <translation>
            <numerusform>%1 · العلبة %2 · %3 · %n ملف</numerusform>
            <numerusform>%1 · العلبة %2 · %3 · %n ملف</numerusform>
            <numerusform>%1 · العلبة %2 · %3 · %n ملف</numerusform>
            <numerusform>%1 · العلبة %2 · %3 · %n ملف</numerusform>
            <numerusform>%1 · العلبة %2 · %3 · %n ملف</numerusform>
            <numerusform>%1 · العلبة %2 · %3 · %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the date the data is expired as of (dd/mm/yyyy).</source>
        <translation>أدخل تاريخ انتهاء أجل المعطيات (يوم/شهر/سنة).</translation>
    </message>
    <message>
        <source>relationship ended on %1; %2</source>
        <translation>انتهت العلاقة في %1؛ %2</translation>
    </message>
    <message>
        <source>%1 persons would be anonymised; the first %2 are listed.</source>
        <translation>سيتم إخفاء هوية %1 شخص؛ تعرض أول %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>سيتم إخفاء هوية %n شخص.</numerusform>
            <numerusform>سيتم إخفاء هوية %n شخص.</numerusform>
            <numerusform>سيتم إخفاء هوية %n شخص.</numerusform>
            <numerusform>سيتم إخفاء هوية %n شخص.</numerusform>
            <numerusform>سيتم إخفاء هوية %n شخص.</numerusform>
            <numerusform>سيتم إخفاء هوية %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>محاكاة: لم يغير أي شيء.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>الحذف</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) whose data expired as of %1, in every table? This cannot be undone.</source>
        <translation>
            <numerusform>إخفاء هوية %n شخص انتهى أجل معطياته بتاريخ %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص انتهى أجل معطياته بتاريخ %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص انتهى أجل معطياته بتاريخ %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص انتهى أجل معطياته بتاريخ %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص انتهى أجل معطياته بتاريخ %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>إخفاء هوية %n شخص انتهى أجل معطياته بتاريخ %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>جار الحذف…</translation>
    </message>
    <message>
        <source>Stopped. Purge… resumes where it stopped.</source>
        <translation>توقف. «حذف…» يستأنف من حيث توقف.</translation>
    </message>
    <message>
        <source>Purge done: the report below says what went.</source>
        <translation>انتهى الحذف: يبين التقرير أدناه ما حذف.</translation>
    </message>
    <message>
        <source>The purge stopped on an error; what was done is kept, and Purge… resumes it.</source>
        <translation>توقف الحذف بسبب خطأ؛ يحتفظ بما أنجز، و«حذف…» يستأنفه.</translation>
    </message>
    <message>
        <source>No purge has run to its end yet.</source>
        <translation>لم تكتمل أي عملية حذف بعد.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>No archive box has expired.</source>
        <translation>لم ينته أجل أي علبة أرشيف.</translation>
    </message>
    <message>
        <source>Check the boxes that were destroyed.</source>
        <translation>أشر على العلب التي أتلفت.</translation>
    </message>
    <message>
        <source>Archive boxes</source>
        <translation>علب الأرشيف</translation>
    </message>
    <message numerus="yes">
        <source>Record %n box(es) as destroyed, as the signed record says?</source>
        <translation>
            <numerusform>تسجيل %n علبة كمتلفة كما ينص المحضر الموقع؟</numerusform>
            <numerusform>تسجيل %n علبة كمتلفة كما ينص المحضر الموقع؟</numerusform>
            <numerusform>تسجيل %n علبة كمتلفة كما ينص المحضر الموقع؟</numerusform>
            <numerusform>تسجيل %n علبة كمتلفة كما ينص المحضر الموقع؟</numerusform>
            <numerusform>تسجيل %n علبة كمتلفة كما ينص المحضر الموقع؟</numerusform>
            <numerusform>تسجيل %n علبة كمتلفة كما ينص المحضر الموقع؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) recorded as destroyed.</source>
        <translation>
            <numerusform>سجلت %n علبة كمتلفة.</numerusform>
            <numerusform>سجلت %n علبة كمتلفة.</numerusform>
            <numerusform>سجلت %n علبة كمتلفة.</numerusform>
            <numerusform>سجلت %n علبة كمتلفة.</numerusform>
            <numerusform>سجلت %n علبة كمتلفة.</numerusform>
            <numerusform>سجلت %n علبة كمتلفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report as PD&amp;F…</source>
        <translation>التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the destruction record…</source>
        <translation>طباعة محضر الإتلاف…</translation>
    </message>
</context>
<context>
    <name>guichet::PurposePage</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>CNDP authorisation</source>
        <translation>ترخيص اللجنة الوطنية (CNDP)</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>القسم المسؤول</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>The screens of this processing are not part of this version of Guichet yet.</source>
        <translation>شاشات هذه المعالجة ليست بعد جزءا من هذه النسخة من Guichet.</translation>
    </message>
</context>
<context>
    <name>guichet::ReceiptDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>تسجيل أداء</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type an amount more than zero, such as 200 or 200,50.</source>
        <translation>أدخل مبلغا أكبر من صفر، مثل 200 أو 200,50.</translation>
    </message>
</context>
<context>
    <name>guichet::RegistryDialog</name>
    <message>
        <source>Registry of processings</source>
        <translation>سجل المعالجات</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>CNDP</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>المعطيات</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المرسل إليهم</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>القسم المجيب</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Data of the processing selec&amp;ted:</source>
        <translation>معطيات المعالجة المختارة:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>المرسل إليهم:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>حفظ: %1</translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <source>Export the registry as CSV</source>
        <translation>تصدير السجل بصيغة CSV</translation>
    </message>
    <message>
        <source>registry.csv</source>
        <translation>registry.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the registry as PDF</source>
        <translation>حفظ السجل بصيغة PDF</translation>
    </message>
    <message>
        <source>registry.pdf</source>
        <translation>registry.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>طباعة… (Ctrl+P)</translation>
    </message>
    <message>
        <source>The registry entry of %1 is saved.</source>
        <translation>حفظت بطاقة السجل الخاصة بـ %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>guichet::RightsIntakeDialog</name>
    <message>
        <source>New rights request (law 09-08)</source>
        <translation>طلب جديد لممارسة الحقوق (القانون 09-08)</translation>
    </message>
    <message>
        <source>Empty: the requester is not on file</source>
        <translation>فارغ: صاحب الطلب غير مسجل</translation>
    </message>
    <message>
        <source>Taken from the file when empty</source>
        <translation>يؤخذ من الملف إذا كان فارغا</translation>
    </message>
    <message>
        <source>Postal address or e-mail, for the answer</source>
        <translation>العنوان البريدي أو الإلكتروني، للجواب</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>The document that proves it (copy of the CIN, birth certificate…)</source>
        <translation>الوثيقة المثبتة (نسخة من البطاقة الوطنية، عقد الازدياد…)</translation>
    </message>
    <message>
        <source>&amp;Value asked for:</source>
        <translation>القيمة المطلوبة:</translation>
    </message>
    <message>
        <source>e.g. CIN number seen, call-back number</source>
        <translation>مثال: رقم البطاقة المطلع عليها، رقم معاودة الاتصال</translation>
    </message>
    <message>
        <source>&amp;Right exercised:</source>
        <translation>الحق الممارس:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <source>&amp;Immatriculation:</source>
        <translation>رقم التسجيل:</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;name:</source>
        <translation>اسم صاحب الطلب:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>وسيلة الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Processings concerned:</source>
        <translation>المعالجات المعنية:</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>موضوع الطلب:</translation>
    </message>
    <message>
        <source>I&amp;dentity checked by:</source>
        <translation>تم التحقق من الهوية بواسطة:</translation>
    </message>
    <message>
        <source>&amp;Take in (Ctrl+S)</source>
        <translation>تسجيل (Ctrl+S)</translation>
    </message>
    <message>
        <source>The date of receipt is not a valid date.</source>
        <translation>تاريخ التوصل ليس تاريخا صحيحا.</translation>
    </message>
    <message>
        <source>Fie&amp;ld:</source>
        <translation>الحقل:</translation>
    </message>
    <message>
        <source>Eviden&amp;ce:</source>
        <translation>الوثيقة المثبتة:</translation>
    </message>
    <message>
        <source>Identit&amp;y note:</source>
        <translation>ملاحظة حول الهوية:</translation>
    </message>
    <message>
        <source>Rec&amp;eived on:</source>
        <translation>تاريخ التوصل:</translation>
    </message>
</context>
<context>
    <name>guichet::RightsPage</name>
    <message>
        <source>Rectifications asked for under law 09-08, waiting for a second agent&apos;s approval.</source>
        <translation>طلبات التصحيح في إطار القانون 09-08، في انتظار موافقة عون ثان.</translation>
    </message>
    <message>
        <source>Access requests whose medical part waits for a medical controller&apos;s review and sign-off.</source>
        <translation>طلبات الولوج التي ينتظر جزؤها الطبي مراجعة طبيب مراقب وتأشيرته.</translation>
    </message>
    <message>
        <source>Requests of access, rectification, opposition and deletion (law 09-08): one month to answer, in business days; late ones first.</source>
        <translation>طلبات الولوج والتصحيح والتعرض والحذف (القانون 09-08): شهر واحد للجواب، بأيام العمل؛ المتأخرة أولا.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>الحق</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>صاحب الطلب</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ التوصل</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Business days left</source>
        <translation>أيام العمل المتبقية</translation>
    </message>
    <message>
        <source>Parts pending</source>
        <translation>الأجزاء المعلقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>&amp;New request (Ctrl+D)</source>
        <translation>طلب جديد (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>فتح (Enter)</translation>
    </message>
    <message>
        <source>Show the &amp;answered ones</source>
        <translation>إظهار الطلبات المجاب عنها</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>تحديث (F5)</translation>
    </message>
    <message>
        <source>identity to check</source>
        <translation>الهوية في انتظار التحقق</translation>
    </message>
    <message numerus="yes">
        <source>late by %n business day(s)</source>
        <translation>
            <numerusform>متأخر بـ %n يوم عمل</numerusform>
            <numerusform>متأخر بيوم عمل واحد</numerusform>
            <numerusform>متأخر بيومي عمل</numerusform>
            <numerusform>متأخر بـ %n أيام عمل</numerusform>
            <numerusform>متأخر بـ %n يوم عمل</numerusform>
            <numerusform>متأخر بـ %n يوم عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>لا طلب</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>، %n متأخر</numerusform>
            <numerusform>، واحد متأخر</numerusform>
            <numerusform>، اثنان متأخران</numerusform>
            <numerusform>، %n متأخرة</numerusform>
            <numerusform>، %n متأخرا</numerusform>
            <numerusform>، %n متأخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::RightsRequestDialog</name>
    <message>
        <source>Processing</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>CNDP</source>
        <translation>اللجنة الوطنية</translation>
    </message>
    <message>
        <source>Answering division</source>
        <translation>القسم المكلف بالجواب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Identity &amp;checked</source>
        <translation>تم التحقق من الهوية</translation>
    </message>
    <message>
        <source>Answer of the selected part</source>
        <translation>جواب الجزء المحدد</translation>
    </message>
    <message>
        <source>Answer this &amp;part</source>
        <translation>الجواب عن هذا الجزء</translation>
    </message>
    <message>
        <source>Extension of the deadline</source>
        <translation>تمديد الأجل</translation>
    </message>
    <message>
        <source>The reason, told to the requester</source>
        <translation>السبب، يُبلَّغ إلى صاحب الطلب</translation>
    </message>
    <message>
        <source>&amp;Extend and write the notice</source>
        <translation>التمديد وتحرير الإشعار</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>إلى غاية:</translation>
    </message>
    <message>
        <source>Save the report as &amp;JSON…</source>
        <translation>حفظ التقرير بصيغة JSON…</translation>
    </message>
    <message>
        <source>Also &amp;withdraw the consent to direct prospecting</source>
        <translation>سحب الموافقة على الاستمالة المباشرة أيضا</translation>
    </message>
    <message>
        <source>Record the &amp;opposition</source>
        <translation>تسجيل التعرض</translation>
    </message>
    <message>
        <source>C&amp;heck whether the data may go</source>
        <translation>التحقق من إمكانية حذف المعطيات</translation>
    </message>
    <message>
        <source>&amp;Approve and rectify…</source>
        <translation>الموافقة والتصحيح…</translation>
    </message>
    <message>
        <source>Immatriculation</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Sign off the medical part…</source>
        <translation>التأشير على الجزء الطبي…</translation>
    </message>
    <message>
        <source>Answer to the requester</source>
        <translation>الجواب إلى صاحب الطلب</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>مقبول جزئيا</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Letter in French</source>
        <translation>رسالة بالفرنسية</translation>
    </message>
    <message>
        <source>Letter in Arabic</source>
        <translation>رسالة بالعربية</translation>
    </message>
    <message>
        <source>The answer, as the letter will say it</source>
        <translation>الجواب، كما ستذكره الرسالة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>حررها</translation>
    </message>
    <message>
        <source>On</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>&amp;Letters sent (Enter prints):</source>
        <translation>الرسائل المرسلة (Enter للطباعة):</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Rights request %1</source>
        <translation>طلب الحقوق %1</translation>
    </message>
    <message>
        <source>the month runs from the identity check</source>
        <translation>يسري الشهر ابتداء من التحقق من الهوية</translation>
    </message>
    <message>
        <source> (extended: %1)</source>
        <translation> (ممدد: %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, received %3 by %4&lt;br&gt;Requester: &lt;b&gt;%5&lt;/b&gt; %6 %7&lt;br&gt;Status: &lt;b&gt;%8&lt;/b&gt;%9 — deadline: %10&lt;br&gt;Identity: %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2، توصلنا به بتاريخ %3 عبر %4&lt;br&gt;صاحب الطلب: &lt;b&gt;%5&lt;/b&gt; %6 %7&lt;br&gt;الوضعية: &lt;b&gt;%8&lt;/b&gt;%9 — الأجل: %10&lt;br&gt;الهوية: %11</translation>
    </message>
    <message>
        <source>(not on file)</source>
        <translation>(غير مسجل)</translation>
    </message>
    <message>
        <source>%1, by %2 on %3 %4</source>
        <translation>%1، من طرف %2 بتاريخ %3 %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;not checked yet&lt;/b&gt;: the request goes no further</source>
        <translation>&lt;b&gt;لم يتم التحقق بعد&lt;/b&gt;: لا يتقدم الطلب</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>تم الجواب</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الولوج</translation>
    </message>
    <message>
        <source>Medical part signed off by %1 on %2.</source>
        <translation>أشّر %1 على الجزء الطبي بتاريخ %2.</translation>
    </message>
    <message>
        <source>The medical part appears in the report only once a medical controller signs it off.</source>
        <translation>لا يظهر الجزء الطبي في التقرير إلا بعد تأشير طبيب مراقب عليه.</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>%1: «%2» asked for; evidence: %3.</source>
        <translation>%1: «%2» مطلوب؛ الوثيقة المثبتة: %3.</translation>
    </message>
    <message>
        <source>Waiting for a second agent&apos;s approval under REG.</source>
        <translation>في انتظار موافقة عون ثان في إطار REG.</translation>
    </message>
    <message>
        <source>Approved and made by %1 on %2.</source>
        <translation>وافق عليه ونفذه %1 بتاريخ %2.</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>التعرض</translation>
    </message>
    <message>
        <source>Reason: %1. A processing that is a legal obligation cannot be opposed: its answer says so.</source>
        <translation>السبب: %1. لا يمكن التعرض على معالجة تشكل التزاما قانونيا: ويذكر جوابها ذلك.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>الحذف</translation>
    </message>
    <message>
        <source>Refused while a retention obligation or a legal hold applies; otherwise the data-protection officer anonymises the person in every table.</source>
        <translation>يُرفض ما دام التزام بالحفظ أو تجميد قانوني ساريا؛ وإلا فإن مسؤول حماية المعطيات يُخفي هوية الشخص في جميع الجداول.</translation>
    </message>
    <message>
        <source>Medical note</source>
        <translation>ملاحظة طبية</translation>
    </message>
    <message>
        <source>Line review</source>
        <translation>مراجعة سطر</translation>
    </message>
    <message>
        <source>Identity checked: the month to answer runs, and a legal hold keeps the requester&apos;s data.</source>
        <translation>تم التحقق من الهوية: يسري شهر الجواب، ويحفظ تجميد قانوني معطيات صاحب الطلب.</translation>
    </message>
    <message>
        <source>Select the part to answer.</source>
        <translation>حدد الجزء المراد الجواب عنه.</translation>
    </message>
    <message>
        <source>The part of %1 is answered.</source>
        <translation>تم الجواب عن جزء %1.</translation>
    </message>
    <message>
        <source>The new deadline is not a valid date.</source>
        <translation>الأجل الجديد ليس تاريخا صحيحا.</translation>
    </message>
    <message>
        <source>Deadline extended to %1; the notice to the requester is kept below: print it or save it as PDF.</source>
        <translation>تم تمديد الأجل إلى %1؛ الإشعار الموجه إلى صاحب الطلب محفوظ أدناه: اطبعه أو احفظه بصيغة PDF.</translation>
    </message>
    <message>
        <source>Opposition recorded for each processing that allows it; the others are answered as legal obligations.</source>
        <translation>تم تسجيل التعرض لكل معالجة تسمح به؛ وأُجيب عن الأخرى باعتبارها التزامات قانونية.</translation>
    </message>
    <message>
        <source>Nothing keeps this person&apos;s data any more: the data-protection officer may delete it.</source>
        <translation>لم يعد هناك ما يستوجب حفظ معطيات هذا الشخص: يمكن لمسؤول حماية المعطيات حذفها.</translation>
    </message>
    <message>
        <source>The data cannot be deleted now: %1.</source>
        <translation>لا يمكن حذف المعطيات الآن: %1.</translation>
    </message>
    <message>
        <source>It will go from %1.</source>
        <translation>ستُحذف ابتداء من %1.</translation>
    </message>
    <message>
        <source>The date it will go is not known yet: a relationship or a file is still running.</source>
        <translation>تاريخ الحذف غير معروف بعد: انخراط أو ملف لا يزال جاريا.</translation>
    </message>
    <message>
        <source>Delete this person&apos;s data</source>
        <translation>حذف معطيات هذا الشخص</translation>
    </message>
    <message>
        <source>Anonymise %1 in every table? This cannot be undone; the audit log keeps only that it happened.</source>
        <translation>إخفاء هوية %1 في جميع الجداول؟ لا يمكن التراجع عن ذلك؛ ولا يحتفظ سجل التدقيق إلا بحصول العملية.</translation>
    </message>
    <message>
        <source>The person is anonymised in every table. Answer the requester below.</source>
        <translation>تم إخفاء هوية الشخص في جميع الجداول. أجب صاحب الطلب أدناه.</translation>
    </message>
    <message>
        <source>Approve the rectification</source>
        <translation>الموافقة على التصحيح</translation>
    </message>
    <message>
        <source>Change %1 to «%2» in the member file?</source>
        <translation>تغيير %1 إلى «%2» في ملف المنخرط؟</translation>
    </message>
    <message>
        <source>Rectified.</source>
        <translation>تم التصحيح.</translation>
    </message>
    <message>
        <source>Rectified. No recipient received this data: nobody else is to be informed.</source>
        <translation>تم التصحيح. لم تتوصل أي جهة بهذه المعطيات: لا أحد آخر يجب إخباره.</translation>
    </message>
    <message>
        <source>Rectified. Inform of the correction: %1.</source>
        <translation>تم التصحيح. يجب إخبار الجهات التالية بالتصحيح: %1.</translation>
    </message>
    <message>
        <source>Sign off the medical part</source>
        <translation>التأشير على الجزء الطبي</translation>
    </message>
    <message numerus="yes">
        <source>The %n medical item(s) listed will appear in the requester&apos;s access report. Sign them off?</source>
        <translation>
            <numerusform>لا يوجد أي عنصر طبي سيظهر في تقرير الولوج. التأشير؟</numerusform>
            <numerusform>سيظهر العنصر الطبي المدرج في تقرير الولوج لصاحب الطلب. التأشير عليه؟</numerusform>
            <numerusform>سيظهر العنصران الطبيان المدرجان في تقرير الولوج لصاحب الطلب. التأشير عليهما؟</numerusform>
            <numerusform>ستظهر العناصر الطبية الـ %n المدرجة في تقرير الولوج لصاحب الطلب. التأشير عليها؟</numerusform>
            <numerusform>ستظهر العناصر الطبية الـ %n المدرجة في تقرير الولوج لصاحب الطلب. التأشير عليها؟</numerusform>
            <numerusform>ستظهر العناصر الطبية الـ %n المدرجة في تقرير الولوج لصاحب الطلب. التأشير عليها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Medical part signed off: the legal division may send the report.</source>
        <translation>تم التأشير على الجزء الطبي: يمكن للقسم القانوني إرسال التقرير.</translation>
    </message>
    <message>
        <source>Answer the requester</source>
        <translation>الجواب إلى صاحب الطلب</translation>
    </message>
    <message>
        <source>Answer request %1 (%2) and keep the letter? The request is then closed and its legal hold lifted.</source>
        <translation>الجواب عن الطلب %1 (%2) وحفظ الرسالة؟ يُغلق الطلب حينئذ ويُرفع تجميده القانوني.</translation>
    </message>
    <message>
        <source>Answered. The letter is kept below: print it or save it as PDF.</source>
        <translation>تم الجواب. الرسالة محفوظة أدناه: اطبعها أو احفظها بصيغة PDF.</translation>
    </message>
    <message>
        <source>No letter is selected.</source>
        <translation>لم يتم تحديد أي رسالة.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>حفظ الرسالة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>حفظ تقرير الولوج</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Each processing&apos;s part, and its di&amp;vision:</source>
        <translation>جزء كل معالجة، وقسمها:</translation>
    </message>
    <message>
        <source>Delete (anon&amp;ymise)…</source>
        <translation>حذف (إخفاء الهوية)…</translation>
    </message>
    <message>
        <source>A&amp;nswer and write the letter…</source>
        <translation>الجواب وتحرير الرسالة…</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n business day(s): the deadline was %1.</source>
        <translation>
            <numerusform>الطلب متأخر بـ %n يوم عمل: انقضى أجل الجواب في %1.</numerusform>
            <numerusform>الطلب متأخر بيوم عمل واحد: انقضى أجل الجواب في %1.</numerusform>
            <numerusform>الطلب متأخر بيومي عمل: انقضى أجل الجواب في %1.</numerusform>
            <numerusform>الطلب متأخر بـ %n أيام عمل: انقضى أجل الجواب في %1.</numerusform>
            <numerusform>الطلب متأخر بـ %n يوم عمل: انقضى أجل الجواب في %1.</numerusform>
            <numerusform>الطلب متأخر بـ %n يوم عمل: انقضى أجل الجواب في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation>قفل الشاشة بعد:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guichet, the back-office of the CNOPS and its mutuelles.</source>
        <translation>Guichet، المكتب الخلفي للصندوق الوطني لمنظمات الاحتياط الاجتماعي وتعاضدياته.</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database. Default: %1.</source>
        <translation>ملف SQLite، أو postgresql://user@host:port/database. الافتراضي: %1.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <source>Render the first window to a PNG file and exit.</source>
        <translation>حفظ النافذة الأولى في ملف PNG ثم الخروج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Interface language: fr, ar or en.</source>
        <translation>لغة الواجهة: fr أو ar أو en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Sign in a demo agent without a password (demo databases only).</source>
        <translation>تسجيل دخول عون تجريبي بدون كلمة مرور (قواعد البيانات التجريبية فقط).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>اسم_المستخدم</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr, ar or en.</source>
        <translation>لغة غير معروفة «%1»: استعمل fr أو ar أو en.</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>تعذرت كتابة لقطة الشاشة %1.</translation>
    </message>
    <message>
        <source>A guichet:// link (optional).</source>
        <translation>رابط guichet://‏ (اختياري).</translation>
    </message>
    <message>
        <source>Sign in to the central database of a saved profile.</source>
        <translation>تسجيل الدخول إلى القاعدة المركزية لملف تعريفي محفوظ.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>This workstation (%1)</source>
        <translation>هذا الحاسوب (%1)</translation>
    </message>
    <message>
        <source>No saved profile is called &quot;%1&quot;.</source>
        <translation>لا يوجد ملف تعريفي محفوظ باسم «%1».</translation>
    </message>
</context>
</TS>
