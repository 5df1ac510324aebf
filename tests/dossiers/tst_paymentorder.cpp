#include "core/PaymentOrder.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

// Valid RIBs (key = 97 − (first 22 digits × 100 mod 97)) and their 16-digit account numbers.
const QString ribA = u"011780000012345678901296"_s; // account 0000123456789012
const QString ribB = u"225780000987654321098715"_s; // account 0009876543210987
const QString ribMax = u"011780999999999999999964"_s; // account 9999999999999999
const QString ribOne = u"190123000000000000000121"_s; // account 0000000000000001

const PaymentOrderHeader header{u"MGPAP"_s, u"B-2026-0007"_s, u"2026-10"_s, QDate(2026, 11, 3)};

QList<PaymentOrderLine> twoPayments()
{
    return {{u"2026-0000001"_s, u"123456789"_s, u"Fatima Zahra El Idrissi"_s, ribA, 13500},
            {u"2026-0000002"_s, u"987654321"_s, u"Mohamed Ait Ben Haddou"_s, ribB, 245078}};
}

} // namespace

class TestPaymentOrder : public QObject
{
    Q_OBJECT

private slots:
    void knownFile()
    {
        const PaymentOrderFile file = PaymentOrder::write(header, twoPayments());
        QVERIFY2(file.ok(), qPrintable(file.error));
        // Control by hand: 0000123456789012 + 0009876543210987 = 0009999999999999.
        QCOMPARE(file.bytes, QByteArray("H;MGPAP;B-2026-0007;2026-10;2026-11-03;2\r\n"
                                        "D;2026-0000001;123456789;Fatima Zahra El Idrissi;011780000012345678901296;13500\r\n"
                                        "D;2026-0000002;987654321;Mohamed Ait Ben Haddou;225780000987654321098715;245078\r\n"
                                        "T;2;258578;0009999999999999\r\n"));
    }

    void control_data()
    {
        QTest::addColumn<QStringList>("ribs");
        QTest::addColumn<QString>("control");
        QTest::newRow("two accounts") << QStringList{ribA, ribB} << u"0009999999999999"_s;
        QTest::newRow("one account, leading zeros kept") << QStringList{ribOne} << u"0000000000000001"_s;
        QTest::newRow("modulo 10^16") << QStringList{ribMax, ribOne, ribA} << u"0000123456789012"_s;
        QTest::newRow("spaces typed in the RIB") << QStringList{u"011 780 0000123456789012 96"_s} << u"0000123456789012"_s;
    }

    void control()
    {
        QFETCH(QStringList, ribs);
        QFETCH(QString, control);
        QList<PaymentOrderLine> lines;
        for (const QString &rib : ribs)
            lines.append({u"D%1"_s.arg(lines.size()), u"1"_s, u"P"_s, rib, 100});
        QCOMPARE(PaymentOrder::control(lines), control);
        const PaymentOrderFile file = PaymentOrder::write(header, lines);
        QVERIFY2(file.ok(), qPrintable(file.error));
        QVERIFY(file.bytes.endsWith(QByteArray(";" + control.toLatin1() + "\r\n")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("payee");
        QTest::newRow("latin") << u"Fatima Zahra El Idrissi"_s;
        QTest::newRow("apostrophe") << u"Hassan M'Barek O'Neill"_s;
        QTest::newRow("accents") << u"Zoé Lefèvre-Benjelloun"_s;
        QTest::newRow("arabic") << u"فاطمة الزهراء الإدريسي"_s;
        QTest::newRow("arabic and latin") << u"محمد Ait Ben Haddou"_s;
        QTest::newRow("quotes and comma") << u"\"Said\", dit l'Ancien"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, payee);
        QList<PaymentOrderLine> lines = twoPayments();
        lines[1].payee = payee;
        const PaymentOrderFile file = PaymentOrder::write(header, lines);
        QVERIFY2(file.ok(), qPrintable(file.error));
        QVERIFY(file.bytes.contains(payee.toUtf8()));
        const PaymentOrderContent read = PaymentOrder::read(file.bytes);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.header.organisationCode, header.organisationCode);
        QCOMPARE(read.header.batchNumber, header.batchNumber);
        QCOMPARE(read.header.period, header.period);
        QCOMPARE(read.header.issuedOn, header.issuedOn);
        QCOMPARE(read.total, 13500 + 245078);
        QCOMPARE(read.lines.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(read.lines[i].dossierNumber, lines[i].dossierNumber);
            QCOMPARE(read.lines[i].immatriculation, lines[i].immatriculation);
            QCOMPARE(read.lines[i].payee, lines[i].payee);
            QCOMPARE(read.lines[i].rib, lines[i].rib);
            QCOMPARE(read.lines[i].amount, lines[i].amount);
        }
    }

