<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
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
        <source>create-agent: the agent&apos;s full name.</source>
        <translation>create-agent: الاسم الكامل للعون.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>create-agent: CNOPS or a mutuelle&apos;s code (MGPAP, OMFAM, …).</source>
        <translation>create-agent: ‏CNOPS أو رمز تعاضدية (MGPAP، OMFAM، …).</translation>
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
        <source>Administration of a Guichet database.

Commands:
  migrate        bring the schema to this version
  seed-demo      add demo agents and persons (demo databases only)
  create-agent   create an agent: --login, --name, --organisation, --role
  deactivate-agent  deactivate an agent: --login
  verify-audit   check the hash chain of the audit log</source>
        <translation>إدارة قاعدة بيانات Guichet.

الأوامر:
  migrate        تحيين المخطط إلى هذه النسخة
  seed-demo      إضافة أعوان وأشخاص تجريبيين (قواعد البيانات التجريبية فقط)
  create-agent   إنشاء عون: --login، --name، --organisation، --role
  deactivate-agent  تعطيل عون: --login
  verify-audit   التحقق من سلسلة بصمات سجل التدقيق</translation>
    </message>
    <message>
        <source>migrate, seed-demo, create-agent, deactivate-agent or verify-audit</source>
        <translation>migrate أو seed-demo أو create-agent أو deactivate-agent أو verify-audit</translation>
    </message>
    <message>
        <source>create-agent, deactivate-agent: the agent&apos;s login.</source>
        <translation>create-agent، deactivate-agent: اسم مستخدم العون.</translation>
    </message>
    <message>
        <source>Name one command: migrate, seed-demo, create-agent, deactivate-agent or verify-audit.</source>
        <translation>اذكر أمرا واحدا: migrate أو seed-demo أو create-agent أو deactivate-agent أو verify-audit.</translation>
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
        <source>A CIN is one or two capital letters followed by up to six digits, as in AB123456.</source>
        <translation>البطاقة الوطنية حرف أو حرفان لاتينيان كبيران متبوعان بستة أرقام على الأكثر، مثل AB123456.</translation>
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
</context>
<context>
    <name>guichet::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;تأكيد:</translation>
    </message>
    <message>
        <source>At least %1 characters, without your login.</source>
        <translation>عدد الأحرف %1 على الأقل، دون اسم المستخدم.</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>ت&amp;غيير</translation>
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
        <translation>الإ&amp;بقاء على صيغتي</translation>
    </message>
    <message>
        <source>&amp;Take the saved version</source>
        <translation>ا&amp;عتماد الصيغة المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Back to my form</source>
        <translation>ال&amp;رجوع إلى نموذجي</translation>
    </message>
    <message>
        <source>Another agent saved this file after you opened it. Compare, then choose.</source>
        <translation>حفظ عون آخر هذا الملف بعد أن فتحته. قارن ثم اختر.</translation>
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
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>الت&amp;شفير:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
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
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
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
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Remember my password in this computer&apos;s keychain</source>
        <translation>&amp;تذكر كلمة المرور في خزانة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <source>No keychain on this computer: type the password each time.</source>
        <translation>لا توجد خزانة مفاتيح في هذا الحاسوب: اكتب كلمة المرور في كل مرة.</translation>
    </message>
    <message>
        <source>Pro&amp;files…</source>
        <translation>الم&amp;لفات التعريفية…</translation>
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
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>ال&amp;بحث عن شخص</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>&amp;حول Guichet</translation>
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
        <source>Immatriculation:</source>
        <translation>رقم التسجيل:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>الاسم ال&amp;عائلي:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم ال&amp;شخصي:</translation>
    </message>
    <message>
        <source>Last name in &amp;Arabic:</source>
        <translation>الاسم العائلي بالعر&amp;بية:</translation>
    </message>
    <message>
        <source>First name in A&amp;rabic:</source>
        <translation>الاسم الشخصي بالع&amp;ربية:</translation>
    </message>
    <message>
        <source>&amp;CIN:</source>
        <translation>البطاقة ال&amp;وطنية:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>تاريخ الا&amp;زدياد:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>الج&amp;نس:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
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
</context>
<context>
    <name>guichet::PersonFileDialog</name>
    <message>
        <source>File of %1 %2</source>
        <translation>ملف %1 %2</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
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
        <source>Beneficiaries (%1)</source>
        <translation>ذوو الحقوق (%1)</translation>
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
        <translation>&amp;تعديل… (F2)</translation>
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
        <translation>&amp;بحث:</translation>
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
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after:</source>
        <translation>&amp;قفل الشاشة بعد:</translation>
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
