#pragma once

// What the files of DossierRepository share (DossierRepository.cpp and one file per stage of the
// pipeline). Private to them: include it nowhere else.

#include "data/dossiers/DossierRepository.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace guichet {

// The dossier a change works on, as lockForChange() read it.
struct DossierRepository::Target
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisationCode;
    qint64 personId = 0;
    QString regime;
    QString number;
    DossierStatus status = DossierStatus::Entry;
    QDate dateOfCare;
    QDate depositedOn;
    qint64 takenBy = 0;
    int version = 0;
};

namespace dossier_sql {

// A dossier's number and an archive box's.
inline constexpr int MaxNumberLength = 32;

inline QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

inline QString personName(const QVariant &last, const QVariant &first)
{
    return QString(last.toString() + u' ' + first.toString()).trimmed();
}

} // namespace dossier_sql

} // namespace guichet
