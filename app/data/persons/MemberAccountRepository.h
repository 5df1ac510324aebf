#pragma once

#include "core/Clock.h"
#include "core/Contributions.h"
#include "core/Entitlement.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

// One month of the contributions ledger as the member file shows it.
struct LedgerEntry
{
    QDate month; // first day
    QString basis; // salary or pension
    Centimes income = 0;
    Centimes employee = 0;
    Centimes employer = 0;
    Centimes due = 0;
    Centimes received = 0;
};

struct Consent
{
    qint64 id = 0;
    QString kind; // prospecting, …
    QString givenAt;
    QString withdrawnAt; // empty while in force
};

struct Opposition
{
    qint64 id = 0;
    QString purposeCode;
    QString reason;
    QString recordedAt;
};

// The member's account at the mutuelle: the contributions ledger with its arrears and the
// entitlement that follows, the consents given and the oppositions recorded. Bounded by the
// agent's organisation like the persons; every change in the audit log with its values.
class MemberAccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberAccountRepository)

public:
    // The contribution rules are read from the reference data (contribution_rules).
    explicit MemberAccountRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    const Contributions &rules();

    // Oldest month first.
    QList<LedgerEntry> ledger(const Session &session, qint64 memberId);
    // Records what a member owes for `month`, computed from the rules in force then on `income`
    // (centimes a month). Refused when the month is already recorded, is in the future, or is
    // before the relationship started.
    LedgerEntry recordDue(const Session &session, qint64 memberId, const QDate &month, ContributionRule::Basis basis,
                          Centimes income);
    // Records a payment received for `month`.
    void recordReceipt(const Session &session, qint64 memberId, const QDate &month, Centimes amount,
                       const QDate &receivedOn, const QString &reference);
    // The member's entitlement on `on`, or a beneficiary's (through the member's ledger).
    Entitlement::Result entitlement(const Session &session, qint64 personId, const QDate &on);

    QList<Consent> consents(const Session &session, qint64 personId);
    QList<Opposition> oppositions(const Session &session, qint64 personId);
    void giveConsent(const Session &session, qint64 personId, const QString &kind);
    void withdrawConsent(const Session &session, qint64 personId, qint64 consentId);
    static QString consentLabel(const QString &kind);
    static QStringList consentKinds();

private:
    // The person's organisation, checking that the agent may see the person (and change it when
    // `changing`). Throws DatabaseError otherwise.
    qint64 organisationOf(const Session &session, qint64 personId, bool changing, bool memberOnly);

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::optional<Contributions> m_rules; // read once, when first needed
};

} // namespace guichet
