#pragma once

#include <QLineEdit>
#include <QTimer>

namespace guichet {

// The field where the agent finds a person by immatriculation, CIN or name (Latin or Arabic):
// it searches a moment after the last key, or at once on Down, Return or Enter when that moment
// has not passed yet, so that a fast agent never acts on the results of what they typed before.
// It says when to search and where the agent goes; the screen filters its own list and moves the
// focus. A QLineEdit, so that findChild<QLineEdit *>() finds it by its objectName.
class PersonSearchField : public QLineEdit
{
    Q_OBJECT

public:
    // One delay for every screen: short enough not to be felt, long enough not to query the
    // persons at each key of a name typed at speed.
    static constexpr int DelayMs = 200;

    explicit PersonSearchField(QWidget *parent = nullptr, const QString &objectName = QStringLiteral("personSearch"));

    // The text changed and the delay has not passed yet: searchRequested is still to come.
    bool searchPending() const { return m_delay.isActive(); }

signals:
    void searchRequested(const QString &text);
    // Down: to the list of the persons found.
    void moveToResults();
    // Return or Enter: the screen takes what was found (the list, the first person, the next field).
    void searchConfirmed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_delay;
};

} // namespace guichet
