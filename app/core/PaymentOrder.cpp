#include "core/PaymentOrder.h"

#include "core/Rib.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString crlf = QStringLiteral("\r\n");
constexpr qint64 controlModulus = 10000000000000000; // 10^16

// Empty when the field can be written as is: not empty, no separator, nothing a bank's reader
// could take for the end of a record. Otherwise a sentence naming the field by `label`.
QString fieldProblem(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return PaymentOrder::tr("The %1 is empty.").arg(label);
    if (!value.isValidUtf16())
        return PaymentOrder::tr("The %1 is not valid text.").arg(label);
    for (const QChar c : value) {
        if (c == u';')
            return PaymentOrder::tr("The %1 contains a ';'.").arg(label);
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return PaymentOrder::tr("The %1 contains a line break or a control character.").arg(label);
    }
    return {};
}

QString headerProblem(const PaymentOrderHeader &header)
{
    if (const QString p = fieldProblem(PaymentOrder::tr("organisation code"), header.organisationCode); !p.isEmpty())
        return p;
    if (const QString p = fieldProblem(PaymentOrder::tr("batch number"), header.batchNumber); !p.isEmpty())
        return p;
    static const QRegularExpression period(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    if (!period.match(header.period).hasMatch())
        return PaymentOrder::tr("The period must be a year and a month, YYYY-MM.");
    if (!header.issuedOn.isValid())
        return PaymentOrder::tr("The issue date is missing.");
    return {};
}

QString lineProblem(const PaymentOrderLine &line)
{
    const std::pair<QString, QString> fields[] = {
        {PaymentOrder::tr("dossier number"), line.dossierNumber},
        {PaymentOrder::tr("immatriculation"), line.immatriculation},
        {PaymentOrder::tr("payee"), line.payee},
    };
    for (const auto &[label, value] : fields) {
        if (const QString p = fieldProblem(label, value); !p.isEmpty())
            return p;
    }
    if (const QString p = Rib::problem(line.rib); !p.isEmpty())
        return p;
    if (line.amount <= 0)
        return PaymentOrder::tr("The amount must be positive.");
    if (line.amount > PaymentOrder::MaxTotal)
        return PaymentOrder::tr("The amount is too large.");
    return {};
}

// The checks shared by write and read; `total` is the batch's total when there is no problem.
QString batchProblem(const PaymentOrderHeader &header, const QList<PaymentOrderLine> &lines, Centimes *total)
{
    if (const QString p = headerProblem(header); !p.isEmpty())
        return p;
    if (lines.isEmpty())
        return PaymentOrder::tr("A payment batch has at least one payment.");
    QSet<QString> dossiers;
    *total = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PaymentOrderLine &line = lines.at(i);
        if (const QString p = lineProblem(line); !p.isEmpty())
            return PaymentOrder::tr("Payment %1 (dossier %2): %3").arg(QString::number(i + 1), line.dossierNumber, p);
        // A dossier is paid once: twice in a batch is a double payment.
        if (dossiers.contains(line.dossierNumber))
            return PaymentOrder::tr("Payment %1: dossier %2 is already in the batch.").arg(QString::number(i + 1), line.dossierNumber);
        dossiers.insert(line.dossierNumber);
        *total += line.amount; // both at most 10^15: no overflow
        if (*total > PaymentOrder::MaxTotal)
            return PaymentOrder::tr("The batch's total is too large.");
    }
    return {};
}

// A count or an amount: ASCII digits only (no sign, no spaces), at most 18 of them.
std::optional<qint64> number(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

QString PaymentOrder::control(const QList<PaymentOrderLine> &lines)
{
    qint64 sum = 0;
    for (const PaymentOrderLine &line : lines) // each account < 10^16, so sum + account < 2 × 10^16
        sum = (sum + Rib::normalized(line.rib).mid(6, 16).toLongLong()) % controlModulus;
    return QStringLiteral("%1").arg(sum, 16, 10, QLatin1Char('0'));
}

PaymentOrderFile PaymentOrder::write(const PaymentOrderHeader &header, const QList<PaymentOrderLine> &lines)
{
    Centimes total = 0;
    if (const QString p = batchProblem(header, lines, &total); !p.isEmpty())
        return {{}, p};
    const QString count = QString::number(lines.size());
    QString text = QStringList{u"H"_s, header.organisationCode, header.batchNumber, header.period,
                               header.issuedOn.toString(Qt::ISODate), count}.join(u';') + crlf;
    for (const PaymentOrderLine &line : lines) {
        text += QStringList{u"D"_s, line.dossierNumber, line.immatriculation, line.payee, Rib::normalized(line.rib),
                            QString::number(line.amount)}.join(u';') + crlf;
    }
    text += QStringList{u"T"_s, count, QString::number(total), control(lines)}.join(u';') + crlf;
    return {text.toUtf8(), {}};
}

PaymentOrderContent PaymentOrder::read(const QByteArray &bytes)
{
    auto refused = [](const QString &why) {
        PaymentOrderContent content;
        content.error = why;
        return content;
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return refused(tr("The file is not UTF-8 text."));
    if (!text.endsWith(crlf))
        return refused(tr("The file does not end with a complete record."));
    const QStringList records = text.chopped(2).split(crlf);
    if (records.size() < 3)
        return refused(tr("The file has no payment, or no header or trailer."));
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).contains(u'\r') || records.at(i).contains(u'\n'))
            return refused(tr("Record %1: a line end other than CRLF.").arg(i + 1));
    }

    const QStringList h = records.first().split(u';');
    if (h.size() != 6 || h.at(0) != u"H"_s)
        return refused(tr("Record 1 is not a header of 6 fields starting with H."));
    const QStringList t = records.last().split(u';');
    if (t.size() != 4 || t.at(0) != u"T"_s)
        return refused(tr("Record %1 is not a trailer of 4 fields starting with T.").arg(records.size()));

    PaymentOrderContent content;
    content.header = {h.at(1), h.at(2), h.at(3), QDate::fromString(h.at(4), Qt::ISODate)};
    for (qsizetype i = 1; i + 1 < records.size(); ++i) {
        const QStringList d = records.at(i).split(u';');
        if (d.size() != 6 || d.at(0) != u"D"_s)
            return refused(tr("Record %1 is not a payment of 6 fields starting with D.").arg(i + 1));
        const std::optional<qint64> amount = number(d.at(5));
        if (!amount)
            return refused(tr("Record %1: the amount is not a number of centimes.").arg(i + 1));
        if (Rib::normalized(d.at(4)) != d.at(4))
            return refused(tr("Record %1: the RIB is not written as 24 digits.").arg(i + 1));
        content.lines.append({d.at(1), d.at(2), d.at(3), d.at(4), *amount});
    }

    if (const QString p = batchProblem(content.header, content.lines, &content.total); !p.isEmpty())
        return refused(p);
    const qint64 lineCount = content.lines.size();
    if (number(h.at(5)) != lineCount)
        return refused(tr("The header announces %1 payments; the file has %2.").arg(h.at(5), QString::number(lineCount)));
    if (number(t.at(1)) != lineCount)
        return refused(tr("The trailer announces %1 payments; the file has %2.").arg(t.at(1), QString::number(lineCount)));
    if (number(t.at(2)) != content.total)
        return refused(tr("The trailer's total %1 is not the sum of the payments, %2.").arg(t.at(2), QString::number(content.total)));
    if (t.at(3) != control(content.lines))
        return refused(tr("The trailer's control %1 is not that of the RIBs, %2.").arg(t.at(3), control(content.lines)));
    return content;
}

} // namespace guichet
