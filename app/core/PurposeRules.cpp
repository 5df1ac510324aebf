#include "core/PurposeRules.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace guichet {

bool PurposeRules::readsPersons(const QString &purpose)
{
    static const QStringList readers = {u"REG"_s, u"AMO"_s, u"STU"_s, u"TP"_s,  u"ARC"_s,
                                        u"ARM"_s, u"MCM"_s, u"MCC"_s, u"CPL"_s, u"LEG"_s};
    return readers.contains(purpose);
}

bool PurposeRules::changesPersons(const QString &purpose)
{
    return purpose == u"REG"_s;
}

bool PurposeRules::readsMedicalDetails(const QString &purpose)
{
    return purpose == u"MCM"_s || purpose == u"MCC"_s;
}

bool PurposeRules::readsAuditLog(const QString &purpose)
{
    return purpose == u"AUD"_s;
}

QString PurposeRules::dossierRegime(const QString &purpose)
{
    return purpose == u"AMO"_s || purpose == u"STU"_s ? purpose : QString();
}

bool PurposeRules::controlsDossiers(const QString &purpose)
{
    return readsMedicalDetails(purpose);
}

bool PurposeRules::archivesDossiers(const QString &purpose)
{
    return purpose == u"ARM"_s || purpose == u"ARC"_s;
}

bool PurposeRules::worksOnDossiers(const QString &purpose)
{
    return !dossierRegime(purpose).isEmpty() || controlsDossiers(purpose) || archivesDossiers(purpose);
}

bool PurposeRules::readsDossiers(const QString &purpose)
{
    return worksOnDossiers(purpose) || purpose == u"CPL"_s || purpose == u"LEG"_s;
}

bool PurposeRules::handlesComplaints(const QString &purpose)
{
    return purpose == u"CPL"_s;
}

bool PurposeRules::readsComplaints(const QString &purpose)
{
    return handlesComplaints(purpose) || handlesLitigation(purpose);
}

bool PurposeRules::handlesLitigation(const QString &purpose)
{
    return purpose == u"LEG"_s;
}

bool PurposeRules::handlesRightsRequests(const QString &purpose)
{
    return purpose == u"LEG"_s;
}

bool PurposeRules::purgesData(const QString &purpose)
{
    return purpose == u"AUD"_s;
}

} // namespace guichet
