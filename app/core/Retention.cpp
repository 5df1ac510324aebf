#include "core/Retention.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr std::array Starts{
    std::pair{RetentionRule::Start::RelationshipEnd, u"relationship_end"},
    std::pair{RetentionRule::Start::DossierClosed, u"dossier_closed"},
    std::pair{RetentionRule::Start::ComplaintClosed, u"complaint_closed"},
    std::pair{RetentionRule::Start::CaseClosed, u"case_closed"},
    std::pair{RetentionRule::Start::RequestClosed, u"request_closed"},
    std::pair{RetentionRule::Start::Recorded, u"recorded"},
};

} // namespace

QString Retention::code(RetentionRule::Start start)
{
    for (const auto &[value, text] : Starts)
        if (value == start)
            return QString::fromUtf16(text);
    return {};
}

QString Retention::code(RetentionRule::Action action)
{
    return action == RetentionRule::Action::Anonymise ? u"anonymise"_s : u"delete"_s;
}

std::optional<RetentionRule::Start> Retention::startFromCode(const QString &code)
{
    for (const auto &[value, text] : Starts)
        if (code == QStringView(text))
            return value;
    return std::nullopt;
}

std::optional<RetentionRule::Action> Retention::actionFromCode(const QString &code)
{
    if (code == u"anonymise"_s)
        return RetentionRule::Action::Anonymise;
    if (code == u"delete"_s)
        return RetentionRule::Action::Delete;
    return std::nullopt;
}

QString Retention::label(RetentionRule::Start start)
{
    switch (start) {
    case RetentionRule::Start::RelationshipEnd: return tr("the end of the relationship");
    case RetentionRule::Start::DossierClosed: return tr("the closing of the dossier");
    case RetentionRule::Start::ComplaintClosed: return tr("the closing of the complaint");
    case RetentionRule::Start::CaseClosed: return tr("the closing of the case");
    case RetentionRule::Start::RequestClosed: return tr("the answer to the request");
    case RetentionRule::Start::Recorded: return tr("the recording");
    }
    return {};
}

QString Retention::label(RetentionRule::Action action)
{
    return action == RetentionRule::Action::Anonymise ? tr("anonymised") : tr("deleted");
}

QString Retention::describe(const RetentionRule &rule)
{
    const QString time = rule.keepMonths % 12 == 0 ? tr("%n year(s)", nullptr, rule.keepMonths / 12)
                                                   : tr("%n month(s)", nullptr, rule.keepMonths);
    return tr("%1 after %2, then %3").arg(time, label(rule.startsWith), label(rule.action));
}

} // namespace guichet
