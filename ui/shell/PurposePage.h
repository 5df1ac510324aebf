#pragma once

#include "core/Session.h"

#include <QWidget>

class QLabel;

namespace guichet {

// The card of a processing purpose: what it is, its CNDP authorisation, the division that answers
// for it. Shown for the purposes whose screens are not in this version yet.
class PurposePage : public QWidget
{
    Q_OBJECT

public:
    explicit PurposePage(const Purpose &purpose, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Purpose m_purpose;
    QLabel *m_text = nullptr;
};

} // namespace guichet
