#include "data/persons/MemberImporter.h"

#include "core/CsvReader.h"
#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// ISO (2024-05-31) or as typed in Morocco (31/05/2024); empty stays empty.
std::optional<QDate> parseDate(const QString &text)
{
    if (text.isEmpty())
        return QDate();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, u"dd/MM/yyyy"_s);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

QStringList MemberImporter::columns()
{
    return {u"immatriculation"_s, u"relation"_s,      u"member_immatriculation"_s, u"cin"_s,
            u"last_name"_s,       u"first_name"_s,    u"last_name_ar"_s,           u"first_name_ar"_s,
            u"birth_date"_s,      u"sex"_s,           u"regime"_s,                 u"child_condition"_s,
            u"address"_s,         u"phone"_s,         u"email"_s,                  u"status"_s,
            u"relation_start"_s,  u"relation_end"_s,  u"rib"_s};
}

MemberImporter::MemberImporter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

ImportReport MemberImporter::run(const Session &session, const QByteArray &csv, qint64 organisationId, Mode mode,
                                 const Progress &progress)
{
    ImportReport report;
    auto problem = [&report](int line, const QString &message) { report.problems.append({line, message}); };
    if (!PurposeRules::changesPersons(session.activePurpose())) {
        problem(0, tr("Persons are registered under the purpose REG only."));
        return report;
    }
    const CsvReader::Result read = CsvReader::read(csv);
    if (!read.error.isEmpty()) {
        problem(read.errorLine, read.error);
        return report;
    }
    if (read.records.isEmpty()) {
        problem(1, tr("The file is empty."));
        return report;
    }
    // Columns by name, in any order; the required ones must be there, unknown ones are refused
    // (a misspelt column would otherwise be silently dropped).
    QHash<QString, int> index;
    const CsvRecord &header = read.records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!columns().contains(name))
            problem(header.line, tr("Unknown column \"%1\". The columns are: %2.").arg(name, columns().join(u", "_s)));
        else if (index.contains(name))
            problem(header.line, tr("The column \"%1\" appears twice.").arg(name));
        index.insert(name, i);
    }
    for (const QString &required : {u"immatriculation"_s, u"last_name"_s, u"first_name"_s, u"birth_date"_s, u"sex"_s})
        if (!index.contains(required))
            problem(header.line, tr("The column \"%1\" is missing.").arg(required));
    if (!report.ok())
        return report;

    const qint64 organisation = session.seesAllOrganisations() ? organisationId : session.organisation.id;
    PersonRepository persons(m_db, m_clock);
    const QDate today = m_clock.nowUtc().date();
    const int total = int(read.records.size() - 1);
    QHash<QString, qint64> membersInFile; // immatriculation → id, for beneficiaries that follow

    Transaction transaction(m_db);
    for (int r = 1; r < read.records.size(); ++r) {
        const CsvRecord &record = read.records.at(r);
        ++report.rows;
        if (progress && r % 200 == 0 && !progress(r, total)) {
            problem(record.line, tr("Cancelled: nothing was imported."));
            return report; // the transaction rolls back
        }
        auto value = [&](const QString &column) { return CsvReader::field(record, index, column); };
        if (record.fields.size() != header.fields.size()) {
            problem(record.line, tr("This line has %1 fields; the header has %2.")
                                     .arg(record.fields.size())
                                     .arg(header.fields.size()));
            continue;
        }
        Person p;
        p.organisationId = organisation;
        p.immatriculation = value(u"immatriculation"_s);
        p.relation = value(u"relation"_s).isEmpty() ? u"member"_s : value(u"relation"_s).toLower();
        p.cin = value(u"cin"_s);
        p.lastName = value(u"last_name"_s);
        p.firstName = value(u"first_name"_s);
        p.lastNameAr = value(u"last_name_ar"_s);
        p.firstNameAr = value(u"first_name_ar"_s);
        p.sex = value(u"sex"_s).toUpper();
        p.regime = value(u"regime"_s).isEmpty() ? u"AMO"_s : value(u"regime"_s).toUpper();
        p.childCondition = value(u"child_condition"_s).toLower();
        p.address = value(u"address"_s);
        p.phone = value(u"phone"_s);
        p.email = value(u"email"_s);
        p.status = value(u"status"_s).isEmpty() ? u"active"_s : value(u"status"_s).toLower();
        p.rib = value(u"rib"_s);
        QStringList lineProblems;
        const auto dateField = [&](const QString &column, const QString &label) {
            const std::optional<QDate> date = parseDate(value(column));
            if (!date)
                lineProblems << tr("%1 \"%2\" is not a date (YYYY-MM-DD or DD/MM/YYYY).").arg(label, value(column));
            return date.value_or(QDate());
        };
        p.birthDate = dateField(u"birth_date"_s, tr("The birth date"));
        p.relationStart = dateField(u"relation_start"_s, tr("The start of the relationship"));
        p.relationEnd = dateField(u"relation_end"_s, tr("The end of the relationship"));
        if (p.relation != u"member"_s) {
            const QString memberImmatriculation = value(u"member_immatriculation"_s);
            p.memberId = membersInFile.value(memberImmatriculation);
            if (!p.memberId && !memberImmatriculation.isEmpty()) {
                const qint64 orgFilter = session.organisationFilter();
                p.memberId = Sql::scalar(m_db,
                                         u"SELECT id FROM persons WHERE immatriculation = ? AND relation = 'member' AND "
                                         "organisation_id = ? AND (? = 0 OR organisation_id = ?) ORDER BY id LIMIT 1"_s,
                                         {memberImmatriculation, organisation, orgFilter, orgFilter})
                                 .toLongLong();
            }
            if (!p.memberId) {
                lineProblems << tr("The member \"%1\" of this beneficiary is neither in the file above nor registered.")
                                    .arg(memberImmatriculation);
                p.memberId = -1; // reported: the other checks go on as for an attached beneficiary
            }
        }
        const Person normalized = PersonRepository::normalized(p);
        for (const QString &found : PersonRepository::problems(normalized, today))
            if (!lineProblems.contains(found))
                lineProblems << found;
        if (lineProblems.isEmpty()) {
            try {
                const qint64 id = persons.insertInTransaction(session, normalized);
                if (normalized.relation == u"member"_s) {
                    membersInFile.insert(normalized.immatriculation, id);
                    ++report.members;
                } else {
                    ++report.beneficiaries;
                }
            } catch (const DuplicatePerson &duplicate) {
                lineProblems << tr("Already registered (same CIN, or same names and birth date): person no. %1.")
                                    .arg(duplicate.existingId());
            } catch (const DatabaseError &error) {
                if (error.kind() == DatabaseError::Kind::Connection)
                    throw;
                problem(record.line, error.userMessage());
                return report; // the database refused a statement: the transaction cannot go on
            }
        }
        for (const QString &found : lineProblems)
            problem(record.line, found);
    }
    if (progress)
        progress(total, total);
    if (report.ok() && mode == Mode::Import) {
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"import"_s, u"person"_s, QString(), 0,
                                           {{u"members"_s, report.members}, {u"beneficiaries"_s, report.beneficiaries}},
                                           {}});
        transaction.commit();
        report.committed = true;
    }
    return report; // a dry run or a file with problems: the transaction rolls back
}

} // namespace guichet
