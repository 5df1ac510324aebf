#pragma once

#include <QLabel>

namespace guichet {

// The line where a form says, in place and in red, why it refused what was typed. Hidden until
// there is something to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr, const QString &objectName = QStringLiteral("error"));

    void say(const QString &message);
};

} // namespace guichet
