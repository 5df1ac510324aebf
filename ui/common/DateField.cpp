#include "ui/common/DateField.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

QLineEdit *dateField(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setInputMask(u"99/99/9999;_"_s);
    // Day, month and year read left to right in Arabic too: a right-to-left field reverses them.
    edit->setLayoutDirection(Qt::LeftToRight);
    return edit;
}

QDate dateOf(const QLineEdit *edit)
{
    return QDate::fromString(edit->text(), u"dd/MM/yyyy"_s);
}

bool isBlank(const QLineEdit *edit)
{
    return !edit->text().contains(QRegularExpression(u"[0-9]"_s));
}

void setDate(QLineEdit *edit, const QDate &date)
{
    edit->setText(date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString());
}

namespace {

class TabLeavesSections : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Tab && key != Qt::Key_Backtab)
            return false;
        // The next (or previous) widget of the focus chain that takes Tab focus.
        auto *edit = static_cast<QWidget *>(watched);
        QWidget *w = edit;
        do {
            w = key == Qt::Key_Tab ? w->nextInFocusChain() : w->previousInFocusChain();
        } while (w != edit
                 && (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(edit->window()) || !w->isEnabled()
                     || w->focusProxy()));
        w->setFocus(key == Qt::Key_Tab ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
};

} // namespace

void tabLeavesSections(QAbstractSpinBox *edit)
{
    edit->installEventFilter(new TabLeavesSections(edit));
}

} // namespace guichet
