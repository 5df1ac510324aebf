#include "ui/common/QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace guichet {

QList<QList<bool>> qrCodeModules(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest version that holds the text.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    const int width = code->width;
    QList<QList<bool>> modules;
    modules.reserve(width);
    for (int y = 0; y < width; ++y) {
        QList<bool> row;
        row.reserve(width);
        for (int x = 0; x < width; ++x)
            row.append(code->data[y * width + x] & 0x01); // bit 0 is the module; the others say its role
        modules.append(row);
    }
    return modules;
}

QImage qrCodeImage(const QString &text, int moduleSize, int quietZone)
{
    if (moduleSize < 1)
        return {};
    quietZone = qMax(0, quietZone);
    const QList<QList<bool>> modules = qrCodeModules(text);
    if (modules.isEmpty())
        return {};
    const qsizetype total = (modules.size() + 2 * qsizetype(quietZone)) * moduleSize;
    if (total > 16384) // far beyond any print; refuse rather than allocate
        return {};
    const int side = int(total);
    // Grayscale: exactly black and white, no palette or alpha for a printer driver to reinterpret.
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(255);
    for (qsizetype y = 0; y < modules.size(); ++y) {
        for (qsizetype x = 0; x < modules.size(); ++x) {
            if (!modules[y][x])
                continue;
            const int left = int((x + quietZone) * moduleSize);
            const int top = int((y + quietZone) * moduleSize);
            for (int row = top; row < top + moduleSize; ++row)
                std::fill_n(image.scanLine(row) + left, moduleSize, uchar(0));
        }
    }
    return image;
}

} // namespace guichet
