// DossierRepository, entry (AMO/STU): the lines, missing papers, rejection, end of entry.
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "core/ControlSelection.h"
#include "data/common/DatabaseError.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int MaxLines = 99;

// The INPE, the national identifier of a health professional or establishment: nine digits.
bool isInpe(const QString &code)
{
    static const QRegularExpression re(u"^[0-9]{9}$"_s);
    return re.match(code).hasMatch();
}

} // namespace

using namespace dossier_sql;

Dossier DossierRepository::saveLines(const Session &session, qint64 dossierId, int version,
                                     const QList<DossierLineInput> &lines)
{
    requireRegimePurpose(session, Action::DossierEnter);
    if (lines.size() > MaxLines)
        throw DatabaseError::refused(tr("A dossier has at most %1 lines.").arg(MaxLines));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry, DossierStatus::Incomplete});

    struct Resolved
    {
        QString kind, code, label, category;
    };
    QList<Resolved> resolved;
    Centimes billed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DossierLineInput &in = lines.at(i);
        const int lineNo = int(i) + 1;
        const QString code = in.code.trimmed().toUpper();
        if (code.isEmpty())
            throw DatabaseError::refused(tr("Line %1: type an act code or a medicine.").arg(lineNo));
        if (!isInpe(in.providerInpe.trimmed()))
            throw DatabaseError::refused(tr("Line %1: the provider's INPE code is nine digits.").arg(lineNo));
        if (in.quantity < 1 || in.quantity > Liquidator::MaxQuantity)
            throw DatabaseError::refused(tr("Line %1: the quantity is between 1 and %2.").arg(lineNo).arg(Liquidator::MaxQuantity));
        if (in.billedUnit < 0 || in.billedUnit > Liquidator::MaxBilledUnit)
            throw DatabaseError::refused(tr("Line %1: the amount billed is not possible.").arg(lineNo));
        Resolved r;
        // An act of the nomenclature first (some codes are digits only), then a medicine.
        QSqlQuery a = Sql::run(m_db, u"SELECT name, category FROM acts WHERE code = ?"_s, {code});
        if (a.next()) {
            r = {u"act"_s, code, a.value(0).toString(), a.value(1).toString()};
        } else {
            bool isNumber = false;
            const qint64 medicineId = code.startsWith(u"MED-"_s) ? code.mid(4).toLongLong(&isNumber)
                                                                  : code.toLongLong(&isNumber);
            const QVariant name = isNumber ? Sql::scalar(m_db, u"SELECT name FROM medicines WHERE id = ?"_s, {medicineId})
                                           : QVariant();
            if (!name.isValid())
                throw DatabaseError::refused(tr("Line %1: %2 is neither an act of the nomenclature nor a medicine of the reference "
                                 "list.")
                                  .arg(lineNo)
                                  .arg(code));
            r = {u"medicine"_s, ReferenceRepository::medicineCode(medicineId), name.toString(), u"medicine"_s};
        }
        a.finish();
        resolved.append(r);
        billed += in.billedUnit * in.quantity;
    }

    Sql::run(m_db, u"DELETE FROM dossier_lines WHERE dossier_id = ?"_s, {t.id});
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Resolved &r = resolved.at(i);
        const DossierLineInput &in = lines.at(i);
        Sql::run(m_db,
                 u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, category, "
                 "provider_inpe, quantity, billed_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {t.id, t.organisationId, int(i) + 1, r.kind, r.code, r.label, r.category, in.providerInpe.trimmed(),
                  in.quantity, in.billedUnit});
    }
    Sql::run(m_db, u"UPDATE dossiers SET billed = ? WHERE id = ?"_s, {billed, t.id});
    move(session, t, t.status, QString(), u"update"_s, {{u"lines"_s, lines.size()}, {u"billed"_s, billed}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

Dossier DossierRepository::markIncomplete(const Session &session, qint64 dossierId, int version,
                                          const QStringList &missing)
{
    requireRegimePurpose(session, Action::DossierEnter);
    QStringList items;
    for (const QString &item : missing) {
        const QString trimmed = item.simplified();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    if (items.isEmpty())
        throw DatabaseError::refused(tr("List what is missing from the dossier."));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry, DossierStatus::Incomplete});
    Sql::run(m_db, u"UPDATE dossiers SET missing = ? WHERE id = ?"_s, {items.join(u'\n'), t.id});
    move(session, t, DossierStatus::Incomplete, items.join(u"; "_s), u"update"_s);
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

Dossier DossierRepository::resumeEntry(const Session &session, qint64 dossierId, int version)
{
    requireRegimePurpose(session, Action::DossierEnter);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Incomplete});
    Sql::run(m_db, u"UPDATE dossiers SET missing = '' WHERE id = ?"_s, {t.id});
    move(session, t, DossierStatus::Entry, tr("Missing documents brought"), u"update"_s);
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

Dossier DossierRepository::reject(const Session &session, qint64 dossierId, int version, const QString &reason)
{
    requireRegimePurpose(session, Action::DossierEnter);
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw DatabaseError::refused(tr("Say why the dossier is rejected: the member will be told."));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry, DossierStatus::Incomplete});
    move(session, t, DossierStatus::Rejected, why, u"reject"_s);
    transaction.commit();
    return fetch(session, dossierId);
}

