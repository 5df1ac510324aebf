#include "ui/DateField.h"

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

} // namespace guichet
