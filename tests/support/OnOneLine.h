#pragma once

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace guichet::test {

// Whether every occurrence of `text` in the document, laid out `width` pixels wide, sits on one
// line; `wrapped` tells whether a paragraph holding it did break into several lines (else the
// test proves nothing). Non-breaking spaces read as spaces, word joiners (U+2060) as nothing.
inline bool onOneLine(QTextDocument &doc, const QString &text, qreal width, bool *wrapped = nullptr)
{
    doc.setTextWidth(width);
    doc.documentLayout()->documentSize(); // laid out now
    int found = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        // The block's text as read, and where each of its characters is in the block.
        QString read;
        QList<int> at;
        for (int i = 0; i < block.text().size(); ++i) {
            const QChar c = block.text().at(i);
            if (c == QChar(0x2060))
                continue;
            read.append(c == QChar::Nbsp ? QChar(u' ') : c);
            at.append(i);
        }
        for (qsizetype from = read.indexOf(text); from >= 0; from = read.indexOf(text, from + 1)) {
            ++found;
            const QTextLayout *layout = block.layout();
            if (wrapped && layout->lineCount() > 1)
                *wrapped = true;
            if (layout->lineForTextPosition(at.at(from)).lineNumber()
                != layout->lineForTextPosition(at.at(from + text.size() - 1)).lineNumber())
                return false;
        }
    }
    return found > 0;
}

} // namespace guichet::test
