#pragma once

#include "data/common/DatabaseError.h"

#include <QTest>

#include <utility>

namespace guichet::test {

// Fails the test unless `call` throws a DatabaseError of `kind` with a sentence for the agent.
template<typename F>
void expectError(DatabaseError::Kind kind, F &&call)
{
    try {
        call();
        QFAIL("an error was expected");
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), kind);
        QVERIFY(!error.userMessage().isEmpty());
    }
}

// The same for a refusal (bad input, a purpose or mutuelle that may not).
template<typename F>
void expectRefused(F &&call)
{
    expectError(DatabaseError::Kind::Refused, std::forward<F>(call));
}

// A refusal whose sentence for the agent says `saying` (case aside).
template<typename F>
void expectRefused(F &&call, const QString &saying)
{
    try {
        call();
        QFAIL(qPrintable(QStringLiteral("a refusal saying \"%1\" was expected").arg(saying)));
    } catch (const DatabaseError &error) {
        QCOMPARE(error.kind(), DatabaseError::Kind::Refused);
        QVERIFY2(error.userMessage().contains(saying, Qt::CaseInsensitive), qPrintable(error.userMessage()));
    }
}

// Any database error whose sentence or detail says `saying` (a conflict, a trigger's refusal).
template<typename F>
void expectError(F &&call, const QString &saying)
{
    try {
        call();
        QFAIL(qPrintable(QStringLiteral("an error saying \"%1\" was expected").arg(saying)));
    } catch (const DatabaseError &error) {
        QVERIFY2(error.userMessage().contains(saying, Qt::CaseInsensitive)
                     || error.detail().contains(saying, Qt::CaseInsensitive),
                 qPrintable(error.fullMessage()));
    }
}

} // namespace guichet::test
