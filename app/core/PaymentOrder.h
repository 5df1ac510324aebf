#pragma once

#include "core/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

struct PaymentOrderLine
{
    QString dossierNumber;
    QString immatriculation;
    QString payee;
    QString rib; // 24 digits; written normalized (Rib::normalized)
    Centimes amount = 0;
};

struct PaymentOrderHeader
{
    QString organisationCode;
    QString batchNumber;
    QString period; // YYYY-MM
    QDate issuedOn;
};

// What write produces: the file, or why there is none (error empty on success).
struct PaymentOrderFile
{
    QByteArray bytes;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// What read finds: the header and lines of a file whose count, total and control all match, or
// why it is refused (error empty on success; header and lines empty on error).
struct PaymentOrderContent
{
    PaymentOrderHeader header;
    QList<PaymentOrderLine> lines;
    Centimes total = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The payment-order file of a payment batch sent to the bank (PRODUCT.md, "The dossier pipeline",
// step 5). UTF-8 without BOM, CRLF line ends, ';' between fields, no quoting:
//   H;organisation;batch;period YYYY-MM;issued yyyy-MM-dd;count
//   D;dossier number;immatriculation;payee;RIB;amount in centimes     (one per payment)
//   T;count;total in centimes;control
// The control is the bank's hash total: the sum of the 16-digit account numbers of the RIBs
// (digits 7 to 22), modulo 10^16, on 16 digits. With the count and the total it catches a
// payment added, removed, changed in amount or redirected to another account, by mistake or by
// a careless edit; not a forger who recomputes the trailer (that is the job of the channel to
// the bank and its signature).
class PaymentOrder
{
    Q_DECLARE_TR_FUNCTIONS(PaymentOrder)

public:
    // A batch never totals more than this (10 billion dirhams): far above any real batch, and
    // sums of amounts under it never overflow.
    static constexpr Centimes MaxTotal = Centimes(1000000000000000); // 10^15

    // Refuses (error set, no bytes) an empty batch, an invalid RIB, an amount <= 0, a total over
    // MaxTotal, a dossier paid twice, an empty field, or a field with ';' or a control character
    // (CR, LF, tab…): fields are refused, never silently altered. Apostrophes, Arabic and other
    // letters pass unchanged.
    static PaymentOrderFile write(const PaymentOrderHeader &header, const QList<PaymentOrderLine> &lines);
    // Parses a file written by write, with the same checks plus count, total and control.
    static PaymentOrderContent read(const QByteArray &bytes);

    // The 16-digit control of these RIBs (normalized, assumed valid).
    static QString control(const QList<PaymentOrderLine> &lines);
};

} // namespace guichet
