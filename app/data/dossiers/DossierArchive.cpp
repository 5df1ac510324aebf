// DossierRepository, archive boxes (ARM/ARC).
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

using namespace dossier_sql;

Dossier DossierRepository::fileInBox(const Session &session, qint64 dossierId, int version, const QString &boxNumber,
                                     const QString &boxPlace, const QString &placeInBox)
{
    if (!PurposeRules::archivesDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Paper dossiers are archived under the purposes ARM and ARC only."));
    requireWork(session, Action::DossierArchive);
    const QString box = boxNumber.trimmed().toUpper();
    if (box.isEmpty() || box.size() > MaxNumberLength)
        throw DatabaseError::refused(tr("Type the box's number."));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version,
                                   {DossierStatus::Entry, DossierStatus::Incomplete, DossierStatus::Control,
                                    DossierStatus::Liquidation, DossierStatus::Liquidated, DossierStatus::Batched,
                                    DossierStatus::Paid, DossierStatus::Rejected});
    QVariant boxId = Sql::scalar(m_db, u"SELECT id FROM archive_boxes WHERE organisation_id = ? AND number = ?"_s,
                                 {t.organisationId, box});
    if (!boxId.isValid()) {
        if (boxPlace.trimmed().isEmpty())
            throw DatabaseError::refused(tr("Box %1 is new: give the place it is kept in.").arg(box));
        boxId = Sql::scalar(m_db, u"INSERT INTO archive_boxes (organisation_id, number, place, created_at) "
                                  "VALUES (?, ?, ?, ?) RETURNING id"_s,
                            {t.organisationId, box, boxPlace.trimmed(), toStoredTimestamp(m_clock.nowUtc())});
    }
    Sql::run(m_db, u"UPDATE dossiers SET archive_box_id = ?, archive_place = ? WHERE id = ?"_s,
             {boxId, Sql::nullIfEmpty(placeInBox.trimmed()), t.id});
    recordEvent(session, t.id, t.organisationId, dossierStatusCode(t.status), dossierStatusCode(t.status),
                tr("Archived in box %1").arg(box));
    move(session, t, t.status, QString(), u"archive"_s, {{u"box"_s, box}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

QList<ArchivedDossier> DossierRepository::boxContents(const Session &session, const QString &boxNumber,
                                                      QString *boxPlace)
{
    if (!PurposeRules::archivesDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Paper dossiers are archived under the purposes ARM and ARC only."));
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery b = Sql::run(m_db, u"SELECT id, place FROM archive_boxes WHERE number = ? "
                                 "AND (? = 0 OR organisation_id = ?) ORDER BY id LIMIT 1"_s,
                           {boxNumber.trimmed().toUpper(), orgFilter, orgFilter});
    if (!b.next())
        throw DatabaseError::refused(tr("There is no box %1.").arg(boxNumber.trimmed()));
    const qint64 boxId = b.value(0).toLongLong();
    if (boxPlace)
        *boxPlace = b.value(1).toString();
    b.finish();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.number, p.last_name, p.first_name, d.date_of_care, d.deposited_on, "
                           "COALESCE(d.archive_place, '') FROM dossiers d JOIN persons p ON p.id = d.person_id "
                           "WHERE d.archive_box_id = ? ORDER BY d.archive_place, d.number"_s,
                           {boxId});
    QList<ArchivedDossier> list;
    while (q.next())
        list.append({q.value(0).toString(), personName(q.value(1), q.value(2)), dateOf(q.value(3)), dateOf(q.value(4)),
                     q.value(5).toString()});
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"archive-box"_s, QString::number(boxId), 0,
                                             {{u"dossiers"_s, list.size()}}});
    return list;
}

} // namespace guichet
