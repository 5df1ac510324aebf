#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace guichet {

// A retention rule of a processing (dated reference data): from which event the time runs, how
// many months the data is kept, and what happens then.
struct RetentionRule
{
    enum class Start { RelationshipEnd, DossierClosed, ComplaintClosed, CaseClosed, RequestClosed, Recorded };
    enum class Action { Anonymise, Delete };

    QString purposeCode;
    Start startsWith = Start::RelationshipEnd;
    int keepMonths = 60;
    Action action = Action::Anonymise;
    QDate validFrom;
    QDate validTo; // invalid: still in force

    // The first day data is no longer kept under this rule on `asOf`: what started before it has
    // expired. Kept 60 months from 28 February 2021, data goes on 1 March 2026, the day after the
    // fifth anniversary (and a month-end start keeps its month-end: 31 August + 6 months is the
    // end of February).
    QDate cutoff(QDate asOf) const { return asOf.addMonths(-keepMonths); }
    bool expired(QDate start, QDate asOf) const { return start.isValid() && start < cutoff(asOf); }
    // The first day data started on `start` is no longer kept: the day after the anniversary.
    QDate goesOn(QDate start) const { return start.addMonths(keepMonths).addDays(1); }
    bool inForce(QDate on) const { return validFrom <= on && (!validTo.isValid() || on < validTo); }
};

class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    static QString code(RetentionRule::Start start);
    static QString code(RetentionRule::Action action);
    static std::optional<RetentionRule::Start> startFromCode(const QString &code);
    static std::optional<RetentionRule::Action> actionFromCode(const QString &code);
    static QString label(RetentionRule::Start start);
    static QString label(RetentionRule::Action action);
    // "5 years after the end of the relationship, then anonymised".
    static QString describe(const RetentionRule &rule);
};

} // namespace guichet
