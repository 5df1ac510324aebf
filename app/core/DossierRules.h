#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace guichet {

// Where a dossier is in the pipeline (PRODUCT.md, "The dossier pipeline").
enum class DossierStatus {
    Entry,       // deposited, lines being entered
    Incomplete,  // documents missing
    Control,     // selected for medical control
    Liquidation, // ready to liquidate
    Liquidated,
    Batched,     // in a payment batch
    Paid,
    Rejected,
};

// The code stored in the database ("entry", "incomplete", …), never translated.
QString dossierStatusCode(DossierStatus status);
// Nothing for an unknown code (exact, lower-case match).
std::optional<DossierStatus> dossierStatusFromCode(const QString &code);
// What an agent reads, translated.
QString dossierStatusLabel(DossierStatus status);

// The rules of the pipeline: which moves are allowed and the legal deadlines. The legal texts
// count calendar days, so do these rules: no working-day calendar.
class DossierRules
{
    Q_DECLARE_TR_FUNCTIONS(DossierRules)

public:
    static constexpr int DepositDays = 60;         // from the date of care to the deposit
    static constexpr int PaymentDays = 60;         // from the deposit to the payment
    static constexpr int PaymentDaysLongTerm = 30; // the same for ALD/ALC

    // Only the moves of the pipeline; never to the same status, never back from Paid or Rejected.
    static bool canMove(DossierStatus from, DossierStatus to);

    // Late when deposited more than 60 days after the care: the 60th day is still on time.
    static bool depositIsLate(QDate dateOfCare, QDate depositDate);
    // The first day of care Guichet accepts: nothing before is a real date of care.
    static QDate earliestCare() { return QDate(1900, 1, 1); }
    // Why a date of care is impossible, whoever asks (a supervisor's justification lifts only the
    // 60-day rule): not a date, after the deposit, before 1900 or before the beneficiary's birth.
    // Empty when the date is possible; an unknown birth date (invalid) is not checked.
    static QString careDateRefusal(QDate dateOfCare, QDate depositDate, QDate birthDate);

    // The queue a dossier section opens on: the work of the agent's role under that purpose
    // (the controller's dossiers to control, the liquidator's to liquidate, the counter's to enter).
    static DossierStatus firstQueue(const QString &roleCode, bool controlPurpose);

    // The days allowed from the deposit to the payment: 60, or 30 for ALD/ALC.
    static int allowedDays(bool longTermCondition);
    // Still to be paid: neither paid nor rejected (its days left count).
    static bool awaitsPayment(DossierStatus status);
    // The day by which the dossier must be paid: deposit + 60 days, + 30 for ALD/ALC.
    static QDate paymentTarget(QDate depositDate, bool longTermCondition);
    // Days from `today` to the target: 0 on the target day, negative once late.
    static int daysLeft(QDate depositDate, bool longTermCondition, QDate today);

    enum class Urgency { OnTime, DueSoon, Late };
    // Late when past the target; due soon in the last quarter of the allowed days (15 of 60, 7 of 30).
    static Urgency urgency(QDate depositDate, bool longTermCondition, QDate today);
};

} // namespace guichet
