#include "data/common/SqlScript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };
    static const QRegularExpression triggerStart(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasBegin(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);

    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') { // line comment: dropped
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') { // block comment: dropped
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted literal or identifier, '' escapes
            const qsizetype start = i++;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            current += script.mid(start, i - start + 1);
            ++i;
            continue;
        }
        if (c == u'$') { // dollar quoting: $$ … $$ or $tag$ … $tag$
            static const QRegularExpression tagRe(u"\\G\\$[A-Za-z_]*\\$"_s);
            const QRegularExpressionMatch m = tagRe.match(script, i);
            if (m.hasMatch()) {
                const QString tag = m.captured();
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == u';') {
            // Inside a SQLite trigger body, ';' ends inner statements; the trigger ends with END;
            if (triggerStart.match(current).hasMatch() && hasBegin.match(current).hasMatch()
                && !endsWithEnd.match(current).hasMatch()) {
                current += c;
                ++i;
                continue;
            }
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace guichet