    void writeRefuses_data()
    {
        QTest::addColumn<QList<PaymentOrderLine>>("lines");
        QTest::addColumn<PaymentOrderHeader>("head");
        const auto changed = [](auto change) {
            QList<PaymentOrderLine> lines = twoPayments();
            change(lines[1]);
            return lines;
        };
        const auto headerChanged = [](auto change) {
            PaymentOrderHeader h = header;
            change(h);
            return h;
        };
        QTest::newRow("empty batch") << QList<PaymentOrderLine>{} << header;
        QTest::newRow("wrong RIB key") << changed([](auto &l) { l.rib = u"011780000012345678901297"_s; }) << header;
        QTest::newRow("RIB too short") << changed([](auto &l) { l.rib = u"0117800000123456789012"_s; }) << header;
        QTest::newRow("no RIB") << changed([](auto &l) { l.rib.clear(); }) << header;
        QTest::newRow("zero amount") << changed([](auto &l) { l.amount = 0; }) << header;
        QTest::newRow("negative amount") << changed([](auto &l) { l.amount = -13500; }) << header;
        QTest::newRow("amount over the maximum") << changed([](auto &l) { l.amount = PaymentOrder::MaxTotal + 1; }) << header;
        QTest::newRow("total over the maximum") << changed([](auto &l) { l.amount = PaymentOrder::MaxTotal; }) << header;
        QTest::newRow("semicolon in payee") << changed([](auto &l) { l.payee = u"Ali;D;x"_s; }) << header;
        QTest::newRow("LF in payee") << changed([](auto &l) { l.payee = u"Ali\nD;x"_s; }) << header;
        QTest::newRow("CR in payee") << changed([](auto &l) { l.payee = u"Ali\rBaba"_s; }) << header;
        QTest::newRow("tab in payee") << changed([](auto &l) { l.payee = u"Ali\tBaba"_s; }) << header;
        QTest::newRow("unicode line separator") << changed([](auto &l) { l.payee = u"Ali\u2028Baba"_s; }) << header;
        QTest::newRow("empty payee") << changed([](auto &l) { l.payee = u"  "_s; }) << header;
        QTest::newRow("semicolon in dossier number") << changed([](auto &l) { l.dossierNumber = u"1;2"_s; }) << header;
        QTest::newRow("empty immatriculation") << changed([](auto &l) { l.immatriculation.clear(); }) << header;
        QTest::newRow("dossier paid twice") << changed([](auto &l) { l.dossierNumber = u"2026-0000001"_s; }) << header;
        QTest::newRow("semicolon in organisation")
            << twoPayments() << headerChanged([](auto &h) { h.organisationCode = u"A;B"_s; });
        QTest::newRow("no batch number") << twoPayments() << headerChanged([](auto &h) { h.batchNumber.clear(); });
        QTest::newRow("period month 13") << twoPayments() << headerChanged([](auto &h) { h.period = u"2026-13"_s; });
        QTest::newRow("period as a date") << twoPayments() << headerChanged([](auto &h) { h.period = u"2026-10-01"_s; });
        QTest::newRow("no issue date") << twoPayments() << headerChanged([](auto &h) { h.issuedOn = QDate(); });
    }

    void writeRefuses()
    {
        QFETCH(QList<PaymentOrderLine>, lines);
        QFETCH(PaymentOrderHeader, head);
        const PaymentOrderFile file = PaymentOrder::write(head, lines);
        QVERIFY(!file.ok());
        QVERIFY(file.bytes.isEmpty());
    }

    void readRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = PaymentOrder::write(header, twoPayments()).bytes;
        const auto replaced = [&](const char *before, const char *after) {
            QByteArray b = good;
            Q_ASSERT(b.contains(before));
            return b.replace(before, after);
        };
        QTest::newRow("tampered amount") << replaced(";245078\r\n", ";945078\r\n");
        QTest::newRow("removed line") << replaced("D;2026-0000001;123456789;Fatima Zahra El Idrissi;011780000012345678901296;13500\r\n", "");
        QTest::newRow("removed line, counts fixed")
            << replaced("D;2026-0000001;123456789;Fatima Zahra El Idrissi;011780000012345678901296;13500\r\n", "")
                   .replace(";2\r\n", ";1\r\n").replace("T;2;258578;", "T;1;245078;");
        // Another valid RIB: only the control sees the payment redirected.
        QTest::newRow("redirected to another account") << replaced("225780000987654321098715", "190123000000000000000121");
        QTest::newRow("invalid RIB") << replaced("225780000987654321098715", "225780000987654321098716");
        QTest::newRow("negative amount") << replaced(";13500\r\n", ";-13500\r\n");
        QTest::newRow("zero amount") << replaced(";13500\r\n", ";0\r\n");
        QTest::newRow("amount with a decimal") << replaced(";13500\r\n", ";135.00\r\n");
        QTest::newRow("extra field") << replaced(";13500\r\n", ";13500;x\r\n");
        QTest::newRow("LF line ends") << QByteArray(good).replace("\r\n", "\n");
        QTest::newRow("truncated") << good.left(good.size() - 2);
        QTest::newRow("no trailer") << good.left(good.indexOf("T;"));
        QTest::newRow("trailer twice") << good + good.mid(good.indexOf("T;"));
        QTest::newRow("not UTF-8") << replaced("Fatima", "F\xe9tima");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << good.left(good.indexOf("\r\n") + 2);
    }

    void readRefuses()
    {
        QFETCH(QByteArray, bytes);
        const PaymentOrderContent read = PaymentOrder::read(bytes);
        QVERIFY(!read.ok());
        QVERIFY(read.lines.isEmpty());
        QVERIFY(!read.error.isEmpty());
    }

    // Count, total and control catch mistakes and a careless edit, not a forger who recomputes
    // the trailer: the file's authenticity is the job of the channel to the bank (signature).
    void aRecomputedTrailerIsNotCaught()
    {
        QByteArray forged = PaymentOrder::write(header, twoPayments()).bytes;
        forged.replace(";245078\r\n", ";945078\r\n").replace("T;2;258578;", "T;2;958578;");
        QVERIFY(PaymentOrder::read(forged).ok());
    }
};

QTEST_GUILESS_MAIN(TestPaymentOrder)
#include "tst_paymentorder.moc"
