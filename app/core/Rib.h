#pragma once

#include <QCoreApplication>
#include <QString>

namespace guichet {

// The Moroccan bank account number (RIB) to which reimbursements are paid: 24 digits, bank (3),
// city (3), account (16) and a two-digit key such that the whole number is divisible by 97.
class Rib
{
    Q_DECLARE_TR_FUNCTIONS(Rib)

public:
    // Digits only: spaces and dashes typed to group them are dropped, Arabic-Indic digits become
    // ASCII ones.
    static QString normalized(const QString &typed);
    // Empty when valid, otherwise a sentence for the agent.
    static QString problem(const QString &typed);
    // The key of the first 22 digits.
    static int key(const QString &first22Digits);
};

} // namespace guichet
