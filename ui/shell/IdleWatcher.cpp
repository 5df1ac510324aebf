#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace guichet {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(savedMinutes() * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

int IdleWatcher::savedMinutes()
{
    return qBound(1, QSettings().value(u"security/idleLockMinutes"_s, 5).toInt(), 120);
}

void IdleWatcher::saveMinutes(int minutes)
{
    QSettings().setValue(u"security/idleLockMinutes"_s, qBound(1, minutes, 120));
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_enabled)
        m_timer.start();
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_enabled)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guichet
