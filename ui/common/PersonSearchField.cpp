#include "ui/common/PersonSearchField.h"

#include "core/FieldRules.h"

#include <QKeyEvent>

namespace guichet {

PersonSearchField::PersonSearchField(QWidget *parent, const QString &objectName) : QLineEdit(parent)
{
    setObjectName(objectName);
    setMaxLength(FieldRules::MaxSearchLength);
    m_delay.setSingleShot(true);
    m_delay.setInterval(DelayMs);
    // Text set by the program searches too: a link opened from a card fills the field as if typed.
    connect(this, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(&m_delay, &QTimer::timeout, this, [this] { emit searchRequested(text()); });
}

void PersonSearchField::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    // Taken here whatever the modifiers: Return never reaches the dialog's default button.
    event->accept();
    if (m_delay.isActive()) { // the agent typed faster than the delay: search now
        m_delay.stop();
        emit searchRequested(text());
    }
    if (key == Qt::Key_Down)
        emit moveToResults();
    else
        emit searchConfirmed();
}

} // namespace guichet
