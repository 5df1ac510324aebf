#include "core/DisplayNames.h"

#include <QHash>

namespace guichet {

QString DisplayNames::purpose(const QString &code, const QString &stored)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("REG"), QT_TR_NOOP("Registration and contributions")},
        {QStringLiteral("AMO"), QT_TR_NOOP("Liquidation and payment of AMO-Public ambulatory dossiers")},
        {QStringLiteral("STU"), QT_TR_NOOP("Liquidation and payment of students' ambulatory dossiers")},
        {QStringLiteral("TP"), QT_TR_NOOP("Liquidation and payment of third-party payment invoices")},
        {QStringLiteral("ARC"), QT_TR_NOOP("Archives of the CNOPS")},
        {QStringLiteral("ARM"), QT_TR_NOOP("Archives of ambulatory dossiers at the mutuelles")},
        {QStringLiteral("MCM"), QT_TR_NOOP("Medical control of ambulatory dossiers at the mutuelles")},
        {QStringLiteral("MCC"), QT_TR_NOOP("Medical control at the CNOPS")},
        {QStringLiteral("CPL"), QT_TR_NOOP("Complaints")},
        {QStringLiteral("HR"), QT_TR_NOOP("Human resources")},
        {QStringLiteral("SUP"), QT_TR_NOOP("Suppliers")},
        {QStringLiteral("LEG"), QT_TR_NOOP("Legal affairs and litigation")},
        {QStringLiteral("AUD"), QT_TR_NOOP("Audit and control of the processings")},
        {QStringLiteral("WEB"), QT_TR_NOOP("Online tracking of dossiers")},
        {QStringLiteral("CCTV"), QT_TR_NOOP("Video surveillance")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? stored : tr(it.value());
}

QString DisplayNames::role(const QString &code, const QString &stored)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("COUNTER"), QT_TR_NOOP("Counter agent")},
        {QStringLiteral("LIQUIDATOR"), QT_TR_NOOP("Liquidator")},
        {QStringLiteral("MEDICAL"), QT_TR_NOOP("Medical controller")},
        {QStringLiteral("LEGAL"), QT_TR_NOOP("Legal officer")},
        {QStringLiteral("DPO"), QT_TR_NOOP("Data-protection officer")},
        {QStringLiteral("AUDITOR"), QT_TR_NOOP("Auditor")},
        {QStringLiteral("ADMIN"), QT_TR_NOOP("Administrator")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? stored : tr(it.value());
}

} // namespace guichet
