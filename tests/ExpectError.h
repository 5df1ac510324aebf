#pragma once

#include "data/DatabaseError.h"

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

} // namespace guichet::test