Dossier DossierRepository::completeEntry(const Session &session, qint64 dossierId, int version)
{
    requireRegimePurpose(session, Action::DossierEnter);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry});

    ControlCandidate candidate{t.number, {}};
    QStringList providers;
    bool longTerm = false;
    Centimes billed = 0;
    QSqlQuery l = Sql::run(m_db, u"SELECT code, category, quantity, billed_unit, provider_inpe FROM dossier_lines "
                                 "WHERE dossier_id = ? ORDER BY line_no"_s,
                           {t.id});
    while (l.next()) {
        candidate.lines.append({l.value(0).toString(), l.value(1).toString(), l.value(2).toInt(),
                                l.value(3).toLongLong()});
        billed += l.value(2).toLongLong() * l.value(3).toLongLong();
        if (!providers.contains(l.value(4).toString()))
            providers.append(l.value(4).toString());
        longTerm = longTerm || l.value(1).toString() == u"ald"_s;
    }
    l.finish();
    if (candidate.lines.isEmpty())
        throw DatabaseError::refused(tr("Dossier %1 has no line: enter its acts and medicines first.").arg(t.number));

    // Fraud checks: the same number twice, or the same beneficiary, provider, date of care and
    // amount in another dossier. Both go to the controller, who decides.
    QStringList flags;
    QSqlQuery f = Sql::run(m_db, u"SELECT DISTINCT d.number FROM dossiers d WHERE d.id <> ? AND d.status <> 'rejected' "
                                 "AND d.organisation_id = ? AND (d.number = ? OR (d.person_id = ? AND d.date_of_care = ? AND d.billed = ? AND "
                                 "EXISTS (SELECT 1 FROM dossier_lines x JOIN dossier_lines y ON y.provider_inpe = "
                                 "x.provider_inpe WHERE x.dossier_id = d.id AND y.dossier_id = ?))) ORDER BY d.number"_s,
                           {t.id, t.organisationId, t.number, t.personId, iso(t.dateOfCare), billed, t.id});
    while (f.next())
        flags.append(f.value(0).toString());
    f.finish();

    QList<ControlRule> rules;
    QSqlQuery r = Sql::run(m_db, u"SELECT code, kind, parameter, COALESCE(category, '') FROM control_rules "
                                 "WHERE active = ? ORDER BY code"_s,
                           {true});
    while (r.next()) {
        static const QHash<QString, ControlRule::Kind> kinds = {{u"random"_s, ControlRule::Kind::RandomShare},
                                                                {u"amount"_s, ControlRule::Kind::AmountAbove},
                                                                {u"deviation"_s, ControlRule::Kind::DeviationFromUsual},
                                                                {u"category"_s, ControlRule::Kind::AlwaysCategory}};
        rules.append({r.value(0).toString(), kinds.value(r.value(1).toString()), r.value(2).toLongLong(),
                      r.value(3).toString()});
    }
    r.finish();
    const QByteArray key = Sql::scalar(m_db, u"SELECT key FROM control_key WHERE id = 1"_s).toString().toLatin1();
    // Read at each pricing: an import of medicines or acts meanwhile counts at once.
    const Liquidator prices = ReferenceRepository(m_db).liquidator();
    const QDate care = t.dateOfCare;
    QStringList reasons = ControlSelector(rules, key)
                              .select(candidate,
                                      [&prices, care](const QString &code) -> std::optional<Centimes> {
                                          const std::optional<TariffRow> row = prices.tariffOn(code, care);
                                          if (!row || row->unitTariff <= 0)
                                              return std::nullopt;
                                          return row->unitTariff;
                                      })
                              .ruleCodes;
    if (!flags.isEmpty())
        reasons.append(u"FRAUD"_s);

    Sql::run(m_db, u"UPDATE dossiers SET billed = ?, long_term = ?, payment_target = ?, control_reasons = ?, "
                   "fraud_flags = ? WHERE id = ?"_s,
             {billed, longTerm, iso(DossierRules::paymentTarget(t.depositedOn, longTerm)), Sql::text(reasons.join(u'\n')),
              Sql::text(flags.join(u'\n')), t.id});
    const DossierStatus next = reasons.isEmpty() ? DossierStatus::Liquidation : DossierStatus::Control;
    move(session, t, next, reasons.join(u", "_s), u"update"_s,
         {{u"control"_s, reasons.join(u',')}, {u"flags"_s, flags.size()}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

QList<ReferenceRepository::CareItem> DossierRepository::careItems(const QString &typed) const
{
    return ReferenceRepository(m_db).findCareItems(typed);
}

} // namespace guichet
