#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace guichet {

// A QR code (libqrencode: 8-bit mode, level M, case sensitive) of the UTF-8 of text.
// The image has black modules of moduleSize pixels on white, with a white quiet zone of
// quietZone modules around them (4 is what scanners expect). An empty image for empty text,
// a module size under 1 or when the text does not fit in a QR code.
QImage qrCodeImage(const QString &text, int moduleSize = 4, int quietZone = 4);

// The modules of the same code, row by row, true for black; no quiet zone. Empty on failure.
QList<QList<bool>> qrCodeModules(const QString &text);

} // namespace guichet
