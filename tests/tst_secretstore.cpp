// The keychain behind its interface: the fake always; the real Secret Service when the test runs
// under tests/keychain/run-with-keyring.sh (GUICHET_TEST_REAL_KEYCHAIN=1).
#include "security/FakeSecretStore.h"
#include "security/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {
void exercise(SecretStore &store)
{
    const QString key = SecretStore::passwordKey(u"test-"_s + QUuid::createUuid().toString(QUuid::Id128),
                                                 u"samira.b"_s);
    QCOMPARE(store.read(key).status, SecretStore::Status::NotFound);
    QCOMPARE(store.write(key, u"Mot de passe d'essai — كلمة"_s).status, SecretStore::Status::Ok);
    const SecretStore::Result read = store.read(key);
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, u"Mot de passe d'essai — كلمة"_s);
    QCOMPARE(store.write(key, u"second"_s).status, SecretStore::Status::Ok);
    QCOMPARE(store.read(key).secret, u"second"_s);
    QCOMPARE(store.remove(key).status, SecretStore::Status::Ok);
    QCOMPARE(store.read(key).status, SecretStore::Status::NotFound);
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void fakeStore()
    {
        FakeSecretStore store;
        QVERIFY(store.isAvailable());
        exercise(store);
        store.setAvailable(false);
        QVERIFY(!store.isAvailable());
        QCOMPARE(store.write(u"k"_s, u"s"_s).status, SecretStore::Status::Unavailable);
        QCOMPARE(store.size(), 0);
    }

    void realKeychain()
    {
        if (qEnvironmentVariable("GUICHET_TEST_REAL_KEYCHAIN") != u"1"_s)
            QSKIP("runs under tests/keychain/run-with-keyring.sh, with a real Secret Service");
        KeychainSecretStore store;
        QVERIFY2(store.isAvailable(), "the Secret Service of the test session must answer");
        exercise(store);
    }

    void noKeychainMeansNoStorage()
    {
        if (qEnvironmentVariable("GUICHET_TEST_REAL_KEYCHAIN") == u"1"_s)
            QSKIP("a keychain is running");
        // On a machine without a Secret Service (the plain test run), nothing is stored anywhere.
        KeychainSecretStore store;
        const SecretStore::Result result = store.write(u"guichet/test/nobody"_s, u"secret"_s);
        QVERIFY(result.status == SecretStore::Status::Unavailable || result.status == SecretStore::Status::Error);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!store.isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
