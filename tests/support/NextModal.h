#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace guichet::test {

// Runs `action` on the next modal dialog of type Dialog that opens (polling, so that it never
// blocks the event loop that opens the dialog).
template <typename Dialog = QWidget, typename Action>
void onNextModal(Action action)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, action] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            action(dialog);
        }
    });
    poll->start();
}

} // namespace guichet::test
