#include "ui/shell/SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
constexpr qsizetype MaxMessage = 1024; // a link is short: anything longer is not one
}

QString SingleInstance::defaultName()
{
    // Per user: the runtime folder is the user's own.
    const QString who = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                        + qEnvironmentVariable("USER");
    return u"ma.cnops.Guichet-"_s
           + QString::fromLatin1(QCryptographicHash::hash(who.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), m_name(name) {}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forward(const QString &message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message.left(MaxMessage).toUtf8() + '\n');
    const bool written = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return written;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // nobody else's programs
    if (!m_server->listen(m_name)) {
        // A socket left by a Guichet that crashed: nobody answers on it, so it may go.
        if (forward(QString(), 300))
            return false;
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QString message = QString::fromUtf8(socket->readLine(MaxMessage + 2).trimmed());
                    // Later, not from inside this socket's slot: what the message opens may run
                    // a dialog's event loop, during which the socket goes away.
                    QMetaObject::invokeMethod(this, [this, message] { emit messageReceived(message); },
                                              Qt::QueuedConnection);
                }
                if (socket->bytesAvailable() > MaxMessage)
                    socket->abort(); // no line end within a link's length: not a Guichet
            });
        }
    });
    return true;
}

} // namespace guichet
