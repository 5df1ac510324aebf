#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace guichet {

// One Guichet per agent's desktop session: a second start (a barcode scanner, a guichet://
// link clicked in another application) hands its link to the Guichet already running, through a
// local socket that only this user can open, and stops.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The channel of this user on this workstation.
    static QString defaultName();

    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands `message` (a link, or nothing to bring the window forward) to the instance already
    // listening; false when there is none.
    bool forward(const QString &message, int timeoutMs = 1500) const;
    // Becomes the instance others forward to. False when the channel cannot be opened.
    bool listen();

signals:
    void messageReceived(const QString &message);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace guichet
