#include "ui/shell/PurposePage.h"

#include "core/DisplayNames.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

PurposePage::PurposePage(const Purpose &purpose, QWidget *parent) : QWidget(parent), m_purpose(purpose)
{
    setObjectName(u"purposePage_"_s + purpose.code);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void PurposePage::retranslateUi()
{
    const Purpose &p = m_purpose;
    QString html = u"<h2>"_s + DisplayNames::purpose(p.code, p.name).toHtmlEscaped() + u"</h2><table cellpadding='4'>"_s;
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    row(tr("Code"), p.code);
    row(tr("CNDP authorisation"), p.cndpNumber);
    row(tr("Answering division"), p.division.isEmpty() ? tr("none named") : p.division);
    if (!p.divisionEmail.isEmpty())
        row(tr("Contact"), p.divisionEmail + u" — "_s + p.divisionAddress);
    html += u"</table><p>"_s
            + tr("The screens of this processing are not part of this version of Guichet yet.").toHtmlEscaped()
            + u"</p>"_s;
    m_text->setText(html);
}

void PurposePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guichet
