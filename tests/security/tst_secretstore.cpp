// The keychain behind its interface: the fake always; the real Secret Service when the test runs
// under tests/keychain/run-with-keyring.sh (GUICHET_TEST_REAL_KEYCHAIN=1), where a keychain that
// does not answer is a failure, not a skip.
#include "security/FakeSecretStore.h"
#include "security/KeychainSecretStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace guichet;
using namespace Qt::StringLiterals;

using Status = SecretStore::Status;

namespace {

bool realKeychainRequested()
{
    return qEnvironmentVariable("GUICHET_TEST_REAL_KEYCHAIN") == u"1"_s;
}

QString freshKey()
{
    return SecretStore::passwordKey(u"test "_s + QUuid::createUuid().toString(QUuid::Id128), u"samira.b"_s);
}

// The same sequence for every store: a new key is absent, then written, read back, replaced,
// removed, and absent again.
void exercise(SecretStore &store, const QString &key)
{
    const QString secret = u"Mot de passe d'essai — كلمة السر"_s;
    QCOMPARE(store.read(key).status, Status::NotFound);
    QCOMPARE(store.write(key, secret).status, Status::Ok);
    const SecretStore::Result read = store.read(key);
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, secret);
    QCOMPARE(store.write(key, u"second"_s).status, Status::Ok);
    QCOMPARE(store.read(key).secret, u"second"_s);
    QCOMPARE(store.remove(key).status, Status::Ok);
    QCOMPARE(store.read(key).status, Status::NotFound);
    QCOMPARE(store.remove(key).status, Status::Ok); // nothing to remove is not a failure
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (realKeychainRequested())
            return;
        // The plain run must not reach the developer's own keychain: no session bus. It plays a
        // KDE desktop, the one path where QtKeychain has a plain-text fallback (a QSettings file,
        // here in a folder of our own), to show that the fallback stays off.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/guichet-test-bus");
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        qputenv("KDE_SESSION_VERSION", "4");
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void passwordKey()
    {
        QCOMPARE(SecretStore::passwordKey(u"CNOPS Rabat"_s, u"samira.b"_s), u"guichet/CNOPS Rabat/samira.b"_s);
        QCOMPARE(SecretStore::passwordKey(u"الرباط"_s, u"agent"_s), u"guichet/الرباط/agent"_s);
        QVERIFY(SecretStore::passwordKey(u"a/b"_s, u"c"_s) != SecretStore::passwordKey(u"a"_s, u"b/c"_s));
        QVERIFY(SecretStore::passwordKey(u"a%2Fb"_s, u"c"_s) != SecretStore::passwordKey(u"a/b"_s, u"c"_s));
    }

    void fakeStore()
    {
        FakeSecretStore store;
        QVERIFY(store.isAvailable());
        exercise(store, freshKey());
        QCOMPARE(store.size(), 0);
    }

    void fakeStoreUnavailable()
    {
        FakeSecretStore store;
        QCOMPARE(store.write(u"kept"_s, u"s"_s).status, Status::Ok);
        store.setAvailable(false);
        QVERIFY(!store.isAvailable());
        for (const SecretStore::Result &result :
             {store.read(u"kept"_s), store.write(u"k"_s, u"s"_s), store.remove(u"kept"_s)}) {
            QCOMPARE(result.status, Status::Unavailable);
            QVERIFY(result.secret.isEmpty());
            QVERIFY(!result.message.isEmpty());
        }
        store.setAvailable(true);
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.read(u"kept"_s).secret, u"s"_s);
    }

    void realKeychain()
    {
        if (!realKeychainRequested())
            QSKIP("needs a Secret Service: runs as tst_secretstore_keyring, under tests/keychain/run-with-keyring.sh");
        KeychainSecretStore store;
        const SecretStore::Result probe = store.read(u"guichet/availability-probe"_s);
        QVERIFY2(store.isAvailable(), qPrintable(u"the keychain of the test session does not answer: "_s + probe.message));
        exercise(store, freshKey());
    }

    void realKeychainSeenFromOutside()
    {
        if (!realKeychainRequested())
            QSKIP("needs a Secret Service: runs as tst_secretstore_keyring, under tests/keychain/run-with-keyring.sh");
        // The entry is in the Secret Service itself, as another program sees it (QtKeychain's
        // libsecret attributes: server = service name, user = key).
        const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
        if (secretTool.isEmpty())
            QSKIP("secret-tool (Debian package libsecret-tools) is not installed");
        KeychainSecretStore store;
        const QString key = freshKey();
        QCOMPARE(store.write(key, u"vu de l'extérieur"_s).status, Status::Ok);
        QProcess lookup;
        lookup.start(secretTool, {u"lookup"_s, u"server"_s, u"Guichet"_s, u"user"_s, key});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), u"vu de l'extérieur"_s);
        QCOMPARE(store.remove(key).status, Status::Ok);
        lookup.start(secretTool, {u"lookup"_s, u"server"_s, u"Guichet"_s, u"user"_s, key});
        QVERIFY(lookup.waitForFinished(10000));
        QVERIFY(lookup.readAllStandardOutput().isEmpty());
    }

    void noKeychainMeansNoStorage()
    {
        if (realKeychainRequested())
            QSKIP("a keychain is running");
        KeychainSecretStore store;
        QVERIFY(!store.isAvailable());
        // QtKeychain reports a missing session bus as a failure (Error), a missing backend as
        // Unavailable: either way the agent is told, and nothing is kept.
        for (const SecretStore::Result &result :
             {store.write(u"guichet/test/nobody"_s, u"secret"_s), store.read(u"guichet/test/nobody"_s)}) {
            QVERIFY2(result.status == Status::Unavailable || result.status == Status::Error, qPrintable(result.message));
            QVERIFY(result.secret.isEmpty());
            QVERIFY(!result.message.isEmpty());
        }
        QDirIterator files(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), "nothing may be written to a file when there is no keychain");
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
