#pragma once

#include "core/Contributions.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace guichet {

class ErrorLabel;

// Recording what a member owes for a month: the income and its kind; the shares computed from
// the rules in force that month show as the agent types.
class DueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DueDialog(const Contributions &rules, QWidget *parent = nullptr);
    QDate month() const;
    ContributionRule::Basis basis() const;
    Centimes income() const; // -1 when what is typed is not an amount
    void say(const QString &message);

public slots:
    void accept() override;

private:
    void updatePreview();

    const Contributions &m_rules;
    QDateEdit *m_month = nullptr;
    QComboBox *m_basis = nullptr;
    QLineEdit *m_income = nullptr;
    QLabel *m_preview = nullptr;
    ErrorLabel *m_error = nullptr;
};

// Recording a payment received for a month of the ledger.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiptDialog(QWidget *parent = nullptr);
    void setProposal(const QDate &month, Centimes outstanding);
    QDate month() const;
    Centimes amount() const; // -1 when what is typed is not an amount
    QDate receivedOn() const;
    QString reference() const;
    void say(const QString &message);

public slots:
    void accept() override;

private:
    QDateEdit *m_month = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_reference = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
