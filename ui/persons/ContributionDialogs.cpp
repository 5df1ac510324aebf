#include "ui/persons/ContributionDialogs.h"

#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QDateEdit *monthEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(u"month"_s);
    edit->setDisplayFormat(u"MM/yyyy"_s);
    edit->setMinimumDate(QDate(2005, 9, 1));
    const QDate today = QDate::currentDate();
    edit->setMaximumDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    edit->setDate(QDate(today.year(), today.month(), 1));
    return edit;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &cancelText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

DueDialog::DueDialog(const Contributions &rules, QWidget *parent) : QDialog(parent), m_rules(rules)
{
    setObjectName(u"dueDialog"_s);
    setWindowTitle(tr("Record a month due"));
    m_month = monthEdit(this);
    m_basis = new QComboBox(this);
    m_basis->setObjectName(u"basis"_s);
    m_basis->addItem(tr("Salary"), int(ContributionRule::Basis::Salary));
    m_basis->addItem(tr("Pension"), int(ContributionRule::Basis::Pension));
    m_income = new QLineEdit(this);
    m_income->setObjectName(u"income"_s);
    m_income->setMaxLength(20);
    m_income->setPlaceholderText(tr("monthly, in dirhams"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"preview"_s);
    m_error = new ErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("&Basis:"), m_basis);
    form->addRow(tr("&Income:"), m_income);
    form->addRow(tr("Contribution:"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Record"), tr("Cancel")));
    connect(m_month, &QDateEdit::dateChanged, this, &DueDialog::updatePreview);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &DueDialog::updatePreview);
    connect(m_income, &QLineEdit::textChanged, this, &DueDialog::updatePreview);
    m_income->setFocus();
    updatePreview();
}

QDate DueDialog::month() const
{
    return m_month->date();
}

ContributionRule::Basis DueDialog::basis() const
{
    return ContributionRule::Basis(m_basis->currentData().toInt());
}

Centimes DueDialog::income() const
{
    return Money::parse(m_income->text()).value_or(-1);
}

void DueDialog::say(const QString &message)
{
    m_error->say(message);
}

void DueDialog::updatePreview()
{
    if (m_income->text().trimmed().isEmpty()) {
        m_preview->clear();
        return;
    }
    if (income() < 0) {
        m_preview->setText(tr("Type an amount, such as 8500 or 8500,50."));
        return;
    }
    QString error;
    const auto amount = m_rules.monthly(basis(), income(), month(), &error);
    m_preview->setText(amount ? tr("%1 (employee %2, employer %3)")
                                    .arg(Money::format(amount->total), Money::format(amount->employee),
                                         Money::format(amount->employer))
                              : error);
}

void DueDialog::accept()
{
    if (income() < 0) {
        say(tr("Type an amount, such as 8500 or 8500,50."));
        m_income->setFocus();
        return;
    }
    QDialog::accept();
}

ReceiptDialog::ReceiptDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"receiptDialog"_s);
    setWindowTitle(tr("Record a payment"));
    m_month = monthEdit(this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setMaxLength(20);
    m_receivedOn = new QDateEdit(QDate::currentDate(), this);
    m_receivedOn->setObjectName(u"receivedOn"_s);
    m_receivedOn->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setMaximumDate(QDate::currentDate());
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(u"reference"_s);
    m_reference->setMaxLength(100);
    m_error = new ErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Received &on:"), m_receivedOn);
    form->addRow(tr("Re&ference:"), m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Record"), tr("Cancel")));
    m_amount->setFocus();
}

void ReceiptDialog::setProposal(const QDate &month, Centimes outstanding)
{
    m_month->setDate(month);
    if (outstanding > 0)
        m_amount->setText(QString::number(outstanding / 100) + u','
                          + QStringLiteral("%1").arg(int(outstanding % 100), 2, 10, QLatin1Char('0')));
    m_amount->selectAll();
}

QDate ReceiptDialog::month() const
{
    return m_month->date();
}

Centimes ReceiptDialog::amount() const
{
    return Money::parse(m_amount->text()).value_or(-1);
}

QDate ReceiptDialog::receivedOn() const
{
    return m_receivedOn->date();
}

QString ReceiptDialog::reference() const
{
    return m_reference->text();
}

void ReceiptDialog::say(const QString &message)
{
    m_error->say(message);
}

void ReceiptDialog::accept()
{
    if (amount() <= 0) {
        say(tr("Type an amount more than zero, such as 200 or 200,50."));
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace guichet
