#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace guichet {

// A CSV record and the line of the file it starts on, for error reports.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads CSV as RFC 4180 writes it (quoted fields may hold separators, quotes and line breaks),
// with a comma or a semicolon (what spreadsheets write in French) as separator, UTF-8 with or
// without a byte-order mark. Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Result
    {
        QList<CsvRecord> records;
        QString error; // empty when the whole text was read
        int errorLine = 0;
    };

    // The separator is the one of ',' and ';' that the first line holds more of.
    static Result read(const QByteArray &utf8);

    // A header's columns by name (trimmed, in lower case), for files whose columns come in any order.
    static QHash<QString, int> columnsByName(const CsvRecord &header);
    // The trimmed field of `record` in the column `name`; empty when the column or the field is absent.
    static QString field(const CsvRecord &record, const QHash<QString, int> &columns, const QString &name);
};

} // namespace guichet
