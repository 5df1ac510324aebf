#include "ui/common/ErrorLabel.h"

namespace guichet {

ErrorLabel::ErrorLabel(QWidget *parent, const QString &objectName) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // messages repeat what was typed: never markup
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ErrorLabel::say(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace guichet
