#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QEvent>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QMenuBar>
#include <QShortcut>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace guichet::test {

// The letter a text underlines (the one after a single '&'), lower case; empty when none.
inline QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter that what `window` shows answers to, with what claims it: the underlined letters
// of its buttons, labels with a buddy, group boxes, tabs and menu-bar titles, and the Alt+letter
// shortcuts of its enabled actions. Only what the agent can see counts (a hidden page's buttons do
// not answer to their letter).
inline QMap<QString, QStringList> mnemonicsOf(QWidget *window)
{
    QMap<QString, QStringList> claims;
    const auto claim = [&claims](const QString &text, const QString &who) {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            claims[letter].append(who + QStringLiteral(" \"") + QString(text).remove(u'&') + u'"');
    };
    // The window's own widgets only: a dialog it opened is a window of its own.
    const auto shown = [window](const QWidget *w) {
        return w->window() == window && (w == window || w->isVisibleTo(window));
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button) && button->isEnabled())
            claim(button->text(), QString::fromLatin1(button->metaObject()->className()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            claim(label->text(), QStringLiteral("QLabel"));
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            claim(box->title(), QStringLiteral("QGroupBox"));
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                claim(tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!shown(bar))
            continue;
        for (QAction *menu : bar->actions()) {
            if (menu->isVisible())
                claim(menu->text(), QStringLiteral("menu"));
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        const QKeySequence key = action->shortcut();
        const auto *owner = qobject_cast<const QWidget *>(action->parent());
        if (!action->isEnabled() || key.isEmpty() || (key[0].keyboardModifiers() != Qt::AltModifier)
            || (owner && owner->window() != window))
            continue;
        claims[QKeySequence(key[0].key()).toString().toLower()].append(QStringLiteral("action ") + action->objectName());
    }
    return claims;
}

// "Alt+X: what, what" for every letter that two things of `window` claim.
inline QStringList mnemonicClashes(QWidget *window)
{
    QStringList clashes;
    const QMap<QString, QStringList> claims = mnemonicsOf(window);
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("Alt+") + it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

// Checks every window the application shows, once it is laid out: a test installs one for its
// whole run and fails at the end when a window underlined one letter twice.
class MnemonicWatch : public QObject
{
public:
    MnemonicWatch() { qApp->installEventFilter(this); }
    ~MnemonicWatch() override { qApp->removeEventFilter(this); }
    QStringList problems() const { return m_problems; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show && widget && widget->isWindow()) {
            QTimer::singleShot(0, this, [this, window = QPointer<QWidget>(widget)] {
                if (!window || !window->isVisible())
                    return;
                const QString name = QString::fromLatin1(window->metaObject()->className()) + u' '
                                     + window->windowTitle();
                for (const QString &clash : mnemonicClashes(window))
                    if (!m_problems.contains(name + QStringLiteral(": ") + clash))
                        m_problems.append(name + QStringLiteral(": ") + clash);
            });
        }
        return false;
    }

private:
    QStringList m_problems;
};

} // namespace guichet::test
