#pragma once

#include <QImage>
#include <QPainter>
#include <QString>
#include <QTextDocument>

namespace guichet::test {

// With GUICHET_SCREENSHOTS=DIR, a printed document (a letter) as an image, to look at it
// (docs/testing.md).
inline void documentScreenshot(QTextDocument &doc, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    doc.setTextWidth(700);
    QImage image(int(doc.size().width()) + 40, int(doc.size().height()) + 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(20, 20);
    doc.drawContents(&painter);
    painter.end();
    image.save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace guichet::test
