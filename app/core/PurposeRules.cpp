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

} // namespace guichet
