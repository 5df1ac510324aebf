#pragma once

#include <QSqlDatabase>

namespace guichet {

// One unit of work: commit() makes it durable; leaving the scope without commit() rolls it back,
// so an exception never leaves half a change behind. On SQLite the write lock is taken at once
// (BEGIN IMMEDIATE) so that two processes cannot deadlock upgrading their locks.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace guichet
