#pragma once

#include "core/Clock.h"
#include "core/Retention.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace guichet {

// A processing as the registry shows it: what the CNDP authorised, which data, to whom it may go,
// how long it is kept, and who answers for it.
struct RegistryEntry
{
    QString code;
    QString name;
    QString cndpNumber;
    QString dataCategories;
    QString recipients;
    QString retention; // the rule in force, described
    QString divisionCode;
    QString divisionName;
    QString divisionHead;
    QString divisionEmail;
    QString divisionAddress;
};

// The registry of the fifteen processings (law 09-08): every purpose reads it; the
// data-protection officer (AUD, role DPO) edits the categories of data and the recipients, each
// change audited. Exported as CSV (the PDF is the screen's).
class RegistryRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistryRepository)

public:
    static constexpr int MaxTextLength = 2000;

    explicit RegistryRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    QList<RegistryEntry> entries(QDate on) const;
    void update(const Session &session, const QString &code, const QString &dataCategories, const QString &recipients);
    QByteArray csv(QDate on) const;
    static bool edits(const Session &session);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
