#include "core/CsvReader.h"

namespace guichet {

CsvReader::Result CsvReader::read(const QByteArray &utf8)
{
    Result result;
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    const QString firstLine = text.left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    const QChar separator = firstLine.count(u';') > firstLine.count(u',') ? u';' : u',';

    CsvRecord record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted: only a separator or an end may follow
    bool recordStarted = false;
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        if (recordStarted || !field.isEmpty() || wasQuoted) {
            endField();
            result.records.append(record);
        }
        record = CsvRecord();
        recordStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'\r')
            continue;
        if (c == u'\n') {
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (c == separator) {
            endField();
            recordStarted = true;
            continue;
        }
        if (wasQuoted) {
            if (c.isSpace())
                continue;
            result.error = tr("A quoted field is followed by something other than a separator.");
            result.errorLine = line;
            return result;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            recordStarted = true;
            continue;
        }
        field.append(c);
    }
    if (quoted) {
        result.error = tr("A quoted field is not closed.");
        result.errorLine = record.line;
        return result;
    }
    endRecord();
    return result;
}

QHash<QString, int> CsvReader::columnsByName(const CsvRecord &header)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i)
        columns.insert(header.fields.at(i).trimmed().toLower(), i);
    return columns;
}

QString CsvReader::field(const CsvRecord &record, const QHash<QString, int> &columns, const QString &name)
{
    const int i = columns.value(name, -1);
    return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
}

} // namespace guichet
