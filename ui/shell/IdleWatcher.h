#pragma once

#include <QObject>
#include <QTimer>

namespace guichet {

// Emits idle() when no key or mouse input reached the application for the configured time:
// counter workstations are shared, so an unattended session locks itself.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    static int savedMinutes();
    static void saveMinutes(int minutes);

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    void setEnabled(bool enabled);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_enabled = true;
};

} // namespace guichet
